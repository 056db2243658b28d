// Application Insights backed by a Log Analytics workspace (workspace-based is the only kind
// that can still be created).
param workspaceName string
param appInsightsName string
param location string
param tags object
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: workspaceName
  location: location
  tags: tags
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Only Entra-authenticated telemetry (the app's identity, Monitoring Metrics Publisher).
    DisableLocalAuth: true
  }
}

output connectionString string = appInsights.properties.ConnectionString
output workspaceId string = workspace.id
