namespace DrillPlatform.Local.Emulator;

/// <summary>The page's own API: who can I be, send as them, and what has the bot said.</summary>
public static class EmulatorEndpoints
{
    public static readonly string[] TeamsThemes = ["light", "dark"];

    public static IServiceCollection AddEmulator(this IServiceCollection services)
    {
        services.AddSingleton<Transcripts>();
        services.AddSingleton<EmulatorChannel>();
        services.AddSingleton<ConnectorTokenCheck>();
        services.AddHttpClient("emulator");
        return services;
    }

    /// <param name="firstPerson">Whom the page opens as: the demo roster's first person.</param>
    public static void MapEmulator(this WebApplication app, string repoRoot, string? firstPerson)
    {
        var renderer = Path.Combine(repoRoot, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
        app.MapGet("/lib/adaptivecards.min.js", () => Results.File(renderer, "text/javascript"));
        // Teams' own host configs, as the Adaptive Cards designer ships them: the page renders cards
        // with Teams' fonts, spacing, colours and its limit of 6 actions, so what fits here fits there.
        foreach (var theme in TeamsThemes)
        {
            var hostConfig = Path.Combine(repoRoot, "node_modules", "adaptivecards-designer", "lib", "hostConfigs", $"microsoft-teams-{theme}.json");
            app.MapGet($"/lib/teams-{theme}.json", () => Results.File(hostConfig, "application/json"));
        }

        var emulator = app.MapGroup("/emulator").AddEndpointFilter(LoopbackOnly.Filter);
        emulator.MapEmulatorConnector();

        emulator.MapGet("/roster", async (RosterStore roster, CancellationToken ct) =>
            (await roster.ListAsync(null, ct))
                .OrderBy(p => p.Email.Equals(firstPerson, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(p => p.Department).ThenBy(p => p.Name)
                .Select(p => new { p.ObjectId, p.Name, p.Email, p.Department, p.Roles, p.Locale }));

        emulator.MapPost("/send", async (EmulatorInput input, HttpRequest request, RosterStore roster, EmulatorChannel channel, CancellationToken ct) =>
        {
            var person = await roster.FindByEmailAsync(input.As, ct) ?? await roster.GetAsync(input.As, ct);
            if (person is null)
                return Results.NotFound(new { error = $"'{input.As}' is not on the roster." });
            var status = await channel.SendAsync($"{request.Scheme}://{request.Host}", person, input, ct);
            return Results.Ok(new { status, conversationId = EmulatorChannel.ConversationId(person.ObjectId) });
        });

        emulator.MapGet("/conversations/{conversationId}/activities", (string conversationId, long? after, Transcripts transcripts) =>
        {
            var (activities, version) = transcripts.Since(conversationId, after ?? 0);
            return Results.Ok(new { activities, version });
        });
    }
}
