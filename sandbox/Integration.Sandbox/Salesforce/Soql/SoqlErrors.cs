namespace Integration.Sandbox.Salesforce.Soql;

/// <summary>
/// Query errors in Salesforce's layout: the statement, a caret under the offending column,
/// <c>ERROR at Row:1:Column:N</c>, then the reason.
/// </summary>
internal static class SoqlErrors
{
    private const string FieldHint = "If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.";

    public static SoqlException Unexpected(string query, SoqlToken token) =>
        new("MALFORMED_QUERY", Located(query, token.Position, $"unexpected token: '{(token.Kind == SoqlTokenKind.End ? "<EOF>" : token.Text)}'"));

    public static SoqlException Malformed(string query, int position, string reason) =>
        new("MALFORMED_QUERY", Located(query, position, reason));

    public static SoqlException NoSuchColumn(string query, int position, string column, string entity) =>
        new("INVALID_FIELD", Located(query, position, $"No such column '{column}' on entity '{entity}'. {FieldHint}"));

    public static SoqlException UnknownRelationship(string query, int position, string relationship) =>
        new("INVALID_FIELD", Located(query, position, $"Didn't understand relationship '{relationship}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. Please reference your WSDL or the describe call for the appropriate names."));

    public static SoqlException UnknownType(string query, int position, string type) =>
        new("INVALID_TYPE", Located(query, position, $"sObject type '{type}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names."));

    public static SoqlException FilterType(string query, int position, string field, string type, bool quoted) =>
        new("INVALID_QUERY_FILTER_OPERATOR", Located(query, position,
            $"value of filter criterion for field '{field}' must be of type {type} and should {(quoted ? string.Empty : "not ")}be enclosed in quotes"));

    public static SoqlException InvalidId(string query, int position, string value) =>
        new("INVALID_QUERY_FILTER_OPERATOR", Located(query, position, $"invalid ID field: {value}"));

    private static string Located(string query, int position, string reason) =>
        $"\n{query}\n{new string(' ', Math.Max(0, position))}^\nERROR at Row:1:Column:{position + 1}\n{reason}";
}
