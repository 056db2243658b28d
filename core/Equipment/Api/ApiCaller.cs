namespace DrillPlatform.Core.Equipment.Api;

/// <summary>Who is calling, already authenticated by the HTTP layer: their object id and roster roles.</summary>
public sealed record ApiCaller(string ObjectId, IReadOnlyList<string> Roles);

/// <summary>The error body every handler answers with: what is wrong, and which parameter when one is.</summary>
public sealed record ApiError(string Error, string? Parameter = null);
