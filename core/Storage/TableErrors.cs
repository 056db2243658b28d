using Azure;

namespace DrillPlatform.Core.Storage;

/// <summary>The status codes conditional writes answer with, named for what they mean to us.</summary>
public static class TableErrors
{
    public static bool IsAlreadyExists(this RequestFailedException e) => e.Status == 409;
    public static bool IsStaleETag(this RequestFailedException e) => e.Status == 412;
    public static bool IsNotFound(this RequestFailedException e) => e.Status == 404;
}
