namespace DrillPlatform.Core.Sms;

/// <summary>Who gets a text and in which language.</summary>
public sealed record SmsRecipient(string Phone, string? Locale)
{
    public static SmsRecipient From(StaffMember staff) =>
        string.IsNullOrWhiteSpace(staff.Phone)
            ? throw new ArgumentException($"Staff member {staff.ObjectId} has no phone number to text.", nameof(staff))
            : new SmsRecipient(staff.Phone, staff.Locale);
}
