namespace DrillPlatform.Core.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The templates folder. Empty: templates/ beside the app, else the nearest templates/ above the current directory.</summary>
    public string? Root { get; set; }
}
