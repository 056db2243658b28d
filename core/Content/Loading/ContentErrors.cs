namespace DrillPlatform.Core.Content.Loading;

internal sealed class ContentErrors
{
    private readonly List<ContentError> errors = [];

    public bool Any => errors.Count > 0;

    public IReadOnlyList<ContentError> All => errors;

    public void Add(string file, int line, string reason) => errors.Add(new ContentError(file, line, reason));

    public void Add(ContentError error) => errors.Add(error);

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
            throw new ContentValidationException(errors.ToList());
    }
}
