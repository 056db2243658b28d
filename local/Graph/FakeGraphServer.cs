using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace DrillPlatform.Local.Graph;

/// <summary>The fake Graph on its own loopback port, for tests; any non-empty bearer token is accepted.</summary>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeGraphServer(WebApplication app, FakeGraph graph)
    {
        this.app = app;
        Graph = graph;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.TrimEnd('/') + "/v1.0/";
    }

    public FakeGraph Graph { get; }

    /// <summary>What Reach:GraphBaseUrl points at.</summary>
    public string BaseUrl { get; }

    public static async Task<FakeGraphServer> StartAsync(string catalogId = FakeGraph.LocalCatalogId)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var graph = new FakeGraph(catalogId);
        app.MapFakeGraph("", graph, token => Task.FromResult(token.Length > 0));
        await app.StartAsync();
        return new FakeGraphServer(app, graph);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
