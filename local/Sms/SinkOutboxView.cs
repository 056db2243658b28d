namespace DrillPlatform.Local.Sms;

/// <summary>The outbox as the emulator page shows it: newest first, numbers masked unless asked.</summary>
public static class SinkOutboxView
{
    public sealed record Item(
        long Sequence, DateTimeOffset ReceivedAt, string From, string To, string Message, string? Tag,
        bool Successful, int HttpStatusCode, string? MessageId, string? ErrorMessage, string? RepeatabilityRequestId);

    /// <summary>GET /sms/outbox: what the phones received, whichever provider's sink runs; only to this
    /// machine, and whole numbers (?full=true) only when <paramref name="showFullNumbers"/>.</summary>
    public static void MapOutbox(this WebApplication app, SmsOutbox outbox, bool showFullNumbers) =>
        app.MapGet("/sms/outbox", (bool? full) => full == true && !showFullNumbers
                ? Results.Problem("Full numbers are shown only in local mode (no MicrosoftAppId configured).", statusCode: 403)
                : Results.Json(Of(outbox, full == true)))
            .AddEndpointFilter(LoopbackOnly.Filter);

    public static IReadOnlyList<Item> Of(SmsOutbox outbox, bool full) =>
        outbox.Messages
            .OrderByDescending(m => m.Sequence)
            .Select(m => new Item(m.Sequence, m.ReceivedAt, m.From, full ? m.To : PhoneMask.Mask(m.To), m.Message, m.Tag,
                m.Result.Successful, m.Result.HttpStatusCode, m.Result.MessageId, m.Result.ErrorMessage, m.RepeatabilityRequestId))
            .ToList();
}
