// DrillPlatform in one resource group: Function App (Flex Consumption), storage, monitoring,
// one user-assigned identity, the Azure Bot with its Teams channel, ACS for SMS (or Alibaba Cloud
// SMS for mainland China), and a Key Vault only when a secret is needed (SingleTenant bot,
// Alibaba Cloud AccessKey secret). Every setting an operator changes is a parameter here: app
// settings are replaced on each deployment, so a hand edit would be undone. See docs/deploy.md.
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

@description('Upper bound of Flex instances, applied to each scale group (http, and every queue function on its own). Flex accepts 40 to 1000; the senders pace to their share of Teams\' ~50 requests/s, counted over all groups that send.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances of the http group (api/messages, trainer API): Teams waits ~15 s for a reply, a cold start can take longer. 0 = scale to zero.')
@minValue(0)
@maxValue(10)
param alwaysReadyHttpInstances int = 1

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Prefix of every table and queue name (letters and digits, starts with a letter).')
param storagePrefix string = 'dp'

@description('Tables the app uses, without the prefix.')
param tableNames array

@description('Queues the app uses, without the prefix; each gets a -poison twin.')
param queueNames array


@description('SMS for non-responders: Acs (Azure Communication Services; cannot reach mainland China), Aliyun (Alibaba Cloud SMS, mainland China), or None. Until the sender is set SMS is off: escalations are recorded as not sent and stay in Teams.')
@allowed(['Acs', 'Aliyun', 'None'])
param smsProvider string = 'Acs'

@description('ACS data location, e.g. "Asia Pacific".')
param communicationDataLocation string = 'Asia Pacific'

@description('ACS: sender number in E.164 form, bought on the ACS resource after the first deployment. Empty until then (SMS off).')
param smsFromNumber string = ''

@description('Alibaba Cloud SMS: AccessKey ID of a RAM user allowed dysms:SendSms. Empty = SMS off. Its secret goes into Key Vault by hand (aliyunSmsSecretName).')
param aliyunSmsAccessKeyId string = ''

@description('Alibaba Cloud SMS endpoint (the public one serves every region).')
param aliyunSmsEndpoint string = 'https://dysmsapi.aliyuncs.com'

@description('Name of the Key Vault secret holding the Alibaba Cloud AccessKey secret.')
param aliyunSmsSecretName string = 'aliyun-sms-access-key-secret'

@description('UserAssignedMSI: the bot signs in as the managed identity, no secret. SingleTenant: an Entra app registration with a secret kept in Key Vault.')
@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string = 'UserAssignedMSI'

@description('Client id of the Entra app registration; only for SingleTenant (UserAssignedMSI uses the identity).')
param singleTenantBotAppId string = ''

@description('Name of the Key Vault secret that holds the SingleTenant bot\'s client secret.')
param botSecretName string = 'bot-app-password'

@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Bot Framework cloud: Public, China for Azure operated by 21Vianet, or USGov (Azure Government, Teams GCC High). Sets Bot__Cloud.')
@allowed(['Public', 'China', 'USGov'])
param botCloud string = environment().name == 'AzureChinaCloud' ? 'China' : environment().name == 'AzureUSGovernment' ? 'USGov' : 'Public'

@description('The Teams app\'s id in the organisation\'s app catalog (Teams admin center > Manage apps > App ID): the bot installs the app for people who never opened it (docs/deploy.md). Empty: no proactive installation.')
param teamsAppCatalogId string = ''

@description('Client id of the trainer API\'s Entra app registration (docs/deploy.md step 2): the audience of its v2 tokens.')
param apiClientId string

@description('App id URI of the trainer API; accepted as audience only in v1 tokens (issuer apiV1Issuer). Empty = client id only.')
param apiAppIdUri string = 'api://${apiClientId}'

@description('Issuer of v2 access tokens (requestedAccessTokenVersion 2).')
param apiIssuer string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'

@description('Issuer of v1 access tokens (a registration without requestedAccessTokenVersion 2 issues these); empty = v2 tokens only. environment() has no STS host, so it is spelled per cloud.')
param apiV1Issuer string = environment().name == 'AzureChinaCloud'
  ? 'https://sts.chinacloudapi.cn/${tenant().tenantId}/'
  : 'https://sts.windows.net/${tenant().tenantId}/'

@description('OpenID metadata of the tenant; its jwks_uri signs v1 and v2 tokens alike.')
param apiOpenIdMetadataUrl string = '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0/.well-known/openid-configuration'

@description('NCRONTAB schedules of the timer functions (UTC).')
param schedules {
  planDrills: string
  launchDueDrills: string
  escalateAndClose: string
  scheduleChecks: string
  escalateOverdueChecks: string
  snapshotReadiness: string
  sendReadinessDigest: string
  escalateCorrectiveActions: string
} = {
  planDrills: '0 0 16 * * *' // 00:00 in Asia/Shanghai
  launchDueDrills: '0 * * * * *'
  escalateAndClose: '30 * * * * *'
  scheduleChecks: '0 30 16 * * *'
  escalateOverdueChecks: '0 0 * * * *'
  snapshotReadiness: '0 30 15 * * 0' // Sunday 23:30 in Asia/Shanghai: the week that ends
  sendReadinessDigest: '0 0 1 * * 1' // Monday 09:00 in Asia/Shanghai
  escalateCorrectiveActions: '0 0 1 * * *' // 09:00 in Asia/Shanghai, daily
}

@description('Further app settings (e.g. Drills__MinimumGapDays, Checks__SmsAfter); set here, not in the portal, so a redeployment keeps them.')
param additionalAppSettings object = {}

param tags object = {}

var suffix = uniqueString(subscription().id, resourceGroup().id, name, environmentName)
var baseName = '${name}-${environmentName}'
var allTags = union(tags, { app: 'drillplatform', environment: environmentName })
var useAcs = smsProvider == 'Acs'
var useAliyun = smsProvider == 'Aliyun'
var useKeyVault = botAppType == 'SingleTenant' || useAliyun
var identityName = 'id-${baseName}'
var storageAccountName = take('st${replace(name, '-', '')}${suffix}', 24)
var communicationName = 'acs-${baseName}-${take(suffix, 6)}'
var keyVaultName = take('kv-${name}-${suffix}', 24)
var appInsightsName = 'appi-${baseName}'

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
  USGov: {
    openIdMetadataUrl: 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration'
    issuer: 'https://api.botframework.us'
    oauthScope: 'https://api.botframework.us/.default'
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
    appInsightsName: appInsightsName
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

module communication 'modules/communication.bicep' = if (useAcs) {
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
    workspaceId: monitoring.outputs.workspaceId
  }
}

module roles 'modules/roleAssignments.bicep' = {
  name: 'roleAssignments'
  // Names rather than outputs, so What-If can predict the assignments before anything exists.
  dependsOn: [identity, storage, communication, keyVault, monitoring]
  params: {
    identityName: identityName
    storageAccountName: storageAccountName
    appInsightsName: appInsightsName
    communicationName: useAcs ? communicationName : ''
    keyVaultName: useKeyVault ? keyVaultName : ''
  }
}

var botAppId = useKeyVault ? singleTenantBotAppId : identity.outputs.clientId

// Senders of Teams messages that may run at once: every instance of the http group (bot replies),
// of SendDrillPrompt and of SendReadinessNudge (Flex scales each group up to maximumInstanceCount),
// plus the timers that send (EscalateAndClose, EscalateOverdueChecks, SendReadinessDigest; a timer
// runs on one instance). Each paces itself to 1/senderInstances of the app's Teams limit, so all
// together stay under it even when every group is at its maximum.
var senderScaleGroups = 3
var sendingTimers = 3
var senderInstances = maximumInstanceCount * senderScaleGroups + sendingTimers

module functionApp 'modules/functionApp.bicep' = {
  name: 'functionApp'
  // The identity must hold its roles before the host starts, or its first storage calls get 403.
  dependsOn: [roles]
  params: {
    planName: 'plan-${baseName}'
    appName: 'func-${baseName}-${take(suffix, 6)}'
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    workspaceId: monitoring.outputs.workspaceId
    dotnetVersion: dotnetVersion
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyHttpInstances: alwaysReadyHttpInstances
    senderInstances: senderInstances
    instanceMemoryMB: instanceMemoryMB
    storagePrefix: storagePrefix
    smsProvider: smsProvider
    smsEndpoint: useAcs ? communication!.outputs.endpoint : ''
    smsFromNumber: smsFromNumber
    aliyunSmsAccessKeyId: aliyunSmsAccessKeyId
    aliyunSmsEndpoint: aliyunSmsEndpoint
    aliyunSmsSecretName: aliyunSmsSecretName
    botAppType: botAppType
    botAppId: botAppId
    botCloud: botCloud
    teamsAppCatalogId: teamsAppCatalogId
    botOpenIdMetadataUrl: botEndpoints[botCloud].openIdMetadataUrl
    botIssuer: botEndpoints[botCloud].issuer
    botOAuthScope: botEndpoints[botCloud].oauthScope
    // MSAL appends the tenant itself (Bot:Authority/{tenant}).
    botAuthority: environment().authentication.loginEndpoint
    apiClientId: apiClientId
    apiAppIdUri: apiAppIdUri
    apiIssuer: apiIssuer
    apiV1Issuer: apiV1Issuer
    apiOpenIdMetadataUrl: apiOpenIdMetadataUrl
    additionalAppSettings: additionalAppSettings
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
output communicationName string = useAcs ? communicationName : ''
output keyVaultName string = useKeyVault ? keyVault!.outputs.name : ''
output storageAccountName string = storage.outputs.name
