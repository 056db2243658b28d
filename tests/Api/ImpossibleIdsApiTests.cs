using DrillPlatform.Tests.EndToEnd;
using static DrillPlatform.Tests.Api.ApiClient;

namespace DrillPlatform.Tests.Api;

/// <summary>Ids that could never be stored (characters Azure Storage refuses in keys) are "not found" or "bad request", never 500.</summary>
[Trait("Category", "EndToEnd")]
public sealed class ImpossibleIdsApiTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private readonly ApiClient api = new(host);

    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "/api/drills/{0}" },
        { "GET", "/api/schedules/{0}" },
        { "DELETE", "/api/schedules/{0}" },
        { "GET", "/api/equipment/{0}/checks" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Request_WithAnIdThatCannotBeAKey_Answers404Or400(string method, string route)
    {
        foreach (var id in new[] { "a/b#?", "a\\b", "tab\tid", "a?b" })
        {
            var (status, _, _) = await api.SendAsync(new HttpMethod(method), string.Format(route, Uri.EscapeDataString(id)), Trainer);

            Assert.True(status is 404 or 400 or 405, $"{method} {route} with '{id}' answered {status}");
        }
    }
}
