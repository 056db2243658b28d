using DrillPlatform.Core.Roster;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Core.Api;

/// <summary>What a request needs: managers review (read), trainers also change things (write).</summary>
public enum ApiAccess
{
    Read,
    Write,
}

/// <summary>Either the caller, or the 401/403/503 to answer instead.</summary>
public sealed record ApiAuthorization(ApiCaller? Caller, ApiResult? Denied);

/// <summary>
/// Authentication by token, authorisation by the roster: the token only says who is calling;
/// whether they are a trainer or a manager is read from the roster row for their object id.
/// </summary>
public sealed class ApiGate(ApiTokenValidator tokens, RosterStore roster, ILogger<ApiGate> logger)
{
    public const string TrainerRole = "trainer";
    public const string ManagerRole = "manager";

    public async Task<ApiAuthorization> AuthorizeAsync(string? authorizationHeader, ApiAccess access, CancellationToken ct)
    {
        var token = await tokens.ValidateAsync(authorizationHeader, ct);
        if (!token.Succeeded)
            return new(null, ApiResult.Unauthenticated(token));

        var person = await roster.GetAsync(token.ObjectId!, ct);
        ApiRole? role = person is null ? null
            : person.HasRole(TrainerRole) ? ApiRole.Trainer
            : person.HasRole(ManagerRole) ? ApiRole.Manager
            : null;
        var reason = (person, role, access) switch
        {
            (null, _, _) => "You are not on the roster.",
            (_, null, _) => "The API is for trainers and managers.",
            (_, ApiRole.Manager, ApiAccess.Write) => "Managers can review drills and schedules; only trainers can change them.",
            _ => null,
        };
        if (reason is not null)
        {
            logger.LogWarning("API {Access} refused for {ObjectId}: {Reason}", access, token.ObjectId, reason);
            return new(null, ApiResult.Forbidden(reason));
        }
        return new(new ApiCaller(person!, role!.Value), null);
    }
}
