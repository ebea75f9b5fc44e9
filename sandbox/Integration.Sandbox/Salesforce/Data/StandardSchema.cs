namespace Integration.Sandbox.Salesforce.Data;

/// <summary>The sObjects every sandbox org has: Account (001), Contact (003) and Opportunity (006).</summary>
internal static class StandardSchema
{
    public static SObjectType Account { get; } = new("Account", "001", [
        .. SystemFields(),
        new("Name", FieldType.String) { Length = 255, Nillable = false },
        new("Type", FieldType.Picklist) { Length = 255, PicklistValues = ["Prospect", "Customer - Direct", "Customer - Channel", "Partner", "Other"] },
        new("Industry", FieldType.Picklist) { Length = 255, PicklistValues = ["Agriculture", "Banking", "Consulting", "Education", "Energy", "Healthcare", "Manufacturing", "Retail", "Technology"] },
        new("AnnualRevenue", FieldType.Currency),
        new("NumberOfEmployees", FieldType.Int),
        new("Phone", FieldType.Phone) { Length = 40 },
        new("Website", FieldType.Url) { Length = 255 },
        new("BillingCity", FieldType.String) { Length = 40 },
        new("BillingCountry", FieldType.String) { Length = 80 },
        new("Description", FieldType.TextArea) { Length = 32000 },
        new("External_Id__c", FieldType.String) { Label = "External Id", Length = 255, ExternalId = true, Unique = true },
        new("Legacy_Number__c", FieldType.String) { Label = "Legacy Number", Length = 50, ExternalId = true },
    ]);

    public static SObjectType Contact { get; } = new("Contact", "003", [
        .. SystemFields(),
        new("FirstName", FieldType.String) { Length = 40 },
        new("LastName", FieldType.String) { Length = 80, Nillable = false },
        new("Name", FieldType.String) { Length = 121, Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true },
        new("Email", FieldType.Email) { Length = 80 },
        new("Phone", FieldType.Phone) { Length = 40 },
        new("Title", FieldType.String) { Length = 128 },
        new("Birthdate", FieldType.Date),
        new("AccountId", FieldType.Reference) { Length = 18, ReferenceTo = "Account", RelationshipName = "Account" },
        new("External_Id__c", FieldType.String) { Label = "External Id", Length = 255, ExternalId = true, Unique = true },
    ]);

    public static SObjectType Opportunity { get; } = new("Opportunity", "006", [
        .. SystemFields(),
        new("Name", FieldType.String) { Length = 120, Nillable = false },
        new("StageName", FieldType.Picklist) { Length = 255, Nillable = false, PicklistValues = ["Prospecting", "Qualification", "Proposal", "Negotiation", "Closed Won", "Closed Lost"] },
        new("CloseDate", FieldType.Date) { Nillable = false },
        new("Amount", FieldType.Currency),
        new("Probability", FieldType.Percent),
        new("AccountId", FieldType.Reference) { Length = 18, ReferenceTo = "Account", RelationshipName = "Account" },
        new("External_Id__c", FieldType.String) { Label = "External Id", Length = 255, ExternalId = true, Unique = true },
    ]);

    public static IReadOnlyList<SObjectType> All { get; } = [Account, Contact, Opportunity];

    public static SObjectType? Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    public static SObjectType? FindByPrefix(string keyPrefix) =>
        All.FirstOrDefault(t => string.Equals(t.KeyPrefix, keyPrefix, StringComparison.Ordinal));

    private static IEnumerable<FieldDescribe> SystemFields() =>
    [
        new("Id", FieldType.Id) { Length = 18, Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true },
        new("IsDeleted", FieldType.Boolean) { Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true },
        new("CreatedDate", FieldType.DateTime) { Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true },
        new("LastModifiedDate", FieldType.DateTime) { Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true },
        new("SystemModstamp", FieldType.DateTime) { Createable = false, Updateable = false, Nillable = false, DefaultedOnCreate = true },
    ];
}
