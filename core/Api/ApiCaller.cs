using DrillPlatform.Core.Roster;

namespace DrillPlatform.Core.Api;

public enum ApiRole
{
    Manager,
    Trainer,
}

/// <summary>An authenticated person on the roster and the API role the roster gives them.</summary>
public sealed record ApiCaller(StaffMember Person, ApiRole Role)
{
    public string ObjectId => Person.ObjectId;
}
