using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace DrillPlatform.Tests.EndToEnd;

/// <summary>
/// What a person at the emulator page can do besides chat, over the same HTTP endpoints the page
/// uses: look people up, get an API token, move the local clock, run a timer, read the SMS outbox.
/// </summary>
public static class LocalHostDriver
{
    public static async Task<JsonElement> PersonAsync(this LocalHostFixture host, string email) =>
        (await host.Http.GetFromJsonAsync<JsonElement[]>("/emulator/roster"))!.Single(p => p.GetProperty("email").GetString() == email);

    public static async Task<string> ObjectIdAsync(this LocalHostFixture host, string email) =>
        (await host.PersonAsync(email)).GetProperty("objectId").GetString()!;

    public static string ChatOf(string objectId) => $"a:emulator-{objectId}";

    /// <summary>Opens the person's 1:1 chat with the bot, as installing the app in Teams does, so a prompt can reach them.</summary>
    public static Task InstallAsync(this LocalHostFixture host, string email) =>
        host.SendAsync(email, new { type = "conversationUpdate" });

    public static async Task<DateTimeOffset> NowAsync(this LocalHostFixture host) =>
        (await host.Http.GetFromJsonAsync<JsonElement>("/dev/clock")).GetProperty("now").GetDateTimeOffset();

    /// <summary>Moves the local clock forward to at least <paramref name="when"/> (whole minutes, as the page does).</summary>
    public static async Task AdvanceToAsync(this LocalHostFixture host, DateTimeOffset when)
    {
        var minutes = (int)Math.Ceiling((when - await host.NowAsync()).TotalMinutes);
        if (minutes > 0) await host.AdvanceAsync(minutes);
    }

    public static async Task AdvanceAsync(this LocalHostFixture host, int minutes)
    {
        var response = await host.Http.PostAsync($"/dev/clock/advance?minutes={minutes}", null);
        Assert.True(response.IsSuccessStatusCode, $"advancing the clock {minutes} min: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task RunTimerAsync(this LocalHostFixture host, string name)
    {
        var response = await host.Http.PostAsync($"/dev/timers/{name}/run", null);
        Assert.True(response.IsSuccessStatusCode, $"running {name}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The SMS sink's outbox with full numbers (the page shows them masked).</summary>
    public static async Task<List<JsonElement>> SmsOutboxAsync(this LocalHostFixture host) =>
        (await host.Http.GetFromJsonAsync<JsonElement[]>("/sms/outbox?full=true"))!.ToList();

    public static async Task<List<JsonElement>> WaitForSmsAsync(this LocalHostFixture host, Func<List<JsonElement>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var outbox = await host.SmsOutboxAsync();
            if (done(outbox)) return outbox;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited 15 s for {what}; outbox: {string.Join("\n", outbox.Select(m => m.GetRawText()))}");
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// An API client for the person that asks GET /dev/token for a fresh token on every request, as a
    /// real client refreshes its token: one minted before the clock was moved a day on has expired.
    /// </summary>
    public static HttpClient ApiAs(this LocalHostFixture host, string email) =>
        new(new FreshToken(host, email) { InnerHandler = new HttpClientHandler() }) { BaseAddress = new Uri(host.BaseUrl) };

    private sealed class FreshToken(LocalHostFixture host, string email) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var token = (await host.Http.GetFromJsonAsync<JsonElement>($"/dev/token?as={Uri.EscapeDataString(email)}", ct)).GetProperty("token").GetString();
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await base.SendAsync(request, ct);
        }
    }

    /// <summary>Polls GET {path} until the predicate holds on the JSON body.</summary>
    public static async Task<JsonElement> WaitForJsonAsync(this HttpClient api, string path, Func<JsonElement, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using var response = await api.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text}");
            var body = JsonDocument.Parse(text).RootElement.Clone();
            if (done(body)) return body;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 15 s for {what}; last body: {text}");
            await Task.Delay(50);
        }
    }
}
