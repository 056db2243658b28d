using DrillPlatform.Core.Api;

namespace DrillPlatform.Local;

public static class BotEndpoints
{
    /// <summary>POST /api/messages: the same endpoint code the Functions app runs.</summary>
    public static void MapBotEndpoint(this WebApplication app) =>
        app.MapPost("/api/messages", async (HttpRequest request, BotEndpoint bot, CancellationToken ct) =>
        {
            var result = await bot.ProcessAsync(ApiHeaders.Authorization(request.Headers.Authorization), request.ContentLength, request.Body, ct);
            return result.JsonBody is null
                ? Results.StatusCode(result.Status)
                : Results.Text(result.JsonBody, "application/json", statusCode: result.Status);
        });
}
