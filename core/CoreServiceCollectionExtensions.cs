using DrillPlatform.Core.Drills;
using DrillPlatform.Core.Equipment;
using DrillPlatform.Core.Quizzes;
using DrillPlatform.Core.Readiness;
using DrillPlatform.Core.Reports;
using DrillPlatform.Core.Scenarios;
using DrillPlatform.Core.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core;

public static class CoreServiceCollectionExtensions
{
    /// <summary>The domain: content, storage, roster, quizzes, scenarios, drills, SMS. Functions and the local host both call this.</summary>
    public static IServiceCollection AddCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddContent(configuration);
        services.AddStorage(configuration);
        services.AddRoster(configuration);
        services.AddQuizzes(configuration);
        services.AddScenarios(configuration);
        services.AddDrills(configuration);
        services.AddSms(configuration);
        services.AddEquipment(configuration);
        services.AddReadiness(configuration);
        services.AddReports(configuration);
        return services;
    }
}
