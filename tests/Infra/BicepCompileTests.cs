namespace DrillPlatform.Tests.Infra;

// The gate the deployment relies on: main.bicep and the sample parameter files compile and pass
// the linter (bicepconfig.json raises the rules that matter to errors) with nothing reported.
[Trait("Category", "Infra")]
public sealed class BicepCompileTests
{
    [Fact]
    public async Task Build_MainBicep_CompilesWithoutErrorsOrWarnings()
    {
        var result = await Bicep.RunAsync("build", Bicep.MainBicep, "--stdout");

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(string.IsNullOrWhiteSpace(result.StdErr), $"bicep build reported:\n{result.StdErr}");
    }

    [Fact]
    public async Task Lint_MainBicep_ReportsNothing()
    {
        var result = await Bicep.RunAsync("lint", Bicep.MainBicep);

        Assert.True(result.ExitCode == 0, result.Describe());
        Assert.True(string.IsNullOrWhiteSpace(result.StdErr + result.StdOut), $"bicep lint reported:\n{result.StdErr}{result.StdOut}");
    }

    [Fact]
    public async Task BuildParams_EverySampleEnvironment_CompilesAndLintsClean()
    {
        var files = Directory.GetFiles(Bicep.InfraDir, "*.bicepparam");
        Assert.NotEmpty(files);

        foreach (var file in files)
        {
            var build = await Bicep.RunAsync("build-params", file, "--stdout");
            Assert.True(build.ExitCode == 0 && string.IsNullOrWhiteSpace(build.StdErr), $"{Path.GetFileName(file)}: {build.Describe()}");
            var lint = await Bicep.RunAsync("lint", file);
            Assert.True(lint.ExitCode == 0 && string.IsNullOrWhiteSpace(lint.StdErr), $"{Path.GetFileName(file)}: {lint.Describe()}");
        }
    }

    [Fact]
    public async Task Lint_WhenATemplateBreaksARaisedRule_FailsWithAnError()
    {
        // Proves the gate has teeth: the same bicepconfig.json turns these findings into errors.
        var dir = Directory.CreateTempSubdirectory("bicep-lint-").FullName;
        try
        {
            File.Copy(Path.Combine(Bicep.InfraDir, "bicepconfig.json"), Path.Combine(dir, "bicepconfig.json"));
            var bad = Path.Combine(dir, "bad.bicep");
            await File.WriteAllTextAsync(bad, """
                param unused string
                output login string = 'https://login.microsoftonline.com/'
                """);

            var result = await Bicep.RunAsync("lint", bad);

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Error no-unused-params", result.StdErr);
            Assert.Contains("Error no-hardcoded-env-urls", result.StdErr);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
