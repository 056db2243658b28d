using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Tasks;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;

namespace DrillPlatform.Core.Reports.Compliance;

/// <summary>What the matrix is computed from: roll-up rows only (one per drill, person, check period, action), never raw history.</summary>
public sealed record ComplianceInput(
    string Department, DateOnly From, DateOnly To, DateOnly Today, TimeZoneInfo Zone, IReadOnlyList<Shift> Shifts,
    IReadOnlyList<DrillRecord> Drills, IReadOnlyList<TrainedPerson> People, IReadOnlyList<EquipmentItem> Equipment,
    IReadOnlyList<CheckTask> Checks, IReadOnlyList<CorrectiveAction> Actions);

/// <summary>A person of the department and their last training (quiz, practice or answered drill), site-local; PromptedInPeriod from their drill roll-up.</summary>
public sealed record TrainedPerson(string PersonId, string Name, DateOnly? LastTrained, bool PromptedInPeriod = false);

public sealed record ComplianceReport(
    string Department, DateOnly From, DateOnly To, IReadOnlyList<ComplianceRow> Rows, DrillMatrix Drills,
    TrainingSummary Training, IReadOnlyList<CheckMonth> Checks, ActionSummary Actions);

/// <summary>One requirement's result: Value in numbers (people and events named), Flags say what is wrong.</summary>
public sealed record ComplianceRow(string Requirement, Localized Title, string Plan, string Source, bool Flagged, string Value, IReadOnlyList<string> Flags);

/// <summary>Drills per quarter and shift. People and Prompts are counted separately: people prompted at least once, and prompts sent.</summary>
public sealed record DrillMatrix(IReadOnlyList<string> Quarters, IReadOnlyList<string> Shifts, IReadOnlyList<DrillCell> Cells,
    int Drills, int Unannounced, int People, int Prompts, IReadOnlyList<DrillLine> List);

public sealed record DrillCell(string Quarter, string Shift, int Drills);

public sealed record DrillLine(string DrillId, string ScenarioId, DateTime LocalLaunch, string Shift, bool Unannounced, int Invited, int Prompted, int Answered, double? MeanScore);

public sealed record TrainingSummary(int People, int Trained, IReadOnlyList<TrainedPerson> Lapsed);

/// <summary>One check definition in one month: items due, done, and the items missing (not done, or never scheduled).</summary>
public sealed record CheckMonth(string CheckId, string Month, int Due, int Done, int Failed, IReadOnlyList<string> Missing);

public sealed record ActionSummary(int Open, int Overdue, int Closed);
