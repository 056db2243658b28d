using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace DrillPlatform.Tests.Protocol.Support;

/// <summary>A local "Bot Connector" that answers each request with the next scripted response.</summary>
public sealed class ScriptedConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<Func<HttpResponse, Task>> script = new();
    private LoopbackServer server = null!;

    public string ServiceUrl => server.BaseUrl + "/amer/";
    public IReadOnlyList<RecordedRequest> Requests => server.Requests.ToArray();

    public static async Task<ScriptedConnector> StartAsync(params Func<HttpResponse, Task>[] script)
    {
        var connector = new ScriptedConnector();
        foreach (var step in script)
        {
            connector.script.Enqueue(step);
        }
        connector.server = await LoopbackServer.StartAsync(context =>
            connector.script.TryDequeue(out var next) ? next(context.Response) : Status(500)(context.Response));
        return connector;
    }

    public static Func<HttpResponse, Task> Status(int status, string? retryAfter = null, string? json = null) => async response =>
    {
        response.StatusCode = status;
        if (retryAfter is not null)
        {
            response.Headers.RetryAfter = retryAfter;
        }
        if (json is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(json);
        }
    };

    /// <summary>Answers only after <paramref name="delay"/>: a Connector that hangs.</summary>
    public static Func<HttpResponse, Task> Slow(TimeSpan delay) => async response =>
    {
        try { await Task.Delay(delay, response.HttpContext.RequestAborted); } catch (OperationCanceledException) { return; }
        await Created("slow")(response);
    };

    public static Func<HttpResponse, Task> Created(string id) => Status(201, json: $$"""{"id":"{{id}}"}""");

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
