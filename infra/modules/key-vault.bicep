// Key Vault for the vendors' credentials (OAuth client secrets, private-app tokens, TBA tokens, webhook
// secrets), RBAC-authorised: the app's identity reads secrets, operators may manage them.
@description('The vault name (3-24 characters).')
param name string

@description('Region.')
param location string

@description('The app\'s managed identity, given Key Vault Secrets User.')
param readerPrincipalId string

@description('Operators group given Key Vault Secrets Officer; empty for none.')
param operatorsPrincipalId string = ''

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, secretsUser)
  scope: vault
  properties: {
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

resource operators 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorsPrincipalId)) {
  name: guid(vault.id, operatorsPrincipalId, secretsOfficer)
  scope: vault
  properties: {
    principalId: operatorsPrincipalId
    principalType: 'Group'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
  }
}

@description('The vault URI.')
output uri string = vault.properties.vaultUri
