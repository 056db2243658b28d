// One user-assigned identity for everything the app signs in to: storage, the bot, ACS and
// Key Vault. A user-assigned (not system-assigned) identity exists before the Function App, so
// the bot and the role assignments can name it without a dependency cycle.
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
