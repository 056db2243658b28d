namespace DrillPlatform.Core.Content;

/// <summary>
/// The "validate content" command a host exposes (e.g. `dotnet run --project local -- validate-content [folder]`),
/// so reviewers check their edits without starting the platform. Returns the process exit code.
/// </summary>
public static class ContentCheckCommand
{
    public static int Run(string? root, TextWriter output)
    {
        try
        {
            var folder = TemplatesFolder.Find(root).Root;
            var bundle = ContentLoader.Load(folder);
            output.WriteLine($"{folder}: OK — {bundle.Sections.Count} sections, {bundle.Roles.Count} roles, " +
                $"{bundle.Questions.Count} questions, {bundle.Site.Extinguishers.Count} extinguishers, {bundle.Texts.Count} texts");
            return 0;
        }
        catch (ContentValidationException ex)
        {
            output.WriteLine(ex.Message);
            return 1;
        }
        catch (DirectoryNotFoundException ex)
        {
            output.WriteLine(ex.Message);
            return 2;
        }
    }
}
