namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
public class OptionOrderTests
{
    private static readonly string[] Bank = Enumerable.Range(1, 40).Select(i => $"fire-{i:000}").ToArray();

    [Fact]
    public void For_WithTheSameSeed_GivesTheSameOrderSoADebriefCanReplayIt()
    {
        var shown = OptionOrder.For("person-a", "session-1", "fire-001", 4);

        Assert.Equal(shown, OptionOrder.For("person-a", "session-1", "fire-001", 4));
        Assert.Equal([0, 1, 2, 3], shown.Order());
    }

    [Fact]
    public void For_IsPinned_SoOrdersShownBeforeAnUpgradeReplayTheSameAfterIt()
    {
        // SHA-256 + SplitMix64 + Fisher–Yates: fixed by definition, unlike System.Random(seed).
        Assert.Equal(Pinned, OptionOrder.For("person-a", "session-1", "fire-001", 4));
    }

    private static readonly int[] Pinned = [2, 1, 3, 0];

    [Fact]
    public void For_AcrossABank_GivesDifferentPeopleDifferentOrders()
    {
        var differ = Bank.Count(q => !OptionOrder.For("person-a", "s", q, 4).SequenceEqual(OptionOrder.For("person-b", "s", q, 4)));

        Assert.True(differ >= Bank.Length * 3 / 4, $"only {differ} of {Bank.Length} questions were ordered differently for two people");
    }

    [Fact]
    public void For_AcrossAttempts_GivesTheSamePersonADifferentOrder()
    {
        var differ = Bank.Count(q => !OptionOrder.For("person-a", "session-1", q, 4).SequenceEqual(OptionOrder.For("person-a", "session-2", q, 4)));

        Assert.True(differ >= Bank.Length * 3 / 4, $"only {differ} of {Bank.Length} questions were reordered on a new attempt");
    }

    [Fact]
    public void For_OverManyPeople_ShowsTheFileFirstOptionFirstAboutOnceInFour()
    {
        var first = Enumerable.Range(0, 4000).Count(p => OptionOrder.For($"person-{p}", "s", "fire-001", 4)[0] == 0);

        Assert.InRange(first / 4000.0, 0.22, 0.28);
    }

    [Fact]
    public void Arrange_KeepsEachItemWithItsRealIndex()
    {
        IReadOnlyList<string> options = ["a", "b", "c", "d", "e"];

        var shown = OptionOrder.Arrange(options, "person-a", "walk-1", "step-1");

        Assert.All(shown, s => Assert.Equal(options[s.Index], s.Item));
        Assert.Equal(options, shown.OrderBy(s => s.Index).Select(s => s.Item));
    }
}
