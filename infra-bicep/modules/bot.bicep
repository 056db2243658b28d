// The Azure Bot registration and its Microsoft Teams channel. The bot signs in as the
// user-assigned identity (no client secret) unless SingleTenant is chosen, in which case an
// Entra app registration made by hand is used and its secret lives in Key Vault.
param name string
param displayName string
param tags object
param endpoint string

@allowed(['UserAssignedMSI', 'SingleTenant'])
param appType string

param appId string
param tenantId string
param identityResourceId string

@allowed(['F0', 'S1'])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: { name: sku }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: appId
    msaAppType: appType
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output appId string = bot.properties.msaAppId
