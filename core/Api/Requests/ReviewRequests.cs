using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Core.Api.Requests;

/// <summary>POST /api/drills/{id}/findings: { kind: strength|improvement, observation, cause? }.</summary>
internal sealed record FindingRequest(FindingKind Kind, string Observation, string Cause)
{
    public static FindingRequest Read(JsonFields body)
    {
        body.RejectUnknown("kind", "observation", "cause");
        var kind = body.Enum<FindingKind>("kind");
        if (kind is null && !body.HasError("kind")) body.Add(new ApiError("kind", "is required: strength or improvement"));
        var request = new FindingRequest(kind ?? FindingKind.Strength, body.String("observation", required: true) ?? "", body.String("cause") ?? "");
        ReviewText.Check(body, "observation", request.Observation, required: true);
        ReviewText.Check(body, "cause", request.Cause, required: false);
        return request;
    }
}

/// <summary>POST /api/corrective-actions: { drillId, findingId?, what, owner (object id or e-mail on the roster), dueDate, verifyByDrill? }.</summary>
internal sealed record CorrectiveActionRequest(string DrillId, string FindingId, string What, string Owner, DateOnly DueDate, bool VerifyByDrill)
{
    public static CorrectiveActionRequest Read(JsonFields body, DateOnly today)
    {
        body.RejectUnknown("drillId", "findingId", "what", "owner", "dueDate", "verifyByDrill");
        var request = new CorrectiveActionRequest(
            body.String("drillId", required: true) ?? "",
            body.String("findingId") ?? "",
            body.String("what", required: true) ?? "",
            body.String("owner", required: true) ?? "",
            body.Date("dueDate") ?? default,
            body.Bool("verifyByDrill") ?? false);
        ReviewText.Check(body, "what", request.What, required: true);
        if (request.DueDate == default && !body.HasError("dueDate")) body.Add(new ApiError("dueDate", "is required, a date like 2026-03-31"));
        else if (request.DueDate != default && request.DueDate < today)
            body.Add(new ApiError("dueDate", $"is in the past; the site's date today is {today:yyyy-MM-dd}"));
        return request;
    }
}

/// <summary>POST /api/corrective-actions/{id}/close: { note }.</summary>
internal sealed record CloseActionRequest(string Note)
{
    public static CloseActionRequest Read(JsonFields body)
    {
        body.RejectUnknown("note");
        var request = new CloseActionRequest(body.String("note", required: true) ?? "");
        ReviewText.Check(body, "note", request.Note, required: true);
        return request;
    }
}

internal static class ReviewText
{
    public static void Check(JsonFields body, string field, string value, bool required)
    {
        if (body.HasError(field)) return;
        if (required && string.IsNullOrWhiteSpace(value)) body.Add(new ApiError(field, "must not be blank"));
        else if (value.Length > ReviewWriter.MaxText) body.Add(new ApiError(field, $"is longer than {ReviewWriter.MaxText} characters"));
    }
}
