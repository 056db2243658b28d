using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Drills.Calendar;
using DrillPlatform.Core.Reports.Compliance;
using DrillPlatform.Core.Reports.Records;
using DrillPlatform.Core.Reports.Review;
using DrillPlatform.Core.Scenarios;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Core.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>Drill records, reviews, corrective actions and the compliance report. Call after AddDrills and AddReadiness.</summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportOptions>()
            .Bind(configuration.GetSection(ReportOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => new DrillRecordBuilder(sp.GetRequiredService<SiteCalendar>(), sp.GetRequiredService<ScenarioCatalog>()));
        services.AddSingleton<DrillRecordStore>();
        services.AddSingleton<DrillRecords>();
        services.AddSingleton<Citations>();
        services.AddSingleton<FindingStore>();
        services.AddSingleton<CorrectiveActionStore>();
        services.AddSingleton<DrillReviews>();
        services.AddSingleton<CorrectiveActionClosing>();
        // ICorrectiveActionNotifier comes from the bot (AddReportsBot).
        services.AddSingleton<ReviewWriter>();
        services.AddTransient<CorrectiveActionEscalation>();
        services.AddTemplatesFolder(configuration);
        services.AddSingleton(sp => new DrillPlatform.Core.Reports.Tab.ReportPage(sp.GetRequiredService<DrillPlatform.Core.Content.TemplatesFolder>()));
        services.AddSingleton(sp => new ComplianceMatrix(RequirementsLoader.Load(sp.GetRequiredService<DrillPlatform.Core.Content.TemplatesFolder>().Root,
            sp.GetRequiredService<DrillPlatform.Core.Content.ContentBundle>().Sections.Select(s => s.Id))));
        services.AddSingleton<DrillPlatform.Core.Reports.Compliance.ComplianceSources>();
        services.AddSingleton<DrillPlatform.Core.Reports.Exports.ComplianceExports>();
        return services;
    }
}
