namespace DrillPlatform.Core.Content;

/// <summary>A section of the emergency plan that content cites, e.g. "fire" → 预案 三、火灾.</summary>
public sealed record PlanSection(string Id, Localized Title, string Source);

/// <summary>An emergency post from the plan and the duties that go with it.</summary>
public sealed record RoleDefinition(string Id, Localized Name, Localized Post, IReadOnlyList<Localized> Duties, string Citation);

/// <summary>One multiple-choice question. Roles empty = asked of everyone.</summary>
public sealed record Question(
    string Id,
    string Topic,
    IReadOnlyList<string> Roles,
    string Citation,
    Localized Text,
    IReadOnlyList<Localized> Options,
    int Correct,
    Localized Explanation)
{
    /// <summary>Option indices that would put someone in danger (`dangerous: [..]`); choosing one gets a clear warning.</summary>
    public IReadOnlyList<int> Dangerous { get; init; } = [];
}

public sealed record EmergencyNumber(string Number, Localized Name, string Citation);

public sealed record Building(string Id, Localized Name, int Floors);

/// <summary>A room. FireClasses: what burns there (GB/T 4968); none declared means class A, since paper is in every room.</summary>
public sealed record Room(string Id, string Building, int Floor, Localized Name, string Kind, double X, double Y, IReadOnlyList<string>? FireClasses = null)
{
    public IReadOnlyList<string> Classes => FireClasses ?? ["A"];
}

public sealed record Extinguisher(string Id, string Type, string Room, Localized Location, double X, double Y);

public sealed record Site(
    string Id,
    Localized Name,
    string TimeZone,
    IReadOnlyList<Building> Buildings,
    IReadOnlyList<Room> Rooms,
    IReadOnlyList<Extinguisher> Extinguishers,
    IReadOnlyList<SiteContact>? ContactList = null,
    IReadOnlyList<SitePlace>? PlaceList = null)
{
    public IReadOnlyList<SiteContact> Contacts => ContactList ?? [];
    public IReadOnlyList<SitePlace> Places => PlaceList ?? [];

    /// <summary>The site's time zone (IANA, checked at load): the one zone drills, checks, readiness and reports use.</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}

/// <summary>Everything loaded from templates/, validated together.</summary>
public sealed record ContentBundle(
    IReadOnlyList<PlanSection> Sections,
    IReadOnlyList<RoleDefinition> Roles,
    IReadOnlyList<EmergencyNumber> Numbers,
    IReadOnlyList<Question> Questions,
    Site Site,
    IReadOnlyDictionary<string, Localized> Texts);
