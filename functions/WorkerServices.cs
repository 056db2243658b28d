using DrillPlatform.Bot;
using DrillPlatform.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DrillPlatform.Functions;

/// <summary>Everything the functions resolve; Program and the start-up test (tests/Infra) build the same.</summary>
public static class WorkerServices
{
    public static IServiceCollection AddWorker(this IServiceCollection services, IConfiguration configuration) =>
        services.AddCore(configuration).AddBot(configuration).AddApi(configuration);
}
