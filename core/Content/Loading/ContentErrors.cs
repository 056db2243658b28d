namespace DrillPlatform.Core.Content.Loading;

internal sealed class ContentErrors
{
    private readonly List<ContentError> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string file, int line, string reason) => _errors.Add(new ContentError(file, line, reason));

    public void Add(ContentError error) => _errors.Add(error);

    public void ThrowIfAny()
    {
        if (_errors.Count > 0)
            throw new ContentValidationException(_errors.ToList());
    }
}
