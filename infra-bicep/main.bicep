// DrillPlatform in one resource group: Function App (Flex Consumption), storage, monitoring,
// one user-assigned identity, the Azure Bot with its Teams channel, ACS for SMS, and a Key
// Vault only when the bot needs a secret. See docs/deploy.md for the steps around it.
targetScope = 'resourceGroup'

@description('Short name used in every resource name, e.g. "drill".')
@minLength(2)
@maxLength(10)
param name string

@description('Environment label in resource names and tags, e.g. "dev", "prod".')
@maxLength(8)
param environmentName string

param location string = resourceGroup().location

@description('.NET version of the isolated worker (functions project targets net10.0).')
@allowed(['10.0', '9.0', '8.0'])
param dotnetVersion string = '10.0'

@description('Upper bound of Flex instances. Teams allows ~50 requests/s per app and tenant; one instance already reaches that, so more instances only add throttling.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 10

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Prefix of every table and queue name (letters and digits, starts with a letter).')
param storagePrefix string = 'dp'

@description('Tables the app uses, without the prefix.')
param tableNames array

@description('Queues the app uses, without the prefix; each gets a -poison twin.')
param queueNames array


@description('Deploy Azure Communication Services for SMS escalation. Off where ACS is not offered (check Azure China): Sms__Endpoint is then empty and escalation stays in Teams.')
param enableSms bool = true

@description('ACS data location, e.g. "Asia Pacific".')
param communicationDataLocation string = 'Asia Pacific'

@description('SMS sender number in E.164 form, bought on the ACS resource after the first deployment. Empty until then: SMS escalation then logs and skips.')
param smsFromNumber string = ''

@description('UserAssignedMSI: the bot signs in as the managed identity, no secret. SingleTenant: an Entra app registration with a secret kept in Key Vault.')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('Client id of the Entra app registration; only for SingleTenant (UserAssignedMSI uses the identity).')
param singleTenantBotAppId string = ''

@description('Name of the Key Vault secret that holds the SingleTenant bot\'s client secret.')
param botSecretName string = 'bot-app-password'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Bot Framework cloud: Public, or China for Azure operated by 21Vianet.')
@allowed(['Public', 'China'])
param botCloud string = environment().name == 'AzureChinaCloud' ? 'China' : 'Public'

@description('Audience (app id URI or client id) that trainer API tokens must carry.')
param apiAudience string

@description('NCRONTAB schedules of the timer functions (UTC).')
param schedules {
  planDrills: string
  launchDueDrills: string
  escalateAndClose: string
  scheduleChecks: string
  escalateOverdueChecks: string
  snapshotReadiness: string
  sendReadinessDigest: string
} = {
  planDrills: '0 0 16 * * *' // 00:00 in Asia/Shanghai
  launchDueDrills: '0 * * * * *'
  escalateAndClose: '30 * * * * *'
  scheduleChecks: '0 30 16 * * *'
  escalateOverdueChecks: '0 0 * * * *'
  snapshotReadiness: '0 30 15 * * 0' // Sunday 23:30 in Asia/Shanghai: the week that ends
  sendReadinessDigest: '0 0 1 * * 1' // Monday 09:00 in Asia/Shanghai
}

param tags object = {}

var suffix = uniqueString(subscription().id, resourceGroup().id, name, environmentName)
var baseName = '${name}-${environmentName}'
var allTags = union(tags, { app: 'drillplatform', environment: environmentName })
var useKeyVault = botAppType == 'SingleTenant'
var identityName = 'id-${baseName}'
var storageAccountName = take('st${replace(name, '-', '')}${suffix}', 24)
var communicationName = 'acs-${baseName}-${take(suffix, 6)}'
var keyVaultName = take('kv-${name}-${suffix}', 24)
var loginEndpoint = environment().authentication.loginEndpoint

// Bot Connector endpoints differ per cloud and are not in environment(), so they are spelled here.
var botEndpoints = {
  Public: {
    openIdMetadataUrl: 'https://login.botframework.com/v1/.well-known/openidconfiguration'
    issuer: 'https://api.botframework.com'
    oauthScope: 'https://api.botframework.com/.default'
  }
  China: {
    openIdMetadataUrl: 'https://login.botframework.azure.cn/v1/.well-known/openidconfiguration'
    issuer: 'https://api.botframework.azure.cn'
    oauthScope: 'https://api.botframework.azure.cn/.default'
  }
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${baseName}'
    appInsightsName: 'appi-${baseName}'
    location: location
    tags: allTags
    retentionInDays: 30
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: allTags
    deploymentContainerName: 'app-package'
    prefix: storagePrefix
    tableNames: tableNames
    queueNames: queueNames
  }
}

module communication 'modules/communication.bicep' = if (enableSms) {
  name: 'communication'
  params: {
    name: communicationName
    tags: allTags
    dataLocation: communicationDataLocation
  }
}

module keyVault 'modules/keyVault.bicep' = if (useKeyVault) {
  name: 'keyVault'
  params: {
    name: keyVaultName
    location: location
    tags: allTags
  }
}

module roles 'modules/roleAssignments.bicep' = {
  name: 'roleAssignments'
  // Names rather than outputs, so What-If can predict the assignments before anything exists.
  dependsOn: [identity, storage, communication, keyVault]
  params: {
    identityName: identityName
    storageAccountName: storageAccountName
    communicationName: enableSms ? communicationName : ''
    keyVaultName: useKeyVault ? keyVaultName : ''
  }
}

var botAppId = useKeyVault ? singleTenantBotAppId : identity.outputs.clientId

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  params: {
    planName: 'plan-${baseName}'
    appName: 'func-${baseName}-${take(suffix, 6)}'
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageTableEndpoint: storage.outputs.tableEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    dotnetVersion: dotnetVersion
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    storagePrefix: storagePrefix
    smsEndpoint: enableSms ? communication!.outputs.endpoint : ''
    smsFromNumber: smsFromNumber
    botAppType: botAppType
    botAppId: botAppId
    botOpenIdMetadataUrl: botEndpoints[botCloud].openIdMetadataUrl
    botIssuer: botEndpoints[botCloud].issuer
    botOAuthScope: botEndpoints[botCloud].oauthScope
    botAuthority: '${loginEndpoint}${tenant().tenantId}'
    apiAudience: apiAudience
    apiIssuer: '${loginEndpoint}${tenant().tenantId}/v2.0'
    apiOpenIdMetadataUrl: '${loginEndpoint}${tenant().tenantId}/v2.0/.well-known/openid-configuration'
    schedules: schedules
    keyVaultName: useKeyVault ? keyVault!.outputs.name : ''
    botSecretName: botSecretName
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: 'bot-${baseName}-${take(suffix, 6)}'
    displayName: 'DrillPlatform'
    tags: allTags
    endpoint: 'https://${functionApp.outputs.defaultHostName}/api/messages'
    appType: botAppType
    appId: botAppId
    identityResourceId: identity.outputs.id
    tenantId: tenant().tenantId
    sku: botSku
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppUrl string = 'https://${functionApp.outputs.defaultHostName}'
output botName string = bot.outputs.name
output botId string = bot.outputs.appId
output communicationName string = enableSms ? communicationName : ''
output keyVaultName string = useKeyVault ? keyVault!.outputs.name : ''
output storageAccountName string = storage.outputs.name
