using Integration.TestKit.Azurite;

[assembly: AssemblyFixture(typeof(AzuriteFixture))]
