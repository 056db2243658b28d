using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DrillPlatform.Tests.Content;

[Trait("Category", "Storage")]
public class AddContentTests
{
    private static IHost BuildHost(string? root)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Content:Root"] = root });
        builder.Services.AddContent(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void AddContent_RegistersTheBundleAndRegistryAsSingletons()
    {
        using var host = BuildHost(TempContent.Shipped);

        Assert.Same(host.Services.GetRequiredService<ContentBundle>(), host.Services.GetRequiredService<ContentBundle>());
        Assert.Same(host.Services.GetRequiredService<ContentBundle>().Site, host.Services.GetRequiredService<SiteRegistry>().Site);
    }

    [Fact]
    public async Task AddContent_WhenAFileIsBroken_FailsStartUp()
    {
        using var content = new TempContent();
        content.Replace("questions/fire.yaml", "citation: fire-guide", "citation: nowhere");
        using var host = BuildHost(content.Root);

        var error = await Assert.ThrowsAsync<ContentValidationException>(() => host.StartAsync());

        Assert.Contains("questions/fire.yaml:", error.Message);
    }

    [Fact]
    public void ContentRoot_WhenNotConfigured_FindsTheRepositoryTemplates()
    {
        var root = TemplatesFolder.Find(null).Root;

        Assert.True(File.Exists(Path.Combine(root, "plan", "sections.yaml")));
    }

    [Fact]
    public void ContentCheckCommand_ReportsOkOrEveryError()
    {
        using var content = new TempContent();
        var ok = new StringWriter();
        Assert.Equal(0, ContentCheckCommand.Run(content.Root, ok));
        Assert.Contains("OK", ok.ToString());

        content.Replace("site/demo-site.yaml", "    room: records-store-2\n", "    room: attic\n");
        var bad = new StringWriter();
        Assert.Equal(1, ContentCheckCommand.Run(content.Root, bad));
        Assert.Contains("site/demo-site.yaml:", bad.ToString());
    }
}
