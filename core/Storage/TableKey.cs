namespace DrillPlatform.Core.Storage;

/// <summary>
/// The one way a value people chose (a department, an equipment or site id, an id from a card, the
/// API or a command, a roster value) becomes a PartitionKey or RowKey, and the service's rules for
/// keys. Azure Storage refuses / \ # ? and control characters (U+0000–U+001F, U+007F–U+009F) in
/// keys and keys over 1 KiB; Azurite in --loose mode accepts them, so <see cref="TableKeyGuard"/>
/// checks every request against <see cref="IsLegal"/> before it leaves. Encode is percent-escaping
/// (letters, digits and - _ . ~ stay as they are, so ordinary ids and GUIDs are unchanged) and is
/// reversible with <see cref="Decode"/>; it also escapes '|', which composite keys use as a separator.
/// </summary>
public static class TableKey
{
    /// <summary>1 KiB, counted as the service counts strings: two bytes a character.</summary>
    public const int MaxLength = 512;

    /// <exception cref="ArgumentException">The encoded value would be longer than <see cref="MaxLength"/>.</exception>
    public static string Encode(string value)
    {
        var key = Uri.EscapeDataString(value.Trim());
        return key.Length <= MaxLength
            ? key
            : throw new ArgumentException($"'{value[..Math.Min(value.Length, 40)]}…' is too long for a storage key ({key.Length} > {MaxLength} characters once encoded).", nameof(value));
    }

    /// <summary>Encode, or null when the value cannot be a key at all (empty, or too long): "no such row".</summary>
    public static string? TryEncode(string? value) =>
        value is null || value.Trim().Length == 0 || Uri.EscapeDataString(value.Trim()) is not { Length: <= MaxLength } key ? null : key;

    public static string Decode(string key) => Uri.UnescapeDataString(key);

    /// <summary>False when some of <paramref name="keys"/> could never have been stored (an id from a card, a command or a URL that is not one of ours): answer "not found" without asking storage.</summary>
    public static bool CanExist(params string?[] keys) => keys.All(IsLegal);

    /// <summary>True when the service would accept <paramref name="key"/> as a PartitionKey or RowKey as it is.</summary>
    public static bool IsLegal(string? key) => key is not null && Problem(key) is null;

    /// <summary>What is wrong with <paramref name="key"/> as a key, or null when nothing is.</summary>
    public static string? Problem(string key)
    {
        if (key.Length > MaxLength) return $"longer than 1 KiB ({key.Length} characters)";
        foreach (var c in key)
        {
            if (c is '/' or '\\' or '#' or '?') return $"contains '{c}'";
            if (c <= '\u001F' || c is >= '\u007F' and <= '\u009F') return $"contains control character U+{(int)c:X4}";
        }
        return null;
    }
}
