namespace DrillPlatform.Bot.Protocol;

/// <summary>What the HTTP adapter (a Function or the local host) writes back: status and JSON body.</summary>
public sealed record BotHttpResult(int Status, string? JsonBody)
{
    public static BotHttpResult Error(int status, string reason) =>
        new(status, System.Text.Json.JsonSerializer.Serialize(new { error = reason }, ProtocolJson.Options));
}
