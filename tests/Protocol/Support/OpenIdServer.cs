using Microsoft.AspNetCore.Http;

namespace DrillPlatform.Tests.Protocol.Support;

/// <summary>
/// Serves a DevIssuer's metadata and keys over Kestrel; the issuer can be swapped to rotate keys,
/// and the endpoint taken down (500) or made to hang (no answer until the caller gives up), as
/// the metadata endpoint does during an outage.
/// </summary>
public sealed class OpenIdServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stopping = new();
    private LoopbackServer server = null!;

    public DevIssuer Issuer { get; set; } = null!;
    public volatile OpenIdServerState State = OpenIdServerState.Up;
    public string MetadataUrl => server.BaseUrl + "/.well-known/openidconfiguration";
    public int MetadataFetches => server.Requests.Count(r => r.RawTarget == "/.well-known/openidconfiguration");
    public int KeyFetches => server.Requests.Count(r => r.RawTarget == "/dev/keys");

    public static async Task<OpenIdServer> StartAsync(DevIssuer issuer)
    {
        var openId = new OpenIdServer { Issuer = issuer };
        openId.server = await LoopbackServer.StartAsync(async context =>
        {
            switch (openId.State)
            {
                case OpenIdServerState.Failing:
                    context.Response.StatusCode = 500;
                    return;
                case OpenIdServerState.Hanging:
                    using (var either = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, openId.stopping.Token))
                        await Task.Delay(Timeout.Infinite, either.Token).ContinueWith(_ => { });
                    return;
            }
            context.Response.ContentType = "application/json";
            await (context.Request.Path.Value switch
            {
                "/.well-known/openidconfiguration" => context.Response.WriteAsync(openId.Issuer.MetadataJson(openId.server.BaseUrl)),
                "/dev/keys" => context.Response.WriteAsync(openId.Issuer.JwksJson()),
                _ => Task.FromResult(context.Response.StatusCode = 404),
            });
        });
        return openId;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await server.DisposeAsync();
    }
}

public enum OpenIdServerState { Up, Failing, Hanging }
