// Sample environment for Azure operated by 21Vianet (Azure China). Deploy it with the CLI
// signed in to that cloud (`az cloud set --name AzureChinaCloud`): environment() then yields
// the China login endpoint, and botCloud selects the China Bot Connector endpoints.
using 'main.bicep'

param name = 'drill'
param environmentName = 'prod'
param location = 'chinanorth3'

param tableNames = [
  'Roster'
  'ConversationRefs'
  'Quizzes'
  'Once'
  'Walks'
  'DrillSchedules'
  'Drills'
  'DrillParticipants'
  'SmsOutbox'
  'Equipment'
  'CheckTasks'
  'Readiness'
  'ReadinessSnapshots'
  'ReadinessSends'
]
param queueNames = [
  '-drill-prompts'
  '-readiness-nudges'
]

param botCloud = 'China'
// Azure Communication Services is not offered in Azure China, and no ACS number can text a
// mainland mobile: SMS goes through Alibaba Cloud SMS. Its AccessKey secret is put into the Key
// Vault by hand (docs/deploy.md); the sign name 签名 and template codes 模板 are content, in
// templates/sms/aliyun.yaml. An empty AccessKey ID keeps SMS off until the account is ready.
param smsProvider = 'Aliyun'
param aliyunSmsAccessKeyId = ''
// This sample shows the SingleTenant option: an Entra app registration made by hand, its secret
// in the Key Vault this template then creates. UserAssignedMSI is configured the same way in
// China. Check Flex Consumption availability first: az functionapp list-flexconsumption-locations
param botAppType = 'SingleTenant'
param singleTenantBotAppId = '00000000-0000-0000-0000-000000000000' // replace with the app registration's client id
param apiClientId = '66666666-7777-8888-9999-000000000000' // replace with the trainer API registration's client id
