using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace DrillPlatform.Tests.Storage;

/// <summary>
/// One loopback port forwarded to one of Azurite's. While down the port refuses connections (the
/// listener is closed) and the connections it had are reset; HTTP request lines going through are
/// counted and shown to the <see cref="StorageOutage"/>, which may have one's answer dropped.
/// </summary>
internal sealed partial class StorageForwarder : IDisposable
{
    private const int Tail = 4096;
    private readonly int target;
    private readonly StorageOutage outage;
    private readonly ConcurrentDictionary<Connection, byte> open = new();
    private readonly Lock gate = new();
    private TcpListener? listener;
    private int requests;

    public StorageForwarder(int target, StorageOutage outage)
    {
        this.target = target;
        this.outage = outage;
        listener = Listen(0);
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int Port { get; }
    public int Requests => Volatile.Read(ref requests);

    public void Down()
    {
        lock (gate)
        {
            listener?.Stop();
            listener = null;
        }
        foreach (var c in open.Keys) c.Reset();
    }

    public void Up()
    {
        lock (gate) listener ??= Listen(Port);
    }

    public void Dispose()
    {
        Down();
    }

    private TcpListener Listen(int port)
    {
        var l = new TcpListener(IPAddress.Loopback, port);
        l.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        l.Start();
        _ = AcceptAsync(l);
        return l;
    }

    private async Task AcceptAsync(TcpListener l)
    {
        while (true)
        {
            Socket client;
            try
            {
                client = await l.AcceptSocketAsync();
            }
            catch (Exception)
            {
                return; // stopped: the port refuses until Up
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(Socket client)
    {
        var connection = new Connection(client, new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp));
        open[connection] = 0;
        try
        {
            await connection.Server.ConnectAsync(IPAddress.Loopback, target);
            if (outage.IsDown) return;
            await Task.WhenAny(PumpRequestsAsync(connection), PumpAnswersAsync(connection));
        }
        catch (Exception)
        {
        }
        finally
        {
            open.TryRemove(connection, out _);
            if (outage.IsDown) connection.Reset();
            else connection.Close();
        }
    }

    private async Task PumpRequestsAsync(Connection c)
    {
        var buffer = new byte[64 * 1024];
        var seen = "";
        while (true)
        {
            var n = await c.Client.ReceiveAsync(buffer, SocketFlags.None);
            if (n == 0) return;
            // Request lines may straddle reads: look at the last few KB before this read too, counting only lines ending in it.
            var text = seen + Encoding.Latin1.GetString(buffer, 0, n);
            foreach (Match m in RequestLine().Matches(text))
            {
                if (m.Index + m.Length <= seen.Length) continue;
                Interlocked.Increment(ref requests);
                if (outage.TakeCut(m.Groups["line"].Value)) c.LoseAnswerTo(m.Groups["line"].Value);
            }
            seen = text.Length > Tail ? text[^Tail..] : text;
            await c.Server.SendAsync(buffer.AsMemory(0, n), SocketFlags.None);
        }
    }

    private async Task PumpAnswersAsync(Connection c)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var n = await c.Server.ReceiveAsync(buffer, SocketFlags.None);
            if (n == 0) return;
            if (c.Doomed is { } line)
            {
                // Azurite has answered, so it did the request: drop the answer and go down.
                outage.AnswerLost(line);
                return;
            }
            await c.Client.SendAsync(buffer.AsMemory(0, n), SocketFlags.None);
        }
    }

    [GeneratedRegex(@"(?<line>(GET|POST|PUT|DELETE|MERGE|PATCH|HEAD) \S+ HTTP/1\.1)\r\n")]
    private static partial Regex RequestLine();

    private sealed class Connection(Socket client, Socket server)
    {
        public Socket Client { get; } = client;
        public Socket Server { get; } = server;
        public string? Doomed { get; private set; }

        public void LoseAnswerTo(string line) => Doomed = line;

        public void Close()
        {
            Client.Close();
            Server.Close();
        }

        // RST rather than FIN, as when the peer process is gone.
        public void Reset()
        {
            foreach (var s in new[] { Client, Server })
            {
                try
                {
                    s.LingerState = new LingerOption(true, 0);
                    s.Close();
                }
                catch (Exception)
                {
                }
            }
        }
    }
}
