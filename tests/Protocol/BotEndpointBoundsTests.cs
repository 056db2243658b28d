using System.Text;
using DrillPlatform.Tests.Protocol.Support;

namespace DrillPlatform.Tests.Protocol;

/// <summary>What api/messages reads from whom: nothing from strangers, at most Bot:MaxActivityBytes from anyone.</summary>
[Trait("Category", "Unit")]
public sealed class BotEndpointBoundsTests : IClassFixture<OpenIdFixture>, IDisposable
{
    private readonly OpenIdFixture fixture;
    private readonly CountingActivityHandler handler = new();
    private readonly ServiceProvider services;

    public BotEndpointBoundsTests(OpenIdFixture fixture)
    {
        this.fixture = fixture;
        services = ProtocolServices.Build(ProtocolServices.DevSettings(fixture.Server.MetadataUrl, OpenIdFixture.IssuerName), handler: this.handler);
    }

    public void Dispose() => services.Dispose();

    private string Bearer => "Bearer " + this.fixture.Issuer.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer not.a-jwt")]
    [InlineData("stranger")]
    public async Task ProcessAsync_WhenTheTokenIsMissingOrForged_RefusesWithoutReadingTheBody(string? header)
    {
        if (header == "stranger") header = "Bearer " + this.fixture.Stranger.CreateChannelToken(ProtocolServices.AppId, ChannelRequest.ServiceUrl);
        var body = new WatchedStream(ChannelRequest.ActivityJson());

        var result = await ProcessAsync(header, null, body);

        Assert.Equal(401, result.Status);
        Assert.Equal(0, body.BytesRead);
        Assert.Equal(0, this.handler.Calls);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ProcessAsync_WhenAnAuthenticActivityIsTwoMegabytes_Answers413AndReadsNoMoreThanTheCap(bool declaresLength)
    {
        var body = new WatchedStream(ActivityOfSize(2 * 1024 * 1024));

        var result = await ProcessAsync(Bearer, declaresLength ? body.Length : null, body);

        Assert.Equal(413, result.Status);
        Assert.Equal(0, this.handler.Calls);
        Assert.True(body.BytesRead <= BotEndpointOptions.DefaultMaxActivityBytes + 64 * 1024, $"read {body.BytesRead} bytes");
    }

    [Fact]
    public async Task ProcessAsync_WhenAnActivityIsJustUnderTheCap_HandlesIt()
    {
        var body = new WatchedStream(ActivityOfSize(BotEndpointOptions.DefaultMaxActivityBytes - 100));

        var result = await ProcessAsync(Bearer, body.Length, body);

        Assert.Equal(200, result.Status);
        Assert.Equal(1, this.handler.Calls);
    }

    private async Task<BotHttpResult> ProcessAsync(string? header, long? length, Stream body)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<BotEndpoint>().ProcessAsync(header, length, body, CancellationToken.None);
    }

    // A valid activity padded with a long text to exactly the size asked for.
    public static string ActivityOfSize(int bytes)
    {
        var empty = ChannelRequest.ActivityJson().Replace("\"hello\"", "\"\"");
        return empty.Replace("\"text\":\"\"", $"\"text\":\"{new string('x', bytes - Encoding.UTF8.GetByteCount(empty))}\"");
    }

    // Counts what the endpoint pulls from the request body.
    private sealed class WatchedStream(string text) : Stream
    {
        private readonly MemoryStream inner = new(Encoding.UTF8.GetBytes(text));

        public long BytesRead { get; private set; }
        public override long Length => inner.Length;
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
