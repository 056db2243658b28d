namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// The bot's logic, called only after the request has been authenticated. For an invoke the
/// returned response becomes the HTTP body (Teams waits for it); for other activities it is null.
/// </summary>
public interface IActivityHandler
{
    Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken ct);
}

public sealed record InvokeResponse(int Status, object? Body);
