using DrillPlatform.Core.Equipment.Api;
using DrillPlatform.Core.Equipment.Definitions;
using DrillPlatform.Core.Equipment.Escalation;
using DrillPlatform.Core.Equipment.Registry;
using DrillPlatform.Core.Equipment.Registry.Csv;
using DrillPlatform.Core.Equipment.Scheduling;
using DrillPlatform.Core.Equipment.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Equipment;

public static class EquipmentServiceCollectionExtensions
{
    /// <summary>
    /// Equipment registry, check definitions, scheduling, escalation, records. Needs AddContent,
    /// AddStorage, AddRoster and AddSms, and an <see cref="ICheckNotifier"/> (the bot registers one).
    /// </summary>
    public static IServiceCollection AddEquipment(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CheckOptions>()
            .Bind(configuration.GetSection(CheckOptions.Section))
            .ValidateDataAnnotations()
            .Validate(CheckOptions.InOrder, CheckOptions.OrderMessage)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddTemplatesFolder(configuration);

        services.AddSingleton(sp => CheckCatalogLoader.Load(Root(sp), sp.GetRequiredService<ContentBundle>().Sections.Select(s => s.Id)));
        services.AddSingleton(sp => new EquipmentSeed(EquipmentSeedReader.Read(Root(sp), sp.GetRequiredService<ContentBundle>().Site,
            sp.GetRequiredService<CheckCatalog>().Kinds)));
        services.AddSingleton<SiteClockProvider>();
        services.AddSingleton<EquipmentStore>();
        services.AddSingleton<CheckTaskStore>();
        services.AddSingleton<EquipmentSeeder>();
        services.AddSingleton<EquipmentCsvImporter>();
        services.AddSingleton<CheckPeople>();
        services.AddSingleton<CheckNotices>();
        services.AddTransient<ManagerAlerts>();
        services.AddTransient<CheckRungs>();
        services.AddTransient<CheckScheduling>();
        services.AddTransient<CheckEscalation>();
        services.AddTransient<CheckCompletion>();
        services.AddTransient<EquipmentChecksHandler>();
        services.AddTransient<ChecksQueryHandler>();
        services.AddHostedService<EquipmentStartupCheck>();
        return services;
    }

    private static string Root(IServiceProvider sp) => sp.GetRequiredService<TemplatesFolder>().Root;
}
