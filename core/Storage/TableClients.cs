using Azure.Core;

namespace DrillPlatform.Core.Storage;

/// <summary>The options every table client of the platform is made with: the service's key rules checked before a request leaves.</summary>
public static class TableClients
{
    public static TableClientOptions Options()
    {
        var options = new TableClientOptions();
        options.AddPolicy(TableKeyGuard.Instance, HttpPipelinePosition.PerCall);
        return options;
    }
}
