namespace Integration.Sandbox.HubSpot.Search;

/// <summary>The search API's filter operators.</summary>
internal enum SearchOperator
{
    EQ,
    NEQ,
    LT,
    LTE,
    GT,
    GTE,
    BETWEEN,
    IN,
    NOT_IN,
    HAS_PROPERTY,
    NOT_HAS_PROPERTY,
    CONTAINS_TOKEN,
    NOT_CONTAINS_TOKEN,
}
