using System.Text.RegularExpressions;
using DrillPlatform.Bot.Teams;
using DrillPlatform.Core.Drills.Launching;

namespace DrillPlatform.Tests.Conversations;

[Trait("Category", "Storage")]
public class TrainerCommandsTests
{
    [Theory]
    [InlineData("schedule")]
    [InlineData("run fire-records-store records")]
    [InlineData("cancel s123")]
    public async Task TrainerCommand_FromStaff_IsRefusedPolitelyAndDoesNothing(string command)
    {
        await using var bot = await BotHarness.StartAsync();
        var clerk = await bot.PersonAsync("Clerk", "records", "en", "records-clerk");

        var sent = await bot.SendAsync(clerk, command);

        Assert.Equal(bot.Get<Texts>().Get("trainer_only", "en"), Assert.Single(sent).Text);
        Assert.Empty(await bot.Get<DrillStore>().ListByDepartmentMonthAsync("records", 2025, 3));
    }

    [Fact]
    public async Task ScheduleSubmit_ForgedByStaff_IsRefusedAndNothingIsStored()
    {
        await using var bot = await BotHarness.StartAsync();
        var clerk = await bot.PersonAsync("Clerk", "records", "en", "records-clerk");

        var sent = await bot.SendAsync(clerk, value: ValidForm());

        Assert.Equal(bot.Get<Texts>().Get("trainer_only", "en"), Assert.Single(sent).Text);
        Assert.Empty(await bot.Get<ScheduleStore>().ListAsync());
    }

    [Fact]
    public async Task Schedule_ForATrainer_SendsAFormWithEveryScenarioAndTheSubmitAction()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");

        var card = Assert.Single(await bot.SendAsync(trainer, "schedule")).Card!.Value;

        var inputs = card.GetProperty("body").EnumerateArray().Where(b => b.TryGetProperty("id", out _)).ToDictionary(b => b.GetProperty("id").GetString()!);
        Assert.Equal(bot.Get<ScenarioCatalog>().Scenarios.Count, inputs["scenario"].GetProperty("choices").GetArrayLength());
        Assert.Contains(inputs["department"].GetProperty("choices").EnumerateArray(), c => c.GetProperty("value").GetString() == "records");
        Assert.Equal("Input.Toggle", inputs["onDutyOnly"].GetProperty("type").GetString());
        Assert.Equal(15, inputs.Count);
        Assert.Equal("schedule.create", card.GetProperty("actions")[0].GetProperty("data").GetProperty("action").GetString());
    }

    [Fact]
    public async Task ScheduleSubmit_WithBadFields_NamesEachFieldAndStoresNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        var form = ValidForm();
        form["latest"] = "2025-03-01";
        form["responseDeadlineMinutes"] = "soon";

        var reply = Assert.Single(await bot.SendAsync(trainer, value: form)).Text!;

        Assert.StartsWith(bot.Get<Texts>().Get("schedule_invalid", "en"), reply);
        Assert.Contains("Surprise window: last day (latest): must not be before earliest", reply);
        Assert.Contains("(responseDeadlineMinutes): must be a whole number, not 'soon'", reply);
        Assert.Empty(await bot.Get<ScheduleStore>().ListAsync());
    }

    [Fact]
    public async Task ScheduleSubmit_WhenValid_StoresTheScheduleAsEntered()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");

        var reply = Assert.Single(await bot.SendAsync(trainer, value: ValidForm())).Text!;

        var schedule = Assert.Single(await bot.Get<ScheduleStore>().ListAsync());
        Assert.Contains(schedule.Id, reply);
        Assert.Equal("fire-records-store", schedule.ScenarioId);
        Assert.Equal(["records"], schedule.Audience.Departments);
        Assert.Equal(["records-clerk", "on-duty"], schedule.Audience.Roles);
        Assert.Equal(new DateOnly(2025, 3, 17), schedule.Earliest);
        Assert.Equal(Cadence.PerMonth(2), schedule.Cadence);
        Assert.Equal(new TimeOnly(8, 30), schedule.WorkingStart);
        Assert.Equal(20, schedule.ResponseDeadlineMinutes);
        Assert.Equal(trainer.ObjectId, schedule.CreatedBy);
    }

    [Fact]
    public async Task Run_ByATrainer_LaunchesTheDrillForTheDepartmentNow()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        var clerk = await bot.PersonAsync("Clerk", "records", "en", "records-clerk");
        await bot.PersonAsync("Elsewhere", "information", "en", "records-clerk");

        var reply = Assert.Single(await bot.SendAsync(trainer, "run fire-records-store records")).Text!;

        var id = Regex.Match(reply, @"^Drill (\S+) launched").Groups[1].Value;
        var drill = await bot.Get<DrillStore>().GetAsync(id);
        Assert.Equal(DrillStatus.Launched, drill!.Status);
        Assert.Equal(trainer.ObjectId, drill.RequestedBy);
        var people = await bot.Get<ParticipantStore>().ListAsync(id);
        Assert.Equal(new[] { clerk.ObjectId, trainer.ObjectId }.Order(), people.Select(p => p.PersonId).Order());
    }

    [Fact]
    public async Task Run_WithAnUnknownDepartment_ListsTheKnownOnesAndLaunchesNothing()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");

        var reply = Assert.Single(await bot.SendAsync(trainer, "run Fire in the records store pharmacy")).Text!;

        Assert.Equal(bot.Get<Texts>().Get("run_unknown_department", "en", "pharmacy", "records"), reply);
        Assert.Empty(await bot.Get<DrillStore>().ListByDepartmentMonthAsync("pharmacy", 2025, 3));
    }

    [Fact]
    public async Task Cancel_OfAScheduleAndOfAPlannedDrill_RemovesThem()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        await bot.SendAsync(trainer, value: ValidForm());
        var schedule = Assert.Single(await bot.Get<ScheduleStore>().ListAsync());
        var drill = Planned("d-cancel-me", bot.Clock.GetUtcNow().AddDays(3));
        await bot.Get<DrillStore>().AddPlannedAsync(drill);

        var first = Assert.Single(await bot.SendAsync(trainer, $"cancel {schedule.Id}")).Text;
        var second = Assert.Single(await bot.SendAsync(trainer, "cancel d-cancel-me")).Text;
        var third = Assert.Single(await bot.SendAsync(trainer, "cancel nothing-here")).Text;

        Assert.Equal(bot.Get<Texts>().Get("cancel_schedule_done", "en", schedule.Id, 0), first);
        Assert.Equal(bot.Get<Texts>().Get("cancel_drill_done", "en", "d-cancel-me"), second);
        Assert.Equal(bot.Get<Texts>().Get("cancel_unknown", "en", "nothing-here"), third);
        Assert.Empty(await bot.Get<ScheduleStore>().ListAsync());
        Assert.Equal(DrillStatus.Cancelled, (await bot.Get<DrillStore>().GetAsync("d-cancel-me"))!.Status);
    }

    [Fact]
    public async Task Drills_ShowTrainersThePlannedTimeButStaffOnlyTheirOwnPastResults()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        var clerk = await bot.PersonAsync("Clerk", "records", "en", "records-clerk");
        await bot.Get<DrillStore>().AddPlannedAsync(Planned("d-secret", bot.Clock.GetUtcNow().AddDays(2)) with { Explanation = "Seed 42 picked 14:05" });
        var ran = await bot.Get<DrillLauncher>().LaunchNowAsync("fire-records-store", DrillAudience.Department("records"), trainer.ObjectId, bot.Clock.GetUtcNow());
        await bot.Get<ParticipantStore>().MarkAnsweredAsync(ran.Id, clerk.ObjectId, bot.Clock.GetUtcNow(), 85);

        var trainerView = Assert.Single(await bot.SendAsync(trainer, "drills")).Card!.Value.GetRawText();
        var staffView = Assert.Single(await bot.SendAsync(clerk, "drills")).Card!.Value.GetRawText();

        Assert.Contains("d-secret", trainerView);
        Assert.Contains("Seed 42 picked 14:05", trainerView);
        Assert.Contains("2025-03-14 10:00", trainerView);
        Assert.DoesNotContain("d-secret", staffView);
        Assert.DoesNotContain("Seed 42", staffView);
        Assert.DoesNotContain("2025-03-14", staffView);
        Assert.Contains("answered, score 85", staffView);
    }

    [Fact]
    public async Task Help_ListsTrainerCommandsOnlyForTrainers()
    {
        await using var bot = await BotHarness.StartAsync();
        var trainer = await bot.PersonAsync("Trainer", "records", "en", "trainer");
        var clerk = await bot.PersonAsync("Clerk", "records", "en", "records-clerk");

        var forTrainer = Assert.Single(await bot.SendAsync(trainer, "help")).Card!.Value.GetRawText();
        var forClerk = Assert.Single(await bot.SendAsync(clerk, "help")).Card!.Value.GetRawText();

        // Card text is Markdown-escaped before it is serialised, so compare the escaped form as JSON writes it.
        Assert.Contains(JsonSerializer.Serialize(CardMarkdown.Escape("practice [scenario]")).Trim('"'), forClerk);
        Assert.Contains(JsonSerializer.Serialize(CardMarkdown.Escape("run <scenario> <department>")).Trim('"'), forTrainer);
        Assert.DoesNotContain("\"schedule\"", forClerk);
        Assert.Contains("\"schedule\"", forTrainer);
    }

    private static Dictionary<string, object> ValidForm() => new()
    {
        ["action"] = "schedule.create",
        ["scenario"] = "fire-records-store",
        ["department"] = "records",
        ["roles"] = "records-clerk,on-duty",
        ["onDutyOnly"] = "false",
        ["mode"] = "surprise",
        ["earliest"] = "2025-03-17",
        ["latest"] = "2025-04-30",
        ["announcedDate"] = "",
        ["announcedTime"] = "",
        ["cadence"] = "month",
        ["cadenceCount"] = "2",
        ["workingStart"] = "08:30",
        ["workingEnd"] = "17:00",
        ["responseDeadlineMinutes"] = "20",
        ["escalationDelayMinutes"] = "5",
    };

    private static Drill Planned(string id, DateTimeOffset at) => new()
    {
        Id = id,
        ScheduleId = "s-other",
        ScenarioId = "fire-records-store",
        Department = "records",
        LocalDate = DateOnly.FromDateTime(at.AddHours(8).UtcDateTime),
        PlannedAt = at,
        Explanation = "planned",
    };
}
