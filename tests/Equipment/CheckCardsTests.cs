using DrillPlatform.Bot.Checks;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Tests.Content;

namespace DrillPlatform.Tests.Equipment;

[Trait("Category", "Storage")]
public class CheckCardsTests
{
    private static readonly ContentBundle Content = ContentLoader.Load(TempContent.Shipped);
    private static readonly CheckCatalog Catalog = CheckCatalogLoader.Load(TempContent.Shipped, Content.Sections.Select(s => s.Id));
    private static readonly CheckCards Cards = new(new CardRenderer(TempContent.Shipped), new Texts(Content), new SiteClockProvider(Content));

    private static CheckNotice Notice(string location, CheckTask? task = null)
    {
        var definition = Catalog.Get("extinguisher-monthly")!;
        task ??= new CheckTask
        {
            Site = Content.Site.Id, EquipmentId = "fe-a101", CheckId = definition.Id, DueDate = new DateOnly(2026, 11, 30), Anchor = new DateOnly(2026, 10, 31),
            Department = "records", Responsible = "r", Deputy = "d", OpenedAt = DateTimeOffset.UnixEpoch,
        };
        var item = new EquipmentItem(Content.Site.Id, "fe-a101", EquipmentKinds.Extinguisher, "co2", null, new Localized(location, location),
            DateOnly.MinValue, null, null, "records", "r", "d");
        return new CheckNotice(task, item, definition);
    }

    [Fact]
    public void Task_HasAPassFailChoiceAndANotePerItemAndSubmitsTheTaskId()
    {
        var card = Cards.Task(Notice("north door"), CheckCardReason.Assigned, "en");

        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var inputs = card.GetProperty("body").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "Container")
            .Select(c => c.GetProperty("items")).ToList();
        Assert.Equal(7, inputs.Count);
        var gauge = inputs[2];
        Assert.Equal("(critical) The pressure gauge reads in the operable (green) range", gauge[0].GetProperty("text").GetString());
        Assert.Equal(("Input.ChoiceSet", "i_gauge", true), (gauge[1].GetProperty("type").GetString(), gauge[1].GetProperty("id").GetString(), gauge[1].GetProperty("isRequired").GetBoolean()));
        Assert.Equal(["pass", "fail"], gauge[1].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        Assert.Equal("n_gauge", gauge[2].GetProperty("id").GetString());
        var data = card.GetProperty("actions")[0].GetProperty("data");
        Assert.Equal(("check.submit", "demo-hospital:fe-a101:extinguisher-monthly:20261130"), (data.GetProperty("action").GetString(), data.GetProperty("task").GetString()));
    }

    [Theory]
    [InlineData("He said \"stop\"")]
    [InlineData("line one\nline two")]
    [InlineData("</script><script>alert(1)</script>")]
    public void Cards_WhenValuesNeedEscaping_StayValidJsonAndKeepTheValue(string hostile)
    {
        var notice = Notice(hostile);
        var done = notice with
        {
            Task = notice.Task with
            {
                Status = CheckStatus.Completed, CompletedAt = DateTimeOffset.UnixEpoch, Note = hostile,
                Answers = notice.Definition.Items.Select(i => new CheckAnswer(i.Id, i.Id != "gauge", hostile)).ToList(),
            },
        };
        var by = CheckTestHost.Person("0a000000-0000-4000-8000-000000000009", hostile, "manager", null);

        var task = Cards.Task(notice, CheckCardReason.Reminder, "zh-CN");
        var recorded = Cards.Recorded(done, by, followUpOpened: true, "en");
        var alert = Cards.Alert(done, new ManagerAlert(ManagerAlertKind.CriticalFailure, 0, [done.Definition.Item("gauge")!], by), hostile, hostile, "en");

        Assert.EndsWith(DrillPlatform.Bot.Teams.CardMarkdown.Escape(hostile), task.GetProperty("body")[2].GetProperty("text").GetString());
        Assert.Equal(DrillPlatform.Bot.Teams.CardMarkdown.Escape(hostile), recorded.GetProperty("body")[5].GetProperty("text").GetString());
        Assert.True(recorded.GetProperty("body")[6].GetProperty("isVisible").GetBoolean());
        Assert.Contains(alert.GetProperty("body")[3].GetProperty("facts").EnumerateArray(), f => f.GetProperty("value").GetString() == DrillPlatform.Bot.Teams.CardMarkdown.Escape(hostile));
        Assert.All(new[] { task, recorded, alert }, c => Assert.DoesNotContain("</script>", c.GetRawText()));
    }

    [Fact]
    public void Read_TakesEachItemsChoiceAndNoteAndIgnoresOtherFields()
    {
        var data = JsonSerializer.SerializeToElement(new Dictionary<string, string>
        {
            ["action"] = "check.submit", ["task"] = "t1", ["i_gauge"] = "fail", ["n_gauge"] = "needle at zero", ["i_seal"] = "pass",
            ["i_label"] = "maybe", ["note"] = "replace it",
        });

        var submission = CheckConversation.Read(CardAction.From(data)!);

        Assert.Equal(("t1", "replace it"), (submission.TaskId, submission.Note));
        Assert.Equal([new CheckAnswer("gauge", false, "needle at zero"), new CheckAnswer("seal", true, null)], submission.Answers);
    }
}
