using DrillPlatform.Core.Drills.Launching;
using DrillPlatform.Core.Drills.Storage;

namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>"run &lt;scenario&gt; &lt;department&gt;": launches a drill now through the launcher's exactly-once claim.</summary>
public sealed class RunConversation(
    ScenarioCatalog catalog,
    Departments departments,
    DrillLauncher launcher,
    ParticipantStore participants,
    Texts texts,
    Replies replies,
    TimeProvider time,
    ILogger<RunConversation> log)
{
    public async Task RunAsync(Turn turn, string argument, CancellationToken ct)
    {
        var locale = turn.Locale;
        var known = await departments.ListAsync(ct);
        var separator = locale == Locales.ZhCn ? "、" : ", ";
        if (Split(catalog, argument) is not { } split || split.Department.Length == 0)
        {
            await replies.TextAsync(turn.Activity, texts.Get("run_usage", locale,
                string.Join(separator, catalog.Scenarios.Select(s => s.Id)), string.Join(separator, known)), ct);
            return;
        }
        var (scenario, rest) = (split.Scenario, split.Department);
        if (known.FirstOrDefault(d => d.Equals(rest, StringComparison.OrdinalIgnoreCase)) is not { } department)
        {
            await replies.TextAsync(turn.Activity, texts.Get("run_unknown_department", locale, rest, string.Join(separator, known)), ct);
            return;
        }

        Drill drill;
        try
        {
            drill = await launcher.LaunchNowAsync(scenario.Id, DrillAudience.Department(department), turn.Person.ObjectId, time.GetUtcNow(), ct: ct);
        }
        catch (DrillLaunchUnavailableException e)
        {
            log.LogWarning(e.InnerException, "Drill of {ScenarioId} requested by {ObjectId} could not be stored", scenario.Id, turn.Person.ObjectId);
            await replies.TextAsync(turn.Activity, texts.Get("run_unavailable", locale), ct);
            return;
        }
        // A launch that stopped half-way is finished by LaunchDueDrills; the count then is what exists so far.
        var count = 0;
        try
        {
            if (drill.Status == DrillStatus.Launched) count = (await participants.ListAsync(drill.Id, ct)).Count;
        }
        catch (Azure.RequestFailedException e)
        {
            log.LogWarning(e, "Drill {DrillId}: participants not counted", drill.Id);
        }
        log.LogInformation("Drill {DrillId} of {ScenarioId} launched now by {ObjectId} for {Count} staff", drill.Id, scenario.Id, turn.Person.ObjectId, count);
        await replies.TextAsync(turn.Activity, texts.Get("run_launched", locale, drill.Id, scenario.Title.For(locale), department, count), ct);
    }

    /// <summary>The scenario (by id or title, longest match first) at the start of the argument, and what follows it.</summary>
    public static (Scenario Scenario, string Department)? Split(ScenarioCatalog catalog, string argument)
    {
        var text = argument.Trim();
        var match = catalog.Scenarios
            .SelectMany(s => new[] { s.Id, s.Title.ZhCn, s.Title.En }.Select(name => (Scenario: s, Name: name)))
            .Where(c => text.StartsWith(c.Name, StringComparison.OrdinalIgnoreCase)
                        && (text.Length == c.Name.Length || char.IsWhiteSpace(text[c.Name.Length])))
            .OrderByDescending(c => c.Name.Length)
            .FirstOrDefault();
        return match.Scenario is null ? null : (match.Scenario, text[match.Name.Length..].Trim());
    }
}
