// Sample environment: a development deployment in the public cloud.
// Copy this file per environment; nothing in it is secret.
using 'main.bicep'

param name = 'drill'
param environmentName = 'dev'

// Tables and queues the app uses (without Storage__Prefix). The app also creates missing ones
// at start-up; listing them here makes them exist, and their poison queues visible, from day one.
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

param smsProvider = 'Acs'
param communicationDataLocation = 'Asia Pacific'
// Bought on the ACS resource after the first deployment, then set here and redeployed. Until
// then SMS is off: escalations are recorded as not sent and stay in Teams.
param smsFromNumber = ''

param botAppType = 'UserAssignedMSI'
// The client id of the trainer API's app registration (docs/deploy.md, step 2); its tokens carry
// it as audience. Replace the placeholder with `az ad app show --id <appId> --query appId`.
param apiClientId = '11111111-2222-3333-4444-555555555555'
