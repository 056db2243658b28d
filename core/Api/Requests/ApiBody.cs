namespace DrillPlatform.Core.Api.Requests;

/// <summary>Reads a request body for the handlers, but no more than one character past the limit they enforce.</summary>
public static class ApiBody
{
    public static async Task<string> ReadAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body);
        var buffer = new char[JsonFields.MaxBodyChars + 1];
        var read = 0;
        int count;
        while (read < buffer.Length && (count = await reader.ReadAsync(buffer.AsMemory(read), ct)) > 0)
            read += count;
        return new string(buffer, 0, read);
    }
}
