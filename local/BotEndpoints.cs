using DrillPlatform.Bot.Protocol;

namespace DrillPlatform.Local;

public static class BotEndpoints
{
    /// <summary>POST /api/messages: the same endpoint code the Functions app runs.</summary>
    public static void MapBotEndpoint(this WebApplication app) =>
        app.MapPost("/api/messages", async (HttpRequest request, BotEndpoint bot, CancellationToken ct) =>
        {
            using var reader = new StreamReader(request.Body);
            var authorization = DrillPlatform.Core.Api.ApiHeaders.Authorization(request.Headers.Authorization);
            var result = await bot.ProcessAsync(authorization, await reader.ReadToEndAsync(ct), ct);
            return result.JsonBody is null
                ? Results.StatusCode(result.Status)
                : Results.Text(result.JsonBody, "application/json", statusCode: result.Status);
        });
}
