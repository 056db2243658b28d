using DrillPlatform.Core.Reports.Compliance;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>
/// The compliance report as the tables every export prints, in one order: summary, requirements,
/// drill matrix, drills, lapsed training, checks. Every cell goes through <see cref="CellText.Cell"/> here, once.
/// </summary>
public static class ComplianceSections
{
    public const string Yes = "yes";
    public const string No = "no";
    public const string Never = "never";
    public const string Separator = " | ";

    public static IReadOnlyList<ReportSection> From(ComplianceReport r) =>
    [
        Section("summary", L("概要", "Summary"), [L("项目", "Item"), L("值", "Value")],
        [
            [L("科室", "Department"), r.Department],
            [L("起始日期", "From"), Date(r.From)],
            [L("截止日期", "To"), Date(r.To)],
            [L("人数", "People"), r.Training.People],
            [L("12个月内受训人数", "Trained within 12 months"), r.Training.Trained],
            [L("演练次数", "Drills"), r.Drills.Drills],
            [L("突击演练次数", "Unannounced drills"), r.Drills.Unannounced],
            [L("被提示人数（人）", "People prompted (people)"), r.Drills.People],
            [L("提示次数（次）", "Prompts (events)"), r.Drills.Prompts],
            [L("整改措施：未完成", "Corrective actions open"), r.Actions.Open],
            [L("整改措施：逾期", "Corrective actions overdue"), r.Actions.Overdue],
            [L("整改措施：期内完成", "Corrective actions closed in the period"), r.Actions.Closed],
        ]),
        Section("requirements", L("合规要求", "Requirements"),
            [L("要求", "Requirement"), L("名称（中文）", "Title (zh-CN)"), L("名称（英文）", "Title (en)"), L("预案章节", "Plan section"),
             L("依据", "Source"), L("有问题", "Flagged"), L("结果", "Value"), L("问题", "Flags")],
            r.Rows.Select(x => Cells(x.Requirement, x.Title.ZhCn, x.Title.En, x.Plan, x.Source, x.Flagged ? Yes : No, x.Value, string.Join(Separator, x.Flags))).ToList()),
        Section("drill-matrix", L("演练矩阵（季度×班次）", "Drill matrix (quarter × shift)"), [L("季度", "Quarter"), L("班次", "Shift"), L("演练次数", "Drills")],
            r.Drills.Cells.Select(c => Cells(c.Quarter, c.Shift, c.Drills)).ToList()),
        Section("drills", L("演练记录", "Drills"),
            [L("演练", "Drill"), L("场景", "Scenario"), L("开始（本地时间）", "Launched (site time)"), L("班次", "Shift"), L("突击", "Unannounced"),
             L("邀请人数", "Invited"), L("提示人数", "Prompted"), L("回答人数", "Answered"), L("平均分", "Mean score")],
            r.Drills.List.Select(d => Cells(d.DrillId, d.ScenarioId, d.LocalLaunch.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), d.Shift,
                d.Unannounced ? Yes : No, d.Invited, d.Prompted, d.Answered, d.MeanScore)).ToList()),
        Section("lapsed", L("超过12个月未受训", "Training lapsed (over 12 months)"), [L("人员编号", "Person id"), L("姓名", "Name"), L("最近受训", "Last trained")],
            r.Training.Lapsed.Select(p => Cells(p.PersonId, p.Name, p.LastTrained is { } t ? Date(t) : Never)).ToList()),
        Section("checks", L("设备检查（按月）", "Equipment checks by month"),
            [L("检查", "Check"), L("月份", "Month"), L("应检", "Due"), L("已检", "Done"), L("不合格", "Failed"), L("缺检", "Missing")],
            r.Checks.Select(c => Cells(c.CheckId, c.Month, c.Due, c.Done, c.Failed, string.Join(", ", c.Missing))).ToList()),
    ];

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A Localized cell (the summary's item names) prints as its bilingual label.
    private static ReportSection Section(string id, Localized title, Localized[] columns, List<object?[]> rows) =>
        new(id, title, columns, rows.Select(row => (IReadOnlyList<object>)row.Select(c => c is Localized l ? CellText.Cell(ReportSection.Label(l)) : CellText.Cell(c)).ToList()).ToList());

    private static object?[] Cells(params object?[] cells) => cells;

    private static Localized L(string zh, string en) => new(zh, en);
}
