using System.Collections.Concurrent;
using DrillPlatform.Local.Sms;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DrillPlatform.Tests.Sms;

/// <summary>A real Kestrel on 127.0.0.1:0 playing ACS: either scripted responses or the local SMS sink.</summary>
public sealed class SmsTestServer : IAsyncDisposable
{
    public const string AccessKey = "ZHJpbGxwbGF0Zm9ybS10ZXN0LWtleS0wMTIzNDU2Nzg5";

    private readonly WebApplication app;

    private SmsTestServer(WebApplication app, SmsOutbox outbox)
    {
        this.app = app;
        Outbox = outbox;
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUri = new Uri(addresses.First());
    }

    public Uri BaseUri { get; }
    public SmsOutbox Outbox { get; }
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Every request is answered by <paramref name="respond"/>, given its 1-based number.</summary>
    public static Task<SmsTestServer> ScriptedAsync(Func<int, HttpContext, Task> respond) =>
        StartAsync(app => app.Run(context => respond(NumberOf(context), context)));

    /// <summary>The local SMS sink, after <paramref name="failFirst"/> requests answered 503.</summary>
    public static Task<SmsTestServer> SinkAsync(int failFirst = 0) => StartAsync(app =>
    {
        app.Use((context, next) =>
        {
            if (NumberOf(context) > failFirst) return next(context);
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });
        app.MapSmsSink();
    });

    public const string AliyunKeyId = "LTAI5tLocalTestKey0001";
    public const string AliyunSecret = "local-test-secret-not-a-real-one";

    /// <summary>The local Alibaba Cloud SMS sink at /aliyun/, after <paramref name="throttleFirst"/> requests refused as Throttling.User.</summary>
    public static Task<SmsTestServer> AliyunSinkAsync(int throttleFirst = 0) => StartAsync(app =>
    {
        app.Use((context, next) => NumberOf(context) > throttleFirst
            ? next(context)
            : AliyunSinkEndpoints.Throttled().ExecuteAsync(context));
        app.MapAliyunSmsSink(TestAliyun.Templates);
    });

    public Uri AliyunEndpoint => new(BaseUri, "/aliyun");

    private static int NumberOf(HttpContext context) => (int)context.Items["number"]!;

    private static async Task<SmsTestServer> StartAsync(Action<WebApplication> configure)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration["Sms:AccessKey"] = AccessKey;
        builder.Configuration["Sms:Aliyun:AccessKeyId"] = AliyunKeyId;
        builder.Configuration["Sms:Aliyun:AccessKeySecret"] = AliyunSecret;
        var outbox = new SmsOutbox(TimeProvider.System);
        builder.Services.AddSingleton(outbox);
        var app = builder.Build();
        SmsTestServer? server = null;
        var count = 0;
        app.Use(async (context, next) =>
        {
            context.Request.EnableBuffering();
            using var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy);
            context.Request.Body.Position = 0;
            context.Items["number"] = Interlocked.Increment(ref count);
            server!.Requests.Enqueue(new RecordedRequest(
                DateTimeOffset.UtcNow, context.Request.Method, context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                copy.ToArray()));
            await next(context);
        });
        configure(app);
        await app.StartAsync();
        server = new SmsTestServer(app, outbox);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record RecordedRequest(
    DateTimeOffset At, string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public System.Text.Json.JsonElement Json => System.Text.Json.JsonDocument.Parse(Body).RootElement;
}
