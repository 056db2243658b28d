using System.ComponentModel.DataAnnotations;

namespace DrillPlatform.Core.Storage;

/// <summary>
/// Where the platform keeps its tables and queues. Locally a connection string (Azurite does not do
/// OAuth); in Azure the service URIs with the managed identity named by ManagedIdentityClientId.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }
    public Uri? TableServiceUri { get; set; }
    public Uri? QueueServiceUri { get; set; }
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prefix of every table and queue name; tests use a unique one each.</summary>
    [RegularExpression("^[a-z][a-z0-9]{0,15}$", ErrorMessage = "Storage:Prefix must be 1-16 lower-case letters and digits, starting with a letter (default dp).")]
    public string Prefix { get; set; } = "dp";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        StorageOptionsCheck.Problems(this).Select(problem => new ValidationResult(problem));
}
