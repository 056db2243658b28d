namespace DrillPlatform.Core.Api;

/// <summary>One thing wrong with a request body: the JSON field (dotted path) and why.</summary>
public sealed record ApiError(string Field, string Reason);
