using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Content;

/// <summary>
/// The templates/ folder, found once (Content:Root, else published beside the app, else the
/// repository's above the current directory when run from source) and registered once by
/// <see cref="AddTemplatesFolder"/>; every reader of content, scenarios, calendar, cards and SMS
/// asks it for paths instead of searching itself.
/// </summary>
public sealed class TemplatesFolder(string root)
{
    // sections.yaml marks a content folder; other folders called templates/ (e.g. in bin/) do not count.
    private static readonly string Marker = System.IO.Path.Combine("plan", "sections.yaml");

    public string Root { get; } = root;

    /// <summary>A path inside templates/, e.g. Path("calendar", "site-calendar.yaml").</summary>
    public string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static TemplatesFolder Find(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured);
            return Directory.Exists(full)
                ? new(full)
                : throw new DirectoryNotFoundException($"Content:Root is '{configured}', but the folder '{full}' does not exist.");
        }

        var besideApp = System.IO.Path.Combine(AppContext.BaseDirectory, "templates");
        if (IsContent(besideApp))
            return new(besideApp);

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "templates");
            if (IsContent(candidate))
                return new(candidate);
        }
        throw new DirectoryNotFoundException(
            $"No templates folder found beside {AppContext.BaseDirectory} or above {Directory.GetCurrentDirectory()}; set Content:Root.");
    }

    private static bool IsContent(string folder) => File.Exists(System.IO.Path.Combine(folder, Marker));
}

public static class TemplatesFolderServiceCollectionExtensions
{
    /// <summary>The one registration of the templates folder; every Add* that reads templates calls it.</summary>
    public static IServiceCollection AddTemplatesFolder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContentOptions>().Bind(configuration.GetSection(ContentOptions.Section));
        services.TryAddSingleton(sp => TemplatesFolder.Find(sp.GetRequiredService<IOptions<ContentOptions>>().Value.Root));
        return services;
    }
}
