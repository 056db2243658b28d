using DrillPlatform.Core.Content;

namespace DrillPlatform.Local;

/// <summary>`dotnet run --project local -- validate [templates folder]`: checks every content file.</summary>
public static class ValidateCommand
{
    public static int Run(string[] args)
    {
        var root = args.FirstOrDefault() ?? Path.Combine(Azurite.FindRepoRoot(AppContext.BaseDirectory), "templates");
        try
        {
            var content = ContentLoader.Load(root);
            Console.WriteLine($"Content in {root} is valid: {content.Questions.Count} questions, {content.Roles.Count} roles, " +
                              $"{content.Site.Rooms.Count} rooms, {content.Site.Extinguishers.Count} extinguishers.");
            return 0;
        }
        catch (ContentValidationException error)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }
    }
}
