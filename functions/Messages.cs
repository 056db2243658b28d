using DrillPlatform.Bot.Protocol;

namespace DrillPlatform.Functions;

/// <summary>POST api/messages: Teams delivers every activity here; the bot endpoint authenticates, bounds and answers.</summary>
public sealed class Messages(BotEndpoint bot)
{
    [Function(nameof(Messages))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request,
        CancellationToken ct)
    {
        var result = await bot.ProcessAsync(ApiHeaders.Authorization(request.Headers.Authorization), request.ContentLength, request.Body, ct);
        return new ContentResult { StatusCode = result.Status, Content = result.JsonBody, ContentType = "application/json" };
    }
}
