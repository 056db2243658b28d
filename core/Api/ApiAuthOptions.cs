using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Api;

/// <summary>
/// Who may call the platform's HTTP API. In Azure: the API's Entra ID app (Audience), the tenant's
/// v2.0 issuer and its OpenID metadata. Locally the local host points all three at its dev issuer.
/// </summary>
public sealed class ApiAuthOptions : IValidatableObject
{
    public const string Section = "Api";

    [Required(ErrorMessage = "Api:Audience is required: the app id (or app id URI) API tokens are issued for.")]
    public string? Audience { get; set; }

    [Required(ErrorMessage = "Api:Issuer is required, e.g. https://login.microsoftonline.com/{tenant}/v2.0.")]
    public string? Issuer { get; set; }

    [Required(ErrorMessage = "Api:OpenIdMetadataUrl is required, e.g. https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration.")]
    public string? OpenIdMetadataUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OpenIdMetadataUrl is { Length: > 0 } url && !ApiMetadataUrl.IsAcceptable(url))
        {
            yield return new ValidationResult(
                $"Api:OpenIdMetadataUrl '{url}' must be an https URL (plain http only for localhost, 127.0.0.1 and ::1).",
                [nameof(OpenIdMetadataUrl)]);
        }
    }
}
