using Integration.Core.Plans;
using Integration.Core.Transforms;

namespace Integration.Plans.Loading;

/// <summary>The JSON spellings of the plan model's enumerations (schemas/plan.schema.json uses the same).</summary>
internal static class PlanJsonNames
{
    public static readonly IReadOnlyDictionary<string, SystemKind> SystemKinds = new Dictionary<string, SystemKind>(StringComparer.Ordinal)
    {
        ["salesforce"] = SystemKind.Salesforce,
        ["hubspot"] = SystemKind.HubSpot,
        ["netsuite"] = SystemKind.NetSuite,
    };

    public static readonly IReadOnlyDictionary<string, DeletePolicy> DeletePolicies = new Dictionary<string, DeletePolicy>(StringComparer.Ordinal)
    {
        ["delete"] = DeletePolicy.Delete,
        ["archive"] = DeletePolicy.Archive,
        ["ignore"] = DeletePolicy.Ignore,
    };

    public static readonly IReadOnlyDictionary<string, SyncRule> SyncRules = new Dictionary<string, SyncRule>(StringComparer.Ordinal)
    {
        ["two-way"] = SyncRule.TwoWay,
        ["always-from-source"] = SyncRule.AlwaysFromSource,
        ["always-from-destination"] = SyncRule.AlwaysFromDestination,
        ["prefer-source-unless-blank"] = SyncRule.PreferSourceUnlessBlank,
        ["prefer-destination-unless-blank"] = SyncRule.PreferDestinationUnlessBlank,
        ["on-create-only"] = SyncRule.OnCreateOnly,
        ["none"] = SyncRule.None,
    };

    public static readonly IReadOnlyDictionary<string, RollbackKind> RollbackKinds = new Dictionary<string, RollbackKind>(StringComparer.Ordinal)
    {
        ["saas"] = RollbackKind.Saas,
        ["oltp"] = RollbackKind.Oltp,
        ["erp"] = RollbackKind.Erp,
    };

    public static readonly IReadOnlyDictionary<string, ConvertTarget> ConvertTargets = new Dictionary<string, ConvertTarget>(StringComparer.Ordinal)
    {
        ["string"] = ConvertTarget.Text,
        ["number"] = ConvertTarget.Number,
        ["decimal"] = ConvertTarget.ExactDecimal,
        ["bool"] = ConvertTarget.Bool,
        ["date"] = ConvertTarget.Date,
        ["datetime"] = ConvertTarget.DateTime,
    };

    public static readonly IReadOnlyDictionary<string, DecimalRounding> Roundings = new Dictionary<string, DecimalRounding>(StringComparer.Ordinal)
    {
        ["halfEven"] = DecimalRounding.HalfEven,
        ["halfUp"] = DecimalRounding.HalfUp,
        ["down"] = DecimalRounding.Down,
    };

    public static readonly IReadOnlyDictionary<string, UnknownValueBehaviour> UnknownValueBehaviours = new Dictionary<string, UnknownValueBehaviour>(StringComparer.Ordinal)
    {
        ["error"] = UnknownValueBehaviour.Error,
        ["default"] = UnknownValueBehaviour.Default,
        ["passThrough"] = UnknownValueBehaviour.PassThrough,
    };
}
