using Microsoft.Playwright;

namespace DrillPlatform.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright. Without it the browser tests are skipped and say why,
/// except under CI=true, where a missing browser is a failure.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<ChromiumPage> OpenAsync()
    {
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!File.Exists(Path))
        {
            Assert.False(inCi, $"CI=true but {Path} is missing: .ci/run installs the Debian chromium package.");
            Skip.If(true, $"{Path} is not installed (apt-get install -y chromium); browser test skipped.");
        }
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return new ChromiumPage(playwright, browser, await browser.NewPageAsync());
    }
}

/// <summary>A page in its own browser; disposing closes both.</summary>
public sealed class ChromiumPage(IPlaywright playwright, IBrowser browser, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
