using DrillPlatform.Core.Content;
using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Scenarios;

namespace DrillPlatform.Local;

/// <summary>
/// `dotnet run --project local -- validate [templates folder]`: checks every content file a reviewer
/// or translator edits (plan, questions, site, texts, scenarios, checks, calendar) without
/// starting anything. Each problem is printed as file:line: reason; the exit code is 1 if any.
/// </summary>
public static class ValidateCommand
{
    public static int Run(string[] args)
    {
        var status = ContentCheckCommand.Run(args.FirstOrDefault(), Console.Out);
        if (status != 0) return status;

        var templates = TemplatesFolder.Find(args.FirstOrDefault());
        var root = templates.Root;
        var sections = ContentLoader.Load(root).Sections;
        return Check("scenarios", () => $"{ScenarioCatalog.Load(root, sections).Scenarios.Count} scenarios")
             | Check("checks", () => $"{CheckCatalogLoader.Load(root, sections.Select(s => s.Id)).All.Count} check definitions")
             | Check("calendar", () => $"site calendar in {SiteCalendarLoader.Load(templates.Path("calendar", "site-calendar.yaml")).TimeZone.Id}");
    }

    private static int Check(string what, Func<string> load)
    {
        try
        {
            Console.WriteLine($"{what}: OK — {load()}");
            return 0;
        }
        catch (Exception error) when (error is ContentValidationException or SiteCalendarException)
        {
            Console.WriteLine(error.Message);
            return 1;
        }
    }
}
