namespace DrillPlatform.Core.Content;

/// <summary>
/// Builds "which extinguisher is nearest to room X?" from the site registry, so the questions follow
/// the equipment when it moves. The plan asks every person to know where the extinguishers are.
/// </summary>
public static class ExtinguisherQuestions
{
    public const string Topic = "extinguisher";
    public const string IdPrefix = "ext-";
    public const string Citation = "training-responsibility";
    public const int OfficesAsked = 3;
    private const int Distractors = 3;

    public static IReadOnlyList<Question> Generate(Site site, SiteRegistry registry)
    {
        var rooms = site.Rooms.Where(r => r.Kind is "records-store" or "records-office")
            .Concat(site.Rooms.Where(r => r.Kind == "office").Take(OfficesAsked));
        return rooms.Select(room => ForRoom(site, registry, room)).OfType<Question>().ToList();
    }

    private static Question? ForRoom(Site site, SiteRegistry registry, Room room)
    {
        var ranked = registry.Nearest(room, site.Extinguishers.Count);
        if (ranked.Count < 2)
            return null;
        var nearest = ranked[0];
        // A tie with the nearest would make two answers right, so distractors must be strictly farther.
        var distractors = ranked.Skip(1).Where(r => r.Distance > nearest.Distance + 0.5).Take(Distractors).ToList();
        if (distractors.Count == 0)
            return null;

        var choices = distractors.Select(d => d.Extinguisher).ToList();
        var correct = StablePosition(room.Id, choices.Count + 1);
        choices.Insert(correct, nearest.Extinguisher);

        var where = Where(site, room);
        var answer = Describe(site, nearest.Extinguisher);
        return new Question(
            IdPrefix + room.Id,
            Topic,
            [],
            Citation,
            new Localized($"离{where.ZhCn}最近的灭火器是哪一个？", $"Which extinguisher is nearest to {where.En}?"),
            choices.Select(e => Describe(site, e)).ToList(),
            correct,
            new Localized(
                $"最近的是：{answer.ZhCn}。预案要求所有人员熟悉消防器具的存放位置和使用方法。",
                $"The nearest is {answer.En}. The plan asks everyone to know where the extinguishers are kept and how to use them."));
    }

    private static Localized Where(Site site, Room room)
    {
        var building = site.Buildings.FirstOrDefault(b => b.Id == room.Building)?.Name ?? new Localized(room.Building, room.Building);
        return new Localized($"{building.ZhCn}{room.Floor}楼{room.Name.ZhCn}",
            $"{room.Name.En} ({building.En}, floor {room.Floor})");
    }

    private static Localized Describe(Site site, Extinguisher extinguisher)
    {
        var room = site.Rooms.First(r => r.Id == extinguisher.Room);
        var type = ExtinguisherTypeNames.For(extinguisher.Type);
        return new Localized(
            $"{room.Name.ZhCn}（{room.Floor}楼）{extinguisher.Location.ZhCn}的{type.ZhCn}",
            $"the {type.En} {extinguisher.Location.En} ({room.Name.En}, floor {room.Floor})");
    }

    // string.GetHashCode is randomised per process; the answer's position must not move between runs.
    private static int StablePosition(string id, int count) => id.Sum(c => c) % count;
}
