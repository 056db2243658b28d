using System.Text;

namespace DrillPlatform.Core.Sms.Aliyun;

/// <summary>
/// RPC parameters travel in the query. Alibaba Cloud's encoding is RFC 3986: only A-Z a-z 0-9
/// - _ . ~ stay as they are, everything else (space, *, UTF-8 of 签名) becomes %XY; the canonical
/// form sorts the encoded pairs by name.
/// </summary>
public static class AliyunQuery
{
    public static string Build(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{Encode(p.Key)}={Encode(p.Value)}"));

    /// <summary>The query as received (with or without '?'), decoded and re-encoded in sorted order.</summary>
    public static string Canonical(string query) => Build(Parse(query));

    public static IReadOnlyList<KeyValuePair<string, string>> Parse(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(kv => KeyValuePair.Create(Uri.UnescapeDataString(kv[0]), kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : ""))
            .ToList();

    public static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~') builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }
}
