namespace DrillPlatform.Bot.Teams;

/// <summary>One inbound activity from a person on the roster, with the language to answer in.</summary>
public sealed record Turn(Activity Activity, StaffMember Person, string Locale);
