using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>The real local host, in-process on a free port, on Azurite with its own table prefix.</summary>
public sealed class LocalHostFixture : IAsyncLifetime
{
    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public HttpClient Http { get; } = new();

    public async Task InitializeAsync()
    {
        BaseUrl = $"http://127.0.0.1:{DrillPlatform.Local.FreePort.Next()}";
        App = await LocalHost.BuildAsync(
        [
            "--urls", BaseUrl,
            "--Storage:ConnectionString", await AzuriteFixture.ConnectionStringAsync(),
            "--Storage:Prefix", AzuriteFixture.NewPrefix(),
            "--Logging:LogLevel:Default", "Warning",
        ]);
        await App.StartAsync();
        Http.BaseAddress = new Uri(BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Http.Dispose();
    }

    public async Task SendAsync(string asEmail, object activity)
    {
        var fields = JsonSerializer.SerializeToElement(activity).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        fields["as"] = asEmail;
        var response = await Http.PostAsJsonAsync("/emulator/send", fields);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("status").GetInt32());
    }

    /// <summary>Polls the emulator's transcript until the predicate holds, as the page does.</summary>
    public async Task<List<JsonElement>> WaitForAsync(string conversationId, Func<List<JsonElement>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var page = await Http.GetFromJsonAsync<JsonElement>($"/emulator/conversations/{Uri.EscapeDataString(conversationId)}/activities");
            var activities = page.GetProperty("activities").EnumerateArray().ToList();
            if (done(activities)) return activities;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited 15 s for {what}; transcript: {string.Join("\n", activities.Select(a => a.GetRawText()))}");
            await Task.Delay(50);
        }
    }
}
