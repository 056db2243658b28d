using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Tests.Protocol.Support;

public static class ChannelRequest
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static string ActivityJson(string? channelId = "msteams", string serviceUrl = ServiceUrl, string type = "message", string? name = null) =>
        JsonSerializer.Serialize(new Activity
        {
            Type = type,
            Id = "act-1",
            Name = name,
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            Text = "hello",
            From = new ChannelAccount { Id = "29:user", AadObjectId = "oid-1" },
            Conversation = new ConversationAccount { Id = "a:conv-1", TenantId = "tenant-1" },
        }, ProtocolJson.Options);

    /// <summary>Signs with the issuer's real key but lets the test choose every claim.</summary>
    public static string Signed(DevIssuer key, string issuer, string audience, IDictionary<string, object> claims, bool withExpiry = true) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = DateTime.UtcNow,
            Expires = withExpiry ? DateTime.UtcNow.AddHours(1) : null,
            Claims = claims,
            SigningCredentials = key.SigningCredentials,
        });
}
