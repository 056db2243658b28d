using System.Net.Http.Json;
using DrillPlatform.Tests.EndToEnd;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Api;

/// <summary>Who may call what, through the real local host: the token says who, the roster says what they may do.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ApiAccessTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string TrainerObjectId = "92483248-644b-597d-b3a7-1fe4f4d83c0f";
    private readonly ApiClient api = new(host);

    [Theory]
    [InlineData("GET", "/api/schedules")]
    [InlineData("POST", "/api/schedules")]
    [InlineData("DELETE", "/api/schedules/s123")]
    [InlineData("POST", "/api/drills")]
    [InlineData("GET", "/api/drills/d123")]
    [InlineData("GET", "/api/checks?status=overdue")]
    [InlineData("GET", "/api/equipment/fe-a101/checks")]
    [InlineData("GET", "/api/drills/d123/review")]
    [InlineData("POST", "/api/drills/d123/findings")]
    [InlineData("POST", "/api/corrective-actions")]
    [InlineData("POST", "/api/corrective-actions/a123/close")]
    public async Task Api_WithoutToken_Returns401WithBearerChallenge(string method, string path)
    {
        var (status, body, response) = await api.SendAsync(new HttpMethod(method), path, asEmail: null, json: method == "POST" ? "{}" : null);

        Assert.Equal(401, status);
        AssertProblem(401, body, response);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Api_WithTokenForgedByAnotherKey_Returns401()
    {
        var issuerName = host.App.Services.GetRequiredService<DevIssuer>().Issuer;
        using var forger = new DevIssuer(issuerName);
        var forged = forger.CreateUserToken(TrainerObjectId, "宋佳", Trainer, ["trainer"], LocalDevelopment.DevAppId);

        var (status, body, response) = await api.SendWithTokenAsync(HttpMethod.Get, "/api/schedules", forged);

        Assert.Equal(401, status);
        AssertProblem(401, body, response);
        Assert.Contains("signature", body.GetProperty("detail").GetString());
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.Single().Parameter);
    }

    [Fact]
    public async Task Api_WhenTokenClaimsTrainerRoleButRosterDoesNot_Returns403()
    {
        // A genuine token whose roles claim says trainer, for someone the roster knows as staff.
        var issuer = host.App.Services.GetRequiredService<DevIssuer>();
        var staffId = (await host.App.Services.GetRequiredService<DrillPlatform.Core.Roster.RosterStore>().FindByEmailAsync(Staff))!.ObjectId;
        var token = issuer.CreateUserToken(staffId, "李娜", Staff, ["trainer"], LocalDevelopment.DevAppId);

        var (status, _, _) = await api.SendWithTokenAsync(HttpMethod.Post, "/api/schedules", token, ScheduleJson());

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Api_WhenCallerIsNotOnTheRoster_Returns403()
    {
        var issuer = host.App.Services.GetRequiredService<DevIssuer>();
        var token = issuer.CreateUserToken(Guid.NewGuid().ToString(), "Stranger", "stranger@example.org", ["trainer"], LocalDevelopment.DevAppId);

        var (status, body, response) = await api.SendWithTokenAsync(HttpMethod.Get, "/api/schedules", token);

        Assert.Equal(403, status);
        AssertProblem(403, body, response);
        Assert.Contains("roster", body.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("GET", "/api/schedules")]
    [InlineData("POST", "/api/schedules")]
    [InlineData("POST", "/api/drills")]
    [InlineData("GET", "/api/drills/d123")]
    [InlineData("GET", "/api/checks?status=overdue")]
    [InlineData("GET", "/api/equipment/fe-a101/checks")]
    public async Task Api_ForStaff_Returns403(string method, string path)
    {
        var (status, _, _) = await api.SendAsync(new HttpMethod(method), path, Staff, method == "POST" ? ScheduleJson() : null);

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Api_ForManager_AllowsReadingButNotChanging()
    {
        var created = await api.SendAsync(HttpMethod.Post, "/api/schedules", Trainer, ScheduleJson());
        var id = created.Body.GetProperty("id").GetString()!;

        var list = await api.SendAsync(HttpMethod.Get, "/api/schedules", Manager);
        var create = await api.SendAsync(HttpMethod.Post, "/api/schedules", Manager, ScheduleJson());
        var delete = await api.SendAsync(HttpMethod.Delete, $"/api/schedules/{id}", Manager);
        var launch = await api.SendAsync(HttpMethod.Post, "/api/drills", Manager, """{ "scenarioId": "power-outage", "audience": {} }""");

        Assert.Equal(200, list.Status);
        Assert.Contains(list.Body.EnumerateArray(), s => s.GetProperty("id").GetString() == id);
        Assert.Equal(403, create.Status);
        Assert.Equal(403, delete.Status);
        Assert.Equal(403, launch.Status);
    }

    [Fact]
    public async Task DevToken_IsAcceptedByTheApi_WithTheLocalDefaults()
    {
        var token = await api.TokenAsync(Trainer);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/schedules");
        request.Headers.Authorization = new("Bearer", token);

        var response = await host.Http.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(await response.Content.ReadFromJsonAsync<object[]>());
    }
}
