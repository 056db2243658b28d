namespace DrillPlatform.Tests.Content;

[Trait("Category", "Unit")]
[Collection(ConsoleOutput.Name)]
public class ValidateCommandTests
{
    [Fact]
    public void Validate_TheShippedTemplates_PassesAndNamesTheReadinessModelAndTheSmsContent()
    {
        var (status, output) = Run(CopyOfTemplates());

        Assert.True(status == 0, output);
        Assert.Contains("readiness: OK", output);
        Assert.Contains("sms: OK", output);
    }

    [Fact]
    public void Validate_WhenReadinessYamlLacksATopicOfTheBank_FailsNamingTheFileAndLine()
    {
        var folder = CopyOfTemplates();
        var path = Path.Combine(folder, "readiness", "readiness.yaml");
        var yaml = File.ReadAllText(path);
        File.WriteAllText(path, yaml.Replace("  - id: theft\n", "  - id: not-a-bank-topic\n", StringComparison.Ordinal));

        var (status, output) = Run(folder);

        Assert.Equal(1, status);
        Assert.Matches(@"readiness[/\\]readiness\.yaml:\d+: question topic 'theft' has no entry in topics", output);
    }

    [Fact]
    public void Validate_WhenAnAlibabaCloudTemplateLacksALanguage_Fails()
    {
        var folder = CopyOfTemplates();
        var path = Path.Combine(folder, "sms", "aliyun.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("      code: SMS_100000002\n", "      cod: SMS_100000002\n", StringComparison.Ordinal));

        var (status, output) = Run(folder);

        Assert.Equal(1, status);
        Assert.Matches(@"sms/aliyun\.yaml:\d+: missing 'code'", output);
    }

    private static (int Status, string Output) Run(string folder)
    {
        var original = Console.Out;
        using var capture = new StringWriter();
        Console.SetOut(capture);
        try
        {
            return (ValidateCommand.Run([folder]), capture.ToString());
        }
        finally
        {
            Console.SetOut(original);
        }
    }

    private static string CopyOfTemplates()
    {
        var target = Path.Combine(Path.GetTempPath(), "validate-" + Guid.NewGuid().ToString("N"), "templates");
        var source = Path.Combine(AzuriteFixture.RepoRoot, "templates");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}

/// <summary>Tests that redirect Console.Out run one at a time.</summary>
[CollectionDefinition(ConsoleOutput.Name, DisableParallelization = true)]
public sealed class ConsoleOutput
{
    public const string Name = "Console output";
}
