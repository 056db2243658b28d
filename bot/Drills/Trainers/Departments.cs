namespace DrillPlatform.Bot.Drills.Trainers;

/// <summary>The departments people on the roster belong to: what a drill's audience can name.</summary>
public sealed class Departments(RosterStore roster)
{
    public async Task<IReadOnlyList<string>> ListAsync(CancellationToken ct) =>
        (await roster.ListAsync(null, ct))
            .Select(p => p.Department)
            .Where(d => !string.IsNullOrWhiteSpace(d))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
}
