using System.Text.Json.Nodes;

namespace DrillPlatform.Local.Emulator;

/// <summary>
/// The Bot Connector REST surface the bot calls back on (the emulator's serviceUrl): send, reply,
/// update and create a 1:1 conversation. Calls must carry a token from the local issuer.
/// </summary>
public static class ConnectorEndpoints
{
    public static void MapEmulatorConnector(this RouteGroupBuilder emulator)
    {
        var v3 = emulator.MapGroup("/v3/conversations").AddEndpointFilter(RequireBotToken);
        // As Teams: the member is a Teams user id (29:...) or, for a personal chat, the Entra object id.
        v3.MapPost("/", (JsonObject body) =>
        {
            var member = body["members"]?[0]?["id"]?.GetValue<string>();
            var objectId = member switch
            {
                { Length: > 3 } when member.StartsWith("29:", StringComparison.Ordinal) => member[3..],
                not null when Guid.TryParse(member, out _) => member,
                _ => null,
            };
            return objectId is not null
                ? Results.Json(new { id = EmulatorChannel.ConversationId(objectId) }, statusCode: 201)
                : Results.Json(new { error = new { code = "BadArgument", message = "members[0].id must be a Teams user id (29:...) or an Entra object id." } }, statusCode: 400);
        });
        v3.MapPost("/{conversationId}/activities", (string conversationId, JsonObject activity, Transcripts transcripts) =>
            Results.Ok(new { id = transcripts.Add(conversationId, FromBot(activity)) }));
        v3.MapPost("/{conversationId}/activities/{replyToId}", (string conversationId, string replyToId, JsonObject activity, Transcripts transcripts) =>
        {
            activity["replyToId"] = replyToId;
            return Results.Ok(new { id = transcripts.Add(conversationId, FromBot(activity)) });
        });
        v3.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, JsonObject activity, Transcripts transcripts) =>
            transcripts.Replace(conversationId, activityId, FromBot(activity))
                ? Results.Ok(new { id = activityId })
                : Results.NotFound(new { error = $"No activity {activityId} in conversation {conversationId}." }));
    }

    private static JsonObject FromBot(JsonObject activity)
    {
        activity.Remove("id");
        activity["from"] = new JsonObject { ["id"] = $"28:{LocalDevelopment.DevAppId}", ["name"] = "DrillPlatform", ["role"] = "bot" };
        return activity;
    }

    private static async ValueTask<object?> RequireBotToken(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var check = context.HttpContext.RequestServices.GetRequiredService<ConnectorTokenCheck>();
        return await check.IsValidAsync(context.HttpContext.Request.Headers.Authorization.ToString())
            ? await next(context)
            : Results.Problem("A bearer token from the local issuer is required.", statusCode: 401);
    }
}
