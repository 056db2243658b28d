using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Bot.Protocol;

/// <summary>
/// Bound from the configuration root so the Bot Framework's own setting names work unchanged
/// (MicrosoftAppType, MicrosoftAppId, ...); our additions live under the <c>Bot</c> section.
/// </summary>
public sealed class BotAuthOptions : IValidatableObject
{
    [Required(ErrorMessage = "MicrosoftAppType is required: SingleTenant, UserAssignedMSI or MultiTenant.")]
    public BotAppType? MicrosoftAppType { get; set; }

    [Required(ErrorMessage = "MicrosoftAppId is required: the bot's Entra ID application (client) id.")]
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public BotEndpointOptions Bot { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var needsSecret = MicrosoftAppType is BotAppType.SingleTenant or BotAppType.MultiTenant;
        if (needsSecret && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult(
                $"MicrosoftAppPassword is required when MicrosoftAppType is {MicrosoftAppType}.",
                [nameof(MicrosoftAppPassword)]);
        }

        var needsTenant = MicrosoftAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMSI;
        if (needsTenant && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult(
                $"MicrosoftAppTenantId is required when MicrosoftAppType is {MicrosoftAppType}.",
                [nameof(MicrosoftAppTenantId)]);
        }

        if (AcceptedTenants.Count == 0)
        {
            yield return new ValidationResult(
                "Bot:AllowedTenantIds is required when MicrosoftAppTenantId is empty: the Entra tenant id(s) of your organisation, comma-separated.",
                ["Bot:AllowedTenantIds"]);
        }

        foreach (var result in Bot.Validate())
        {
            yield return result;
        }
    }

    /// <summary>Tenants whose Teams activities the bot accepts: Bot:AllowedTenantIds, else the app's own tenant.</summary>
    public IReadOnlyList<string> AcceptedTenants =>
        (string.IsNullOrWhiteSpace(Bot.AllowedTenantIds) ? MicrosoftAppTenantId ?? "" : Bot.AllowedTenantIds)
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The tenant to request connector tokens from.</summary>
    public string TokenTenant => MicrosoftAppType == BotAppType.MultiTenant
        ? "botframework.com"
        : MicrosoftAppTenantId ?? "";
}
