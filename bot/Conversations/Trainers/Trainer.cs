using DrillPlatform.Core.Roster;

namespace DrillPlatform.Bot.Conversations.Trainers;

/// <summary>Who may schedule, launch and cancel drills: the roster role, checked on the server for every command and form.</summary>
public static class Trainer
{
    public const string Role = "trainer";

    public static bool Is(StaffMember person) => person.HasRole(Role);
}
