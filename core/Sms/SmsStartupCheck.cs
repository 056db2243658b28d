using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DrillPlatform.Core.Sms;

/// <summary>Loads the provider's content while the host starts (a bad aliyun.yaml stops start-up), and says when SMS is off.</summary>
internal sealed partial class SmsStartupCheck(IServiceProvider services, IOptions<SmsOptions> options, ILogger<SmsStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.OffReason is { } off) LogOff(off);
        else LogOn(options.Value.Provider, services.GetRequiredService<ISmsProvider>().GetType().Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reason}; escalations are recorded as not sent and stay in Teams")]
    private partial void LogOff(string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "SMS through {Provider} ({Implementation})")]
    private partial void LogOn(SmsProviderName provider, string implementation);
}
