namespace Integration.Core.Plans;

/// <summary>The kinds of system a plan can connect (<c>systems.*.kind</c> in plan JSON).</summary>
public enum SystemKind
{
    /// <summary>Salesforce (<c>salesforce</c>).</summary>
    Salesforce,

    /// <summary>HubSpot (<c>hubspot</c>).</summary>
    HubSpot,

    /// <summary>NetSuite (<c>netsuite</c>).</summary>
    NetSuite,
}
