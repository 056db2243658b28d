using DrillPlatform.Core.Content.Loading;
using YamlDotNet.RepresentationModel;

namespace DrillPlatform.Core.Scenarios;

internal static class PlanActionReader
{
    public static IReadOnlyList<PlanAction> Read(NodeReader r, YamlNode? root) =>
        r.Items(root, "the plan action catalogue").Select(map =>
        {
            r.AllowKeys(map, "id", "name", "citation", "addition");
            return new PlanAction(
                r.Text(map, "id"),
                r.Localized(map, "name"),
                r.OneOrMore(map, "citation"),
                r.OptionalText(map, "addition"),
                r.File,
                YamlFile.Line(map));
        }).ToList();
}
