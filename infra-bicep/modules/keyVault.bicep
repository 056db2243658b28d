// Key Vault with the RBAC permission model, only for secrets that cannot be replaced by the
// managed identity: the bot's client secret (SingleTenant) and the Alibaba Cloud AccessKey secret.
// The secret value is set by a person after deployment (`az keyvault secret set`), so it never
// passes through a template parameter or deployment history.
param name string
param location string
param tags object

@description('Log Analytics workspace for the audit log (who read which secret).')
param workspaceId string

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

output id string = vault.id
output name string = vault.name
output uri string = vault.properties.vaultUri

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [{ categoryGroup: 'audit', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}
