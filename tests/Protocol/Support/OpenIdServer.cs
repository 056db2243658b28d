using Microsoft.AspNetCore.Http;

namespace DrillPlatform.Tests.Protocol.Support;

/// <summary>Serves a DevIssuer's metadata and keys over Kestrel; the issuer can be swapped to rotate keys.</summary>
public sealed class OpenIdServer : IAsyncDisposable
{
    private LoopbackServer server = null!;

    public DevIssuer Issuer { get; set; } = null!;
    public string MetadataUrl => server.BaseUrl + "/.well-known/openidconfiguration";
    public int KeyFetches => server.Requests.Count(r => r.RawTarget == "/dev/keys");

    public static async Task<OpenIdServer> StartAsync(DevIssuer issuer)
    {
        var openId = new OpenIdServer { Issuer = issuer };
        openId.server = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "application/json";
            return context.Request.Path.Value switch
            {
                "/.well-known/openidconfiguration" => context.Response.WriteAsync(openId.Issuer.MetadataJson(openId.server.BaseUrl)),
                "/dev/keys" => context.Response.WriteAsync(openId.Issuer.JwksJson()),
                _ => Task.FromResult(context.Response.StatusCode = 404),
            };
        });
        return openId;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
