using DrillPlatform.Bot.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace DrillPlatform.Functions;

/// <summary>POST api/messages: Teams delivers every activity here; the bot endpoint authenticates and answers.</summary>
public sealed class Messages(BotEndpoint bot)
{
    [Function(nameof(Messages))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest request,
        CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        var authorization = DrillPlatform.Core.Api.ApiHeaders.Authorization(request.Headers.Authorization);
        var result = await bot.ProcessAsync(authorization, await reader.ReadToEndAsync(ct), ct);
        return new ContentResult { StatusCode = result.Status, Content = result.JsonBody, ContentType = "application/json" };
    }
}
