using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Api;

/// <summary>
/// Who may call the platform's HTTP API. In Azure: the API's Entra ID app registration. Entra
/// issues two token shapes: v2 (issuer https://login.microsoftonline.com/{tenant}/v2.0, 'aud' is
/// always the client id) and v1 (issuer https://sts.windows.net/{tenant}/, 'aud' is whatever the
/// client asked for: the client id or the app id URI). So Audience is the client id, accepted with
/// either issuer; AppIdUri only with V1Issuer. Locally the local host points it all at its dev issuer.
/// </summary>
public sealed class ApiAuthOptions : IValidatableObject
{
    public const string Section = "Api";

    [Required(ErrorMessage = "Api:Audience is required: the client id of the API's app registration.")]
    public string? Audience { get; set; }

    /// <summary>The registration's app id URI (api://...); accepted as audience of v1 tokens only.</summary>
    public string? AppIdUri { get; set; }

    [Required(ErrorMessage = "Api:Issuer is required: the v2 issuer, e.g. https://login.microsoftonline.com/<tenant id>/v2.0.")]
    public string? Issuer { get; set; }

    /// <summary>The v1 issuer, e.g. https://sts.windows.net/{tenant}/; empty = v2 tokens only.</summary>
    public string? V1Issuer { get; set; }

    [Required(ErrorMessage = "Api:OpenIdMetadataUrl is required, e.g. https://login.microsoftonline.com/<tenant id>/v2.0/.well-known/openid-configuration.")]
    public string? OpenIdMetadataUrl { get; set; }

    /// <summary>
    /// The client id v2 tokens carry. An operator who followed the Azure portal and put the app id
    /// URI api://{client id} in Api:Audience gets the client id read out of it.
    /// </summary>
    public string? ClientId => AppIdUriOf(Audience) is { } guid ? guid : Audience;

    /// <summary>Every audience a token may name: the client id, and the app id URI(s) (v1 tokens only).</summary>
    public IReadOnlyList<string> Audiences =>
        new[] { ClientId, Audience, AppIdUri }.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct().ToList();

    private static string? AppIdUriOf(string? value) =>
        value is not null && value.StartsWith("api://", StringComparison.OrdinalIgnoreCase)
            && Guid.TryParse(value["api://".Length..].TrimEnd('/'), out var guid) ? guid.ToString() : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Audience) && !Guid.TryParse(ClientId, out _))
            yield return new ValidationResult(
                $"Api:Audience '{Audience}' must be the client id (a GUID) of the API's app registration: v2 tokens carry it as 'aud'. Put an app id URI in Api:AppIdUri.",
                [nameof(Audience)]);
        if (!string.IsNullOrWhiteSpace(AppIdUri) && string.IsNullOrWhiteSpace(V1Issuer))
            yield return new ValidationResult(
                "Api:AppIdUri is only accepted in v1 tokens, so it needs Api:V1Issuer (https://sts.windows.net/{tenant}/); v2 tokens carry the client id (Api:Audience).",
                [nameof(AppIdUri)]);
        if (OpenIdMetadataUrl is { Length: > 0 } url && !ApiMetadataUrl.IsAcceptable(url))
        {
            yield return new ValidationResult(
                $"Api:OpenIdMetadataUrl '{url}' must be an https URL (plain http only for localhost, 127.0.0.1 and ::1).",
                [nameof(OpenIdMetadataUrl)]);
        }
    }
}
