namespace DrillPlatform.Bot.Protocol;

/// <summary>The OpenID metadata or its key set could not be fetched and nothing usable is cached.</summary>
public sealed class SigningKeysUnavailableException(string message, Exception? inner = null)
    : Exception(message, inner);
