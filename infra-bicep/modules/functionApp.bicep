// The Function App on the Flex Consumption plan. The runtime lives in functionAppConfig (Flex
// rejects FUNCTIONS_WORKER_RUNTIME); the package is pulled from a blob container with the
// user-assigned identity. Every setting the code reads is in `appSettings` below; the
// settings test in tests/Infra compares it with functions/local.settings.json.example.
param planName string
param appName string
param location string
param tags object

param identityId string
param identityClientId string
param storageBlobEndpoint string
param storageTableEndpoint string
param storageQueueEndpoint string
param deploymentContainerUrl string
param appInsightsConnectionString string

@description('Log Analytics workspace the app\'s diagnostic settings send to.')
param workspaceId string

@description('.NET version of the isolated worker; the functions project targets net10.0.')
param dotnetVersion string

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@minValue(0)
param alwaysReadyHttpInstances int

@description('How many instances may send to Teams at once (Drills__SenderInstances).')
@minValue(1)
param senderInstances int

@allowed([512, 2048, 4096])
param instanceMemoryMB int

param storagePrefix string
@allowed(['Acs', 'Aliyun', 'None'])
param smsProvider string
param smsEndpoint string
param smsFromNumber string
param aliyunSmsAccessKeyId string
param aliyunSmsEndpoint string
param aliyunSmsSecretName string

@allowed(['UserAssignedMSI', 'SingleTenant'])
param botAppType string
param botAppId string
param botCloud string
param teamsAppCatalogId string
param botOpenIdMetadataUrl string
param botIssuer string
param botOAuthScope string
param botAuthority string

param apiClientId string
param apiAppIdUri string
param apiIssuer string
param apiV1Issuer string
param apiOpenIdMetadataUrl string

@description('Operator settings beyond the ones below; merged last.')
param additionalAppSettings object

param schedules {
  planDrills: string
  launchDueDrills: string
  escalateAndClose: string
  scheduleChecks: string
  escalateOverdueChecks: string
  snapshotReadiness: string
  sendReadinessDigest: string
  escalateCorrectiveActions: string
}

@description('Key Vault holding the secrets (SingleTenant bot, Alibaba Cloud SMS); empty when neither is used.')
param keyVaultName string
param botSecretName string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

var appSettings = {
  // Service URIs rather than __accountName: the account name implies the public cloud's
  // core.windows.net, so host storage (leases, timers, queue trigger) fails in sovereign clouds.
  AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
  AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
  AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  // Telemetry signs in with the identity (Application Insights has local auth off).
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

  MicrosoftAppType: botAppType
  MicrosoftAppId: botAppId
  MicrosoftAppTenantId: tenant().tenantId
  Bot__Cloud: botCloud
  Bot__OpenIdMetadataUrl: botOpenIdMetadataUrl
  Bot__Issuer: botIssuer
  Bot__OAuthScope: botOAuthScope
  Bot__Authority: botAuthority
  // Only Teams users of this organisation may act as roster members.
  Bot__AllowedTenantIds: tenant().tenantId
  // Largest activity api/messages reads (bytes); a bigger body is 413 before it is parsed.
  Bot__MaxActivityBytes: '262144'

  // People who never opened the bot get the app installed through Graph (TeamsAppInstallation.ReadWriteSelfForUser.All).
  Reach__AppCatalogId: teamsAppCatalogId

  Storage__TableServiceUri: storageTableEndpoint
  Storage__QueueServiceUri: storageQueueEndpoint
  Storage__ManagedIdentityClientId: identityClientId
  Storage__Prefix: storagePrefix

  // The queue SendDrillPrompt listens on: {prefix}-drill-prompts, as core/Drills names it.
  DrillPromptsQueue: '${storagePrefix}-drill-prompts'
  // The queue SendReadinessNudge listens on: {prefix}-readiness-nudges, as core/Readiness names it.
  ReadinessNudgesQueue: '${storagePrefix}-readiness-nudges'
  // Every instance paces itself to its share of Teams' per-app limit.
  Drills__SenderInstances: string(senderInstances)

  Sms__Provider: smsProvider
  Sms__Endpoint: smsEndpoint
  Sms__From: smsFromNumber
  Sms__ManagedIdentityClientId: identityClientId
  Sms__Aliyun__Endpoint: aliyunSmsEndpoint
  Sms__Aliyun__AccessKeyId: aliyunSmsAccessKeyId

  Api__Audience: apiClientId
  Api__AppIdUri: apiAppIdUri
  Api__Issuer: apiIssuer
  Api__V1Issuer: apiV1Issuer
  Api__OpenIdMetadataUrl: apiOpenIdMetadataUrl

  PlanDrillsSchedule: schedules.planDrills
  LaunchDueDrillsSchedule: schedules.launchDueDrills
  EscalateAndCloseSchedule: schedules.escalateAndClose
  ScheduleChecksSchedule: schedules.scheduleChecks
  EscalateOverdueChecksSchedule: schedules.escalateOverdueChecks
  SnapshotReadinessSchedule: schedules.snapshotReadiness
  SendReadinessDigestSchedule: schedules.sendReadinessDigest
  EscalateCorrectiveActionsSchedule: schedules.escalateCorrectiveActions
}

// Only a SingleTenant bot has a secret; it is a Key Vault reference resolved by the platform
// with the user-assigned identity (keyVaultReferenceIdentity), never a literal value.
var singleTenantBotSettings = {
  MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${botSecretName})'
}

// The Alibaba Cloud AccessKey secret, the same way.
var aliyunSmsSettings = {
  Sms__Aliyun__AccessKeySecret: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${aliyunSmsSecretName})'
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        alwaysReady: alwaysReadyHttpInstances > 0 ? [{ name: 'http', instanceCount: alwaysReadyHttpInstances }] : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: dotnetVersion
      }
    }
  }
}

resource settings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: union(
    appSettings,
    // The report tab's page, served by the app itself; the bot's cards link to it. Kept out of the
    // appSettings variable because it reads the app's own host name.
    { Reports__PageUrl: 'https://${app.properties.defaultHostName}/api/reports/page' },
    botAppType == 'SingleTenant' ? singleTenantBotSettings : {},
    smsProvider == 'Aliyun' ? aliyunSmsSettings : {},
    additionalAppSettings
  )
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: app
  properties: {
    workspaceId: workspaceId
    logs: [{ category: 'FunctionAppLogs', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
