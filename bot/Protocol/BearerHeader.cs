namespace DrillPlatform.Bot.Protocol;

/// <summary>Reads "Authorization: Bearer &lt;token&gt;"; the scheme name is case-insensitive (RFC 9110).</summary>
internal static class BearerHeader
{
    public static bool TryRead(string? header, out string token, out string problem)
    {
        token = "";
        if (string.IsNullOrWhiteSpace(header))
        {
            problem = "The Authorization header is missing.";
            return false;
        }
        var parts = header.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            problem = "The Authorization header must use the Bearer scheme.";
            return false;
        }
        token = parts[1].Trim();
        problem = "";
        return true;
    }
}
