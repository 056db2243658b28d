namespace DrillPlatform.Core.Readiness.Config;

/// <summary>
/// The readiness model as configured in templates/readiness/readiness.yaml: weights, bands, decay,
/// gates, the topics with their labels and plan citations, and every sentence a score shows.
/// </summary>
public sealed record ReadinessModel(
    ReadinessWeights Weights,
    int ReadyAt,
    int AtRiskAt,
    TimeSpan DrillHalfLife,
    TimeSpan CheckWindow,
    int CheckGraceDays,
    ReadinessGate TrainingGate,
    ReadinessGate DrillGate,
    IReadOnlyList<ReadinessTopic> Topics,
    IReadOnlyDictionary<string, Localized> Texts)
{
    /// <summary>Check records older than this before a person's newest are dropped from the row; a month beyond the window.</summary>
    public TimeSpan CheckRecordsKept => CheckWindow + TimeSpan.FromDays(30);

    public ReadinessTopic? Topic(string id) => Topics.FirstOrDefault(t => t.Id == id);

    public Localized Text(string key) => Texts[key];
}

public sealed record ReadinessWeights(double Knowledge, double Drills, double Equipment);

/// <summary>A gate: no such activity within Months makes a person not ready; Citation is the rule that asks for it.</summary>
public sealed record ReadinessGate(string Id, int Months, Localized Label, Localized Citation);

/// <summary>A plan topic of the question bank: its label and the plan section (sections.yaml id) it is taught from.</summary>
public sealed record ReadinessTopic(string Id, Localized Label, string Citation);
