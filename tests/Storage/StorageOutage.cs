using System.Text.RegularExpressions;

namespace DrillPlatform.Tests.Storage;

/// <summary>
/// An outage of the test's own storage: TCP forwarders in front of Azurite's table and queue ports,
/// which the code under test is given instead of Azurite's. <see cref="Down"/> resets every open
/// connection and refuses new ones, as a storage process that died would; <see cref="Up"/> accepts
/// again, with everything Azurite stored still there. (Killing Azurite itself would not do: killed,
/// it loses its most recent writes, which a real storage service does not.)
/// </summary>
public sealed partial class StorageOutage : IDisposable
{
    private readonly List<StorageForwarder> forwarders = [];
    private Func<string, bool>? cutAfter;

    private StorageOutage(string azurite)
    {
        ConnectionString = Endpoint().Replace(azurite, m =>
        {
            var forwarder = new StorageForwarder(int.Parse(m.Groups["port"].Value), this);
            forwarders.Add(forwarder);
            return $"{m.Groups["name"].Value}=http://127.0.0.1:{forwarder.Port}/";
        });
    }

    /// <summary>Azurite's connection string with the table and queue endpoints through the forwarders.</summary>
    public string ConnectionString { get; }

    /// <summary>HTTP requests forwarded to Azurite so far.</summary>
    public int Requests => forwarders.Sum(f => f.Requests);

    /// <summary>The request line whose answer <see cref="DownAfterAnswerTo"/> dropped, once it has.</summary>
    public string? LostAnswer { get; private set; }

    public bool IsDown { get; private set; }

    public static StorageOutage Start(string azuriteConnectionString) => new(azuriteConnectionString);

    public void Down()
    {
        lock (forwarders)
        {
            IsDown = true;
            foreach (var f in forwarders) f.Down();
        }
    }

    public void Up()
    {
        lock (forwarders)
        {
            IsDown = false;
            foreach (var f in forwarders) f.Up();
        }
    }

    /// <summary>
    /// The next request whose line ("PUT /devstoreaccount1/...") matches reaches Azurite, which does
    /// it; its answer is dropped and storage goes down: the caller cannot know its write happened.
    /// </summary>
    public void DownAfterAnswerTo(Func<string, bool> requestLine)
    {
        LostAnswer = null;
        cutAfter = requestLine;
    }

    // Called by a forwarder for each request line it passes on; true marks the request whose answer is lost.
    internal bool TakeCut(string requestLine)
    {
        var cut = cutAfter;
        if (cut is null || !cut(Uri.UnescapeDataString(requestLine))) return false;
        return Interlocked.CompareExchange(ref cutAfter, null, cut) == cut;
    }

    internal void AnswerLost(string requestLine)
    {
        LostAnswer = Uri.UnescapeDataString(requestLine);
        Down();
    }

    public void Dispose()
    {
        foreach (var f in forwarders) f.Dispose();
    }

    [GeneratedRegex(@"(?<name>TableEndpoint|QueueEndpoint)=http://127\.0\.0\.1:(?<port>\d+)/")]
    private static partial Regex Endpoint();
}
