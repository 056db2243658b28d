using Microsoft.IdentityModel.JsonWebTokens;

namespace DrillPlatform.Core.Api;

/// <summary>
/// Pairs issuer, audience and 'ver' the way Entra issues them: a v2 token names the client id
/// (Api:Audience), a v1 token the client id or the app id URI (Api:AppIdUri). A 'ver' claim, when
/// present (Entra always sets it), must agree with the issuer. Returns the problem, or null.
/// </summary>
internal static class ApiTokenVersion
{
    public static string? Check(JsonWebToken token, ApiAuthOptions options)
    {
        var v1 = !string.IsNullOrWhiteSpace(options.V1Issuer) && token.Issuer == options.V1Issuer;
        var ver = token.TryGetPayloadValue<string>("ver", out var value) ? value : null;
        if (ver is not null && ver != (v1 ? "1.0" : "2.0"))
            return $"The token says version {ver} but comes from the {(v1 ? "v1" : "v2")} issuer.";
        var audience = token.Audiences.FirstOrDefault();
        return !v1 && audience != options.ClientId
            ? "A v2 token must carry the client id (Api:Audience) as audience; the app id URI is accepted in v1 tokens only."
            : null;
    }
}
