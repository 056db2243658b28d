using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using DrillPlatform.Tests.EndToEnd;

namespace DrillPlatform.Tests.Api;

/// <summary>Talks to the local host's API as a roster member, with a token from its dev issuer.</summary>
public sealed class ApiClient(LocalHostFixture host)
{
    public const string Trainer = "trainer@demo-hospital.example";
    public const string Manager = "manager@demo-hospital.example";
    public const string Staff = "li.na@demo-hospital.example";

    public async Task<string> TokenAsync(string email)
    {
        var answer = await host.Http.GetFromJsonAsync<JsonElement>($"/dev/token?as={Uri.EscapeDataString(email)}");
        return answer.GetProperty("token").GetString()!;
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string path, string? asEmail, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (asEmail is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(asEmail));
        return await SendAsync(request, json);
    }

    public async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> SendWithTokenAsync(
        HttpMethod method, string path, string token, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await SendAsync(request, json);
    }

    private async Task<(int, JsonElement, HttpResponseMessage)> SendAsync(HttpRequestMessage request, string? json)
    {
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await host.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, body, response);
    }

    /// <summary>A valid surprise schedule; tests change one field at a time.</summary>
    public static string ScheduleJson(string scenarioId = "fire-records-store", string earliest = "2031-03-01", string latest = "2031-03-31",
        string cadence = """{ "kind": "perMonth", "count": 1 }""") => $$"""
        {
          "scenarioId": "{{scenarioId}}",
          "audience": { "departments": ["records"], "roles": ["records-clerk"], "onDutyOnly": false },
          "mode": "surprise",
          "earliest": "{{earliest}}",
          "latest": "{{latest}}",
          "cadence": {{cadence}},
          "workingHours": { "start": "08:30", "end": "17:00" },
          "responseDeadlineMinutes": 30,
          "escalationDelayMinutes": 10
        }
        """;

    /// <summary>RFC 9457: every API error is application/problem+json with type, title, status and detail.</summary>
    public static void AssertProblem(int status, JsonElement body, HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, body.GetProperty("status").GetInt32());
        Assert.Equal("about:blank", body.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
    }

    public static IEnumerable<string> Fields(JsonElement body) =>
        body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!);
}
