using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Core.Scenarios;
using DrillPlatform.Core.Sms.Aliyun;

namespace DrillPlatform.Local;

/// <summary>
/// `dotnet run --project local -- validate [templates folder]`: checks every content file a reviewer
/// or translator edits (plan, questions, site, texts, scenarios, checks, calendar, readiness,
/// Alibaba Cloud SMS templates) without
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
        var content = ContentLoader.Load(root);
        var sections = content.Sections;
        return Check("scenarios", () => $"{ScenarioCatalog.Load(root, sections, content.Site).Scenarios.Count} scenarios")
             | Check("checks", () => $"{CheckCatalogLoader.Load(root, sections.Select(s => s.Id)).All.Count} check definitions")
             | Check("calendar", () => $"site calendar in {SiteCalendarLoader.Load(templates.Path("calendar", "site-calendar.yaml"), content.Site.Zone).TimeZone.Id}")
             | Check("readiness", () => $"readiness model with {ReadinessLoader.Load(root, content).Topics.Count} topics")
             | AliyunSms(templates)
             | Cues(content, root);
    }

    /// <summary>Prints the cue figures (issue 9) every time, and fails when one is over its threshold.</summary>
    private static int Cues(ContentBundle content, string root)
    {
        ScenarioCatalog catalog;
        try { catalog = ScenarioCatalog.Load(root, content.Sections, content.Site); }
        catch (ContentValidationException) { return 1; } // already printed by the scenarios check
        var figures = CueReport.Measure(content.Questions, catalog, new SiteRegistry(content.Site));
        figures.Print(Console.Out);
        var failures = figures.Failures(CueThresholds.Default);
        foreach (var failure in failures)
            Console.WriteLine($"cues: FAIL — {failure}");
        if (failures.Count == 0) Console.WriteLine("cues: OK — within every threshold");
        return failures.Count > 0 ? 1 : 0;
    }

    // aliyun.yaml (sign name, template codes) is read only when Sms:Provider is Aliyun; validate checks it always.
    private static int AliyunSms(TemplatesFolder templates)
    {
        var folder = templates.Path("sms");
        try
        {
            Console.WriteLine($"sms: OK — Alibaba Cloud SMS content signed {new AliyunTemplates(folder, new SmsTemplates(folder).Names).SignName}");
            return 0;
        }
        catch (ContentValidationException error)
        {
            Console.WriteLine(error.Message);
            return 1;
        }
    }

    private static int Check(string what, Func<string> load)
    {
        try
        {
            Console.WriteLine($"{what}: OK — {load()}");
            return 0;
        }
        catch (Exception error) when (error is ContentValidationException)
        {
            Console.WriteLine(error.Message);
            return 1;
        }
    }
}
