namespace DrillPlatform.Core.Sms;

/// <summary>
/// Where templates/sms is: configured, copied beside the app (the Functions output), or in the
/// repository above it (local host and tests run from bin/).
/// </summary>
internal static class SmsTemplateFolder
{
    public static string Resolve(SmsOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.TemplatesFolder)) return options.TemplatesFolder;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates", "sms");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException($"No templates/sms folder beside or above {AppContext.BaseDirectory}; set Sms:TemplatesFolder.");
    }
}
