// Azure Communication Services for SMS. Phone numbers are bought in the portal or CLI after
// this resource exists (they are not an ARM resource), then passed back as smsFromNumber.
param name string
param tags object

@description('Where ACS keeps its data at rest, e.g. "Asia Pacific", "Europe", "United States".')
param dataLocation string

resource communication 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: name
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    disableLocalAuth: true
  }
}

output id string = communication.id
output name string = communication.name
output endpoint string = 'https://${communication.properties.hostName}'
