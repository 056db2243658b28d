using DrillPlatform.Core.Content;

namespace DrillPlatform.Local;

/// <summary>`dotnet run --project local -- validate [templates folder]`: checks every content file.</summary>
public static class ValidateCommand
{
    public static int Run(string[] args) => ContentCheckCommand.Run(args.FirstOrDefault(), Console.Out);
}
