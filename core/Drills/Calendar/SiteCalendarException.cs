namespace DrillPlatform.Core.Drills.Calendar;

/// <summary>The calendar file is wrong; each error reads "file:line: reason".</summary>
public sealed class SiteCalendarException(IReadOnlyList<string> errors)
    : Exception("The site calendar is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
