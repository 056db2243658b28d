using Azure.Core;
using Azure.Identity;
using DrillPlatform.Core.Sms.Aliyun;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Sms;

public static class SmsServiceCollectionExtensions
{
    /// <summary>SMS through the provider Sms:Provider names. Needs AddStorage (the outbox is a table).</summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.Section))
            .ValidateDataAnnotations()
            .Validate(SmsOptionsCheck.AccessKeyIsBase64, SmsOptionsCheck.BadAccessKeyMessage)
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<IAcsRequestAuthenticator>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SmsOptions>>().Value;
            var time = sp.GetRequiredService<TimeProvider>();
            return string.IsNullOrWhiteSpace(options.AccessKey)
                ? new EntraTokenAuthenticator(Credential(options), time)
                : new AccessKeyAuthenticator(options.AccessKey, time);
        });
        services.AddHttpClient<AcsSmsClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddTemplatesFolder(configuration);
        services.AddHttpClient<AliyunSmsClient>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(sp => new SmsTemplates(SmsFolder(sp)));
        services.AddSingleton(sp => new AliyunTemplates(SmsFolder(sp), sp.GetRequiredService<SmsTemplates>().Names));
        services.AddTransient<ISmsProvider>(sp => sp.GetRequiredService<IOptions<SmsOptions>>().Value.Provider == SmsProviderName.Aliyun
            ? new AliyunSmsProvider(sp.GetRequiredService<AliyunTemplates>(), sp.GetRequiredService<AliyunSmsClient>())
            : new AcsSmsProvider(sp.GetRequiredService<SmsTemplates>(), sp.GetRequiredService<AcsSmsClient>()));
        services.AddSingleton<SmsOutboxStore>();
        services.AddHostedService<SmsStartupCheck>();
        services.AddTransient<SmsSender>();
        return services;
    }

    private static string SmsFolder(IServiceProvider sp) =>
        sp.GetRequiredService<IOptions<SmsOptions>>().Value.TemplatesFolder is { Length: > 0 } folder
            ? folder : sp.GetRequiredService<TemplatesFolder>().Path("sms");

    private static TokenCredential Credential(SmsOptions options) =>
        new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId));
}
