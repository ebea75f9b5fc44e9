// The integration service in Azure: the isolated-worker function app on Flex Consumption, its storage
// account (queues, tables, blobs: change and write queues, checkpoints, cross-reference, timer locks,
// archives), a user-assigned identity that reaches storage and Key Vault without keys, Key Vault for the
// vendors' credentials, and Application Insights. Deploy: see infra/README.md.
targetScope = 'resourceGroup'

@description('Short name used to derive resource names (3-11 lower-case letters and digits).')
@minLength(3)
@maxLength(11)
param name string

@description('Region of every resource.')
param location string = resourceGroup().location

@description('Most instances the platform may scale the function app out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory per instance in MB (Flex Consumption sizes).')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Object id of the operators group given read access to secrets and data (optional).')
param operatorsPrincipalId string = ''

var suffix = uniqueString(resourceGroup().id, name)
var storageName = take('st${name}${suffix}', 24)
var deploymentContainer = 'app-package'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}-${suffix}'
  location: location
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deployment 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainer
}

module storageRoles 'modules/storage-roles.bicep' = {
  name: 'storage-roles'
  params: {
    storageAccountName: storage.name
    principalId: identity.properties.principalId
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${name}-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

module vault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    name: take('kv-${name}-${suffix}', 24)
    location: location
    readerPrincipalId: identity.properties.principalId
    operatorsPrincipalId: operatorsPrincipalId
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: 'plan-${name}-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: 'func-${name}-${suffix}'
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
  dependsOn: [storageRoles, deployment]
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Identity-based storage connection, read by the platform and by StorageConnection alike.
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    KeyVault__Uri: vault.outputs.uri
    // The triggers' %Setting% placeholders (Integration.Functions/Settings/SyncSettings.cs): the platform resolves
    // them from app settings only, so they are set here with the app's defaults.
    Sync__Queues__Changes: 'changes'
    Sync__Queues__WritesSalesforce: 'writes-salesforce'
    Sync__Queues__WritesHubSpot: 'writes-hubspot'
    Sync__Queues__WritesNetSuite: 'writes-netsuite'
    Sync__Salesforce__DrainSchedule: '0 */1 * * * *'
    Sync__NetSuite__PollSchedule: '30 */1 * * * *'
    Sync__HubSpot__SweepSchedule: '0 */15 * * * *'
  }
}

@description('The function app name (for `func azure functionapp publish` or zip deploy).')
output functionAppName string = app.name

@description('The storage account holding queues, tables and blobs.')
output storageAccountName string = storage.name

@description('The Key Vault for the vendors\' credentials.')
output keyVaultUri string = vault.outputs.uri
