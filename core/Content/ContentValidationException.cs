namespace DrillPlatform.Core.Content;

/// <summary>Thrown once with every problem found, so a reviewer fixes them all in one pass.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        $"Content has {errors.Count} error(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
}
