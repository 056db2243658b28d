using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Readiness.Config;
using DrillPlatform.Tests.Content;

namespace DrillPlatform.Tests.Readiness;

public sealed class ReadinessLoaderTests
{
    [Fact]
    public void ShippedModel_Loads_WithTheDocumentedDefaults()
    {
        var model = ReadinessTestModel.Model;

        Assert.Equal(new ReadinessWeights(40, 40, 20), model.Weights);
        Assert.Equal((80, 60), (model.ReadyAt, model.AtRiskAt));
        Assert.Equal(TimeSpan.FromDays(90), model.DrillHalfLife);
        Assert.Equal((12, 6), (model.TrainingGate.Months, model.DrillGate.Months));
        Assert.All(ReadinessLoader.TextKeys, key => Assert.False(string.IsNullOrWhiteSpace(model.Text(key).ZhCn + model.Text(key).En)));
    }

    [Fact]
    public void ShippedModel_HasEveryTextAndLabelInBothLanguages()
    {
        var model = ReadinessTestModel.Model;
        var all = model.Texts.Values.Concat(model.Topics.Select(t => t.Label))
            .Concat([model.TrainingGate.Label, model.TrainingGate.Citation, model.DrillGate.Label, model.DrillGate.Citation]);
        Assert.All(all, text => Assert.True(text.ZhCn.Length > 0 && text.En.Length > 0, $"'{text.ZhCn}' / '{text.En}'"));
    }

    [Fact]
    public void BadModel_ReportsEveryProblem_AsFileAndLine()
    {
        using var content = new TempContent();
        var weightLine = content.Replace(ReadinessLoader.File, "  drills: 40", "  drills: lots");
        var topicLine = content.Replace(ReadinessLoader.File, "citation: theft-scene", "citation: no-such-section");
        var textLine = content.Replace(ReadinessLoader.File, "en: \"{topic}: {recalled} of {total} recalled\"", "en: \"{topic}: {recalled} recalled\"");
        content.Replace(ReadinessLoader.File, "  - id: theft\n", "  - id: stolen\n");
        var bundle = ContentLoader.Load(content.Root);

        var errors = Assert.Throws<ContentValidationException>(() => ReadinessLoader.Load(content.Root, bundle)).Errors;

        Assert.Contains(errors, e => e.File == ReadinessLoader.File && e.Line == weightLine && e.Reason.Contains("'drills' must be a number"));
        Assert.Contains(errors, e => e.Line == topicLine && e.Reason.Contains("'no-such-section' is not a section"));
        Assert.Contains(errors, e => e.Line == textLine && e.Reason.Contains("reason_topic"));
        Assert.Contains(errors, e => e.Reason.Contains("question topic 'theft' has no entry"));
        Assert.Contains($"{ReadinessLoader.File}:{weightLine}:", errors.Select(e => e.ToString()).First(e => e.Contains("drills")));
    }

    [Fact]
    public void MissingTranslation_IsAnError()
    {
        using var content = new TempContent();
        var line = content.Replace(ReadinessLoader.File, "band_ready: { zh-CN: 已准备好, en: Ready }", "band_ready: { en: Ready }");

        var errors = Assert.Throws<ContentValidationException>(() => ReadinessLoader.Load(content.Root, ContentLoader.Load(content.Root))).Errors;

        Assert.Contains(errors, e => e.Line == line && e.Reason.Contains("missing zh-CN translation"));
    }
}
