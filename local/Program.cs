using DrillPlatform.Local;

if (args is ["validate", ..])
    return ValidateCommand.Run(args.Skip(1).ToArray());

if (args is ["import-roster", ..])
    return await ImportRosterCommand.RunAsync(args.Skip(1).ToArray());

if (args is ["fanout", ..])
    return await DrillPlatform.Local.Bench.FanOutBenchmark.RunAsync(args.Skip(1).ToArray());

if (args is ["rebuild-readiness", ..])
    return await RebuildReadinessCommand.RunAsync(args.Skip(1).ToArray());

if (args is ["bench-readiness", ..])
    return await DrillPlatform.Local.Bench.ReadinessBenchmark.RunAsync(args.Skip(1).ToArray());

if (args is ["bench-reports", ..])
    return await DrillPlatform.Local.Bench.ReportsBenchmark.RunAsync(args.Skip(1).ToArray());

if (args is ["bench-sdk", ..])
    return await DrillPlatform.Local.Bench.SdkBenchmark.RunAsync(args.Skip(1).ToArray());

if (args is ["bench", ..])
    return await DrillPlatform.Local.Bench.QuizBenchmark.RunAsync(args.Skip(1).ToArray());

var app = await LocalHost.BuildAsync(args);
await app.RunAsync();
return 0;
