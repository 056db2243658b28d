namespace DrillPlatform.Core.Api;

/// <summary>An authenticated person on the roster; what they may do comes from <see cref="Permissions"/>.</summary>
public sealed record ApiCaller(StaffMember Person)
{
    public string ObjectId => Person.ObjectId;

    public bool May(Permission permission) => Person.May(permission);
}
