using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace DrillPlatform.Tests.EndToEnd;

[Trait("Category", "EndToEnd")]
public class QuizEndToEndTests(LocalHostFixture host) : IClassFixture<LocalHostFixture>
{
    private const string Clerk = "li.na@demo-hospital.example";

    [Fact]
    public async Task Quiz_WhenAnsweredThroughApiMessages_UpdatesEachCardAndEndsWithAResult()
    {
        var person = await PersonAsync(Clerk);
        var conversation = $"a:emulator-{person.GetProperty("objectId").GetString()}";
        var content = host.App.Services.GetRequiredService<ContentBundle>();
        await host.SendAsync(Clerk, new { type = "message", text = "language en", locale = "en-US" });
        await host.SendAsync(Clerk, new { type = "message", text = "quiz", locale = "en-US" });

        var rightSoFar = 0;
        for (var index = 0; index < 5; index++)
        {
            var activities = await host.WaitForAsync(conversation, a => QuestionCards(a).Count() > index, $"question {index + 1}");
            var card = QuestionCards(activities).ElementAt(index);
            var question = content.Questions.Single(q => q.Text.En == CardText(card, 1));
            var option = index % 2 == 0 ? question.Correct : (question.Correct + 1) % question.Options.Count;
            rightSoFar += option == question.Correct ? 1 : 0;
            var data = DrillPlatform.Tests.Conversations.OptionButtons.Data(card.GetProperty("attachments")[0].GetProperty("content"), option);

            await host.SendAsync(Clerk, new { type = "message", value = data, replyToId = card.GetProperty("id").GetString(), locale = "en-US" });
            await host.SendAsync(Clerk, new { type = "message", value = data, replyToId = card.GetProperty("id").GetString(), locale = "en-US" });
        }

        var final = await host.WaitForAsync(conversation, a => a.Any(IsResult), "the result card");
        var result = final.Single(IsResult);
        Assert.Equal($"{rightSoFar} of 5 right", CardText(result, 1));
        var answered = final.Where(IsAnswered).ToList();
        Assert.Equal(5, answered.Count);
        Assert.Equal(5, QuestionCards(final).Count());
        Assert.Equal(rightSoFar, answered.Count(a => CardText(a, 2) == "✓ Right"));
    }

    [Fact]
    public async Task Messages_WhenTokenIsMissingOrForged_Returns401AndTheBotSaysNothing()
    {
        var person = await PersonAsync(Clerk);
        var objectId = person.GetProperty("objectId").GetString()!;
        var conversation = $"a:forged-{Guid.NewGuid():N}";
        var activity = new Activity
        {
            Type = "message", Text = "quiz", ChannelId = "msteams", ServiceUrl = $"{host.BaseUrl}/emulator/",
            From = new ChannelAccount { Id = "29:x", AadObjectId = objectId },
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal" },
            Recipient = new ChannelAccount { Id = $"28:{LocalDevelopment.DevAppId}" },
        };
        var forger = new DevIssuer(host.App.Services.GetRequiredService<DevIssuer>().Issuer);

        foreach (var token in new string?[] { null, forger.CreateChannelToken(LocalDevelopment.DevAppId, activity.ServiceUrl) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8, "application/json"),
            };
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var response = await host.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var page = await host.Http.GetFromJsonAsync<JsonElement>($"/emulator/conversations/{Uri.EscapeDataString(conversation)}/activities");
        Assert.Equal(0, page.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Message_FromSomeoneNotOnTheRoster_GetsAPoliteAnswer()
    {
        var issuer = host.App.Services.GetRequiredService<DevIssuer>();
        var conversation = $"a:stranger-{Guid.NewGuid():N}";
        var serviceUrl = $"{host.BaseUrl}/emulator/";
        var activity = new Activity
        {
            Type = "message", Text = "quiz", ChannelId = "msteams", ServiceUrl = serviceUrl, Locale = "en-US",
            From = new ChannelAccount { Id = "29:stranger", AadObjectId = Guid.NewGuid().ToString() },
            Conversation = new ConversationAccount { Id = conversation, ConversationType = "personal", TenantId = LocalDevelopment.DevTenantId },
            Recipient = new ChannelAccount { Id = $"28:{LocalDevelopment.DevAppId}" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonSerializer.Serialize(activity, ProtocolJson.Options), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", issuer.CreateChannelToken(LocalDevelopment.DevAppId, serviceUrl));

        var response = await host.Http.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"status {response.StatusCode}");
        var reply = (await host.WaitForAsync(conversation, a => a.Count > 0, "the reply")).Single();
        var texts = host.App.Services.GetRequiredService<DrillPlatform.Bot.Conversations.Texts>();
        Assert.Equal(texts.Get("unknown_person", "en"), reply.GetProperty("text").GetString());
    }

    private async Task<JsonElement> PersonAsync(string email) =>
        (await host.Http.GetFromJsonAsync<JsonElement[]>("/emulator/roster"))!.Single(p => p.GetProperty("email").GetString() == email);

    private static JsonElement? Card(JsonElement activity) =>
        activity.TryGetProperty("attachments", out var attachments) ? attachments[0].GetProperty("content") : null;

    private static string? CardText(JsonElement activity, int block) =>
        Card(activity)?.GetProperty("body")[block].GetProperty("text").GetString();

    private static IEnumerable<JsonElement> QuestionCards(List<JsonElement> activities) =>
        activities.Where(a => Card(a) is { } c && c.TryGetProperty("actions", out var actions)
                              && actions[0].GetProperty("data").GetProperty("action").GetString() == "quiz.answer"
                              || IsAnswered(a));

    private static bool IsAnswered(JsonElement activity) =>
        Card(activity) is { } c && c.GetProperty("body").GetArrayLength() == 6
        && c.GetProperty("body")[3].GetProperty("type").GetString() == "FactSet";

    private static bool IsResult(JsonElement activity) =>
        Card(activity) is { } c && c.TryGetProperty("actions", out var actions)
        && actions[0].GetProperty("data").GetProperty("action").GetString() == "quiz.start"
        && c.GetProperty("body")[0].GetProperty("text").GetString() == "Quiz result";
}
