using DrillPlatform.Core.Drills.Launching;

namespace DrillPlatform.Tests.Drills;

/// <summary>The two shapes a prompt queue message can have: a launch's batch and the one-person message.</summary>
[Trait("Category", "Unit")]
public class DrillPromptBatchTests
{
    [Fact]
    public void ParseIfBatch_OfAnEncodedBatch_ReadsItsDrillAndPeople()
    {
        var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(new DrillPromptBatch("d1", ["p1", "p2"]).Encode()));

        var batch = DrillPromptBatch.ParseIfBatch(text);

        Assert.Equal("d1", batch!.DrillId);
        Assert.Equal(["p1", "p2"], batch.ParticipantIds);
    }

    [Fact]
    public void ParseIfBatch_OfAOnePersonMessage_IsNullAndExpandReadsThePerson()
    {
        const string old = """{"drillId":"d1","participantId":"p1"}"""; // as launches before batches queued it

        Assert.Null(DrillPromptBatch.ParseIfBatch(old));
        Assert.Equal([new DrillPromptMessage("d1", "p1")], DrillPromptBatch.Expand(old));
    }

    [Fact]
    public void Expand_OfABatch_GivesOneMessagePerPerson()
    {
        Assert.Equal([new DrillPromptMessage("d1", "p1"), new DrillPromptMessage("d1", "p2")],
            DrillPromptBatch.Expand("""{"drillId":"d1","participantIds":["p1","p2"]}"""));
    }

    [Theory]
    [InlineData("""{"drillId":"d1","participantIds":[]}""")]
    [InlineData("""{"drillId":"","participantIds":["p1"]}""")]
    [InlineData("""{"drillId":"d1","participantIds":["p1",""]}""")]
    [InlineData("""{"drillId":"d1"}""")]
    public void Expand_OfAMessageWithoutADrillOrPeople_Throws(string json)
    {
        Assert.Throws<FormatException>(() => DrillPromptBatch.Expand(json));
    }
}
