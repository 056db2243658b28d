// The one storage account: the Functions host (blobs, leases, timers), the app's tables and
// queues, the poison queues the queue trigger moves failed messages to, and the Flex
// Consumption deployment container. Shared keys are off: every caller uses Entra ID.
param name string
param location string
param tags object
param deploymentContainerName string

@description('Prefix of every table and queue name (Storage__Prefix).')
param prefix string

@description('Tables the app uses, without the prefix.')
param tableNames array

@description('Queues the app uses, without the prefix; each also gets its -poison queue.')
param queueNames array

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for table in tableNames: {
    parent: tableService
    name: '${prefix}${table}'
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

// The queue trigger creates "<queue>-poison" on first failure; creating it here makes it
// visible (and alertable) before anything has failed.
var allQueues = flatten(map(queueNames, q => ['${prefix}${q}', '${prefix}${q}-poison']))

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queue in allQueues: {
    parent: queueService
    name: queue
  }
]

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output queueEndpoint string = account.properties.primaryEndpoints.queue
output deploymentContainerUrl string = '${account.properties.primaryEndpoints.blob}${deploymentContainer.name}'
