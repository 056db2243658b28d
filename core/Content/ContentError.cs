namespace DrillPlatform.Core.Content;

/// <summary>One problem in a content file. File is relative to the templates root, with forward slashes.</summary>
public sealed record ContentError(string File, int Line, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Reason}";
}
