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
  'QuizSessions'
  'QuizAttempts'
  'Mastery'
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

param communicationDataLocation = 'Asia Pacific'
// Bought on the ACS resource after the first deployment, then set here and redeployed.
param smsFromNumber = ''

param botAppType = 'UserAssignedMSI'
param apiAudience = 'api://drillplatform-dev'
