using Microsoft.IdentityModel.Tokens;

namespace DrillPlatform.Bot.Protocol;

/// <summary>A signing key from the Bot Framework JWKS with the channel ids it may speak for.</summary>
public sealed record EndorsedKey(JsonWebKey Key, IReadOnlySet<string> Endorsements);
