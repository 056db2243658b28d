namespace DrillPlatform.Core.Drills.Model;

/// <summary>Surprise drills pick a secret time inside a date window; announced drills run at a time everyone knows.</summary>
public enum DrillMode
{
    Surprise,
    Announced,
}
