namespace Integration.Sandbox.Salesforce.Data;

/// <summary>An upsert: the DML outcome, or the ids of the several records the external id matched.</summary>
internal sealed record UpsertOutcome(DmlOutcome Outcome, IReadOnlyList<string> Matches)
{
    public bool MultipleMatches => Matches.Count > 1;
}
