namespace Integration.Sandbox.HubSpot.Properties;

/// <summary>The properties each emulated object type starts with, including the sync's unique custom properties.</summary>
internal static class StandardProperties
{
    public static IReadOnlyList<PropertyDefinition> Contacts { get; } =
    [
        .. Common("contactinformation", "lastmodifieddate"),
        Text("email", "Email", "contactinformation") with { HasUniqueValue = true },
        Text("firstname", "First Name", "contactinformation"),
        Text("lastname", "Last Name", "contactinformation"),
        Text("jobtitle", "Job Title", "contactinformation"),
        new("phone", "Phone Number", "phone_number", "phonenumber", "contactinformation"),
        Text("company", "Company Name", "contactinformation"),
        Enumeration("lifecyclestage", "Lifecycle Stage", "contactinformation", "subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity", "customer", "evangelist", "other"),
        Custom("salesforce_contact_id", "Salesforce Contact Id"),
        Custom("netsuite_id", "NetSuite Id"),
    ];

    public static IReadOnlyList<PropertyDefinition> Companies { get; } =
    [
        .. Common("companyinformation", "hs_lastmodifieddate"),
        Text("name", "Company name", "companyinformation"),
        Text("domain", "Company Domain Name", "companyinformation"),
        Text("city", "City", "companyinformation"),
        Text("country", "Country/Region", "companyinformation"),
        new("phone", "Phone Number", "phone_number", "phonenumber", "companyinformation"),
        Enumeration("industry", "Industry", "companyinformation", "COMPUTER_SOFTWARE", "FINANCIAL_SERVICES", "HOSPITAL_HEALTH_CARE", "RETAIL", "MANUFACTURING"),
        new("numberofemployees", "Number of Employees", "number", "number", "companyinformation"),
        new("annualrevenue", "Annual Revenue", "number", "number", "companyinformation"),
        Custom("salesforce_account_id", "Salesforce Account Id"),
        Custom("netsuite_id", "NetSuite Id"),
    ];

    public static IReadOnlyList<PropertyDefinition> Deals { get; } =
    [
        .. Common("dealinformation", "hs_lastmodifieddate"),
        Text("dealname", "Deal Name", "dealinformation"),
        new("amount", "Amount", "number", "number", "dealinformation"),
        Enumeration("dealstage", "Deal Stage", "dealinformation", "appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin", "contractsent", "closedwon", "closedlost"),
        Enumeration("pipeline", "Pipeline", "dealinformation", "default"),
        new("closedate", "Close Date", "datetime", "date", "dealinformation"),
        Enumeration("dealtype", "Deal Type", "dealinformation", "newbusiness", "existingbusiness"),
        Custom("salesforce_opportunity_id", "Salesforce Opportunity Id"),
        Custom("netsuite_id", "NetSuite Id"),
    ];

    private static IEnumerable<PropertyDefinition> Common(string group, string modifiedProperty) =>
    [
        new("hs_object_id", "Record ID", "number", "number", group) { ReadOnlyValue = true },
        new("createdate", "Create Date", "datetime", "date", group) { ReadOnlyValue = true },
        new(modifiedProperty, "Last Modified Date", "datetime", "date", group) { ReadOnlyValue = true },
    ];

    private static PropertyDefinition Text(string name, string label, string group) => new(name, label, "string", "text", group);

    private static PropertyDefinition Custom(string name, string label) =>
        new(name, label, "string", "text", "sync") { HasUniqueValue = true, HubSpotDefined = false };

    private static PropertyDefinition Enumeration(string name, string label, string group, params string[] values) =>
        new(name, label, "enumeration", "select", group) { Options = [.. values.Select((v, i) => new PropertyOption(v, v, i))] };
}
