using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DrillPlatform.Core.Quizzes;

public static class QuizServiceCollectionExtensions
{
    /// <summary>The quiz stores and service. Needs AddStorage and a registered ContentBundle (its Questions are the bank).</summary>
    public static IServiceCollection AddQuizzes(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QuizSessionStore>();
        services.AddSingleton<AttemptStore>();
        services.AddSingleton<MasteryStore>();
        services.AddSingleton(sp => new QuizService(
            sp.GetRequiredService<QuizSessionStore>(),
            sp.GetRequiredService<MasteryStore>(),
            sp.GetRequiredService<ContentBundle>().Questions,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILogger<QuizService>>(),
            readiness: sp.GetService<DrillPlatform.Core.Readiness.Recording.ReadinessRecorder>()));
        return services;
    }
}
