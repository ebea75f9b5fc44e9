using System.Text.RegularExpressions;

namespace Integration.Connectors.Salesforce.Soql;

/// <summary>Guards object and field API names before they are spliced into SOQL or a URL.</summary>
internal static partial class SoqlName
{
    /// <summary>Returns <paramref name="name"/> when it is an API name (<c>Account</c>, <c>Ext_Id__c</c>, <c>Owner.Name</c>); throws otherwise.</summary>
    public static string Require(string name, string what)
    {
        if (!ApiName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a Salesforce {what} API name (letters, digits and underscores, dotted for a relationship path).", what);
        }

        return name;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$")]
    private static partial Regex ApiName();
}
