// What the app's identity may do, and nothing wider than the one resource it needs.
// Names are guid(scope, identity, role) so a redeploy finds the same assignment instead of
// failing with RoleAssignmentExists.
param identityName string
param storageAccountName string
param appInsightsName string
param communicationName string = ''
param keyVaultName string = ''

var storageRoles = [
  { name: 'Storage Blob Data Owner', id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' } // host leases, timers, deployment package
  { name: 'Storage Queue Data Contributor', id: '974c5e8b-45b9-4653-ba55-5f855dd0fb88' } // queue triggers and outbound queues
  { name: 'Storage Table Data Contributor', id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' } // the app's tables
]

// ACS has no narrower built-in data role for sending SMS with Entra ID; its own quickstart
// grants Contributor. Scoped to the ACS resource alone, that cannot touch anything else.
var communicationRoles = [
  { name: 'Contributor', id: 'b24988ac-6180-42a0-ab88-20f7382dd24c' }
]

var monitoringRoles = [
  { name: 'Monitoring Metrics Publisher', id: '3913510d-42f4-4e42-8a64-420c390055eb' } // telemetry with Entra auth
]

var keyVaultRoles = [
  { name: 'Key Vault Secrets User', id: '4633458b-17de-408a-b874-0445c86b69e6' }
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource communication 'Microsoft.Communication/communicationServices@2025-05-01' existing = if (!empty(communicationName)) {
  name: communicationName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = if (!empty(keyVaultName)) {
  name: keyVaultName
}

resource storageAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in storageRoles: {
    name: guid(storage.id, identity.id, role.id)
    scope: storage
    properties: {
      description: role.name
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.id)
    }
  }
]

resource monitoringAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in monitoringRoles: {
    name: guid(appInsights.id, identity.id, role.id)
    scope: appInsights
    properties: {
      description: role.name
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.id)
    }
  }
]

resource communicationAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in (empty(communicationName) ? [] : communicationRoles): {
    name: guid(communication.id, identity.id, role.id)
    scope: communication
    properties: {
      description: role.name
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.id)
    }
  }
]

resource keyVaultAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in (empty(keyVaultName) ? [] : keyVaultRoles): {
    name: guid(vault.id, identity.id, role.id)
    scope: vault
    properties: {
      description: role.name
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.id)
    }
  }
]
