namespace DrillPlatform.Core.Api;

/// <summary>Either the caller, or the 401/403/503 to answer instead.</summary>
public sealed record ApiAuthorization(ApiCaller? Caller, ApiResult? Denied);

/// <summary>
/// The API's one gate. Authentication by token, authorisation by the roster: the token only says
/// who is calling; what they may do is read from the roster row for their object id and
/// <see cref="Permissions"/>, never from claims in the token.
/// </summary>
public sealed class ApiGate(ApiTokenValidator tokens, RosterStore roster, ILogger<ApiGate> logger)
{
    public async Task<ApiAuthorization> AuthorizeAsync(string? authorizationHeader, Permission needed, CancellationToken ct)
    {
        var token = await tokens.ValidateAsync(authorizationHeader, ct);
        if (!token.Succeeded)
            return new(null, ApiResult.Unauthenticated(token));

        var person = await roster.GetAsync(token.ObjectId!, ct);
        var reason = person is null ? "You are not on the roster."
            : !person.May(needed) ? Permissions.Refusal(needed)
            : null;
        if (reason is not null)
        {
            logger.LogWarning("API {Permission} refused for {ObjectId}: {Reason}", needed, token.ObjectId, reason);
            return new(null, ApiResult.Forbidden(reason));
        }
        return new(new ApiCaller(person!), null);
    }
}
