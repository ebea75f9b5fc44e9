using Integration.Core.CrossReference;
using Integration.Core.Mapping;
using Integration.Core.Plans;
using Integration.Core.Records;
using Integration.Core.Tests.Fakes;
using Integration.Core.Transforms;

namespace Integration.Core.Tests.Mapping;

public sealed class RecordMapperTests
{
    private static readonly ObjectMapping Contacts = new(
        "contacts",
        new ObjectEndpoint("sf", "Contact", "Hs_Id__c"),
        new ObjectEndpoint("hs", "contacts", "sf_id"),
        "sf",
        DeletePolicy.Ignore,
        null,
        [
            new FieldMapping(["FirstName", "LastName"], "fullname", new ConcatTransformSpec(" ")),
            new FieldMapping(["Status__c"], "lifecycle", new ValueMapTransformSpec(new Dictionary<string, string?> { ["Open"] = "lead", ["Won"] = "customer" })),
            new FieldMapping(["AccountId"], "company", new LookupTransformSpec("Account")),
        ],
        MappingReconciliation.None);

    private static SourceRecord Record(string id, params (string Field, object? Value)[] fields) =>
        new("any", id, fields.ToDictionary(f => f.Field, f => Json.Of(f.Value)), new RecordVersion(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Source_to_destination_applies_every_field_mapping()
    {
        var references = new ResolvedReferences();
        references.Add("Account", "001A", "9001");

        var mapped = new RecordMapper().Map(Contacts, SyncSide.A, Record("003", ("FirstName", "Ada"), ("LastName", "Lovelace"), ("Status__c", "Won"), ("AccountId", "001A")), references);

        Assert.Equal(
            ["fullname=Ada Lovelace", "lifecycle=customer", "company=9001"],
            mapped.Fields.Values.Select(f => $"{f.TargetField}={Json.Text(f.Result.Value)}"));
    }

    [Fact]
    public void Destination_to_source_maps_only_invertible_fields_onto_the_source_field_names()
    {
        var references = new ResolvedReferences();
        references.Add("Account", "9001", "001A");

        var mapped = new RecordMapper().Map(Contacts, SyncSide.B, Record("77", ("fullname", "Ada L"), ("lifecycle", "lead"), ("company", "9001")), references);

        Assert.Equal(["Status__c=Open", "AccountId=001A"], mapped.Fields.Values.Select(f => $"{f.TargetField}={Json.Text(f.Result.Value)}"));
    }

    [Fact]
    public void Lookup_with_no_counterpart_is_unresolved_naming_the_referenced_record()
    {
        var mapped = new RecordMapper().Map(Contacts, SyncSide.A, Record("003", ("AccountId", "001Z")), ResolvedReferences.None);

        var unresolved = Assert.Single(mapped.Unresolved);
        Assert.Equal(new UnresolvedReference("Account", "001Z"), unresolved.Result.Reference);
    }

    [Fact]
    public async Task References_are_resolved_with_one_cross_reference_read_per_referenced_mapping()
    {
        var store = new CountingCrossReferenceStore();
        store.Inner.Seed(new CrossReferenceEntry("accounts", "001A", "9001", null, null, new Dictionary<string, FieldFingerprints>()));
        var plan = TestPlans.Build();
        var records = new[] { Record("003", ("AccountId", "001A")), Record("004", ("AccountId", "001B")), Record("005", ("AccountId", "001A")) };

        var resolved = await new ReferenceResolver(store).ResolveAsync(plan, plan.FindMapping("contacts")!, SyncSide.A, records, TestContext.Current.CancellationToken);

        Assert.Equal(1, store.Reads);
        Assert.Equal(["001A", "001B"], store.IdsAsked);
        Assert.True(resolved.TryResolveReference("Account", "001A", out var companyId));
        Assert.Equal("9001", companyId);
        Assert.False(resolved.TryResolveReference("Account", "001B", out _));
    }

    private sealed class CountingCrossReferenceStore : ICrossReferenceStore
    {
        public InMemoryCrossReferenceStore Inner { get; } = new();

        public int Reads { get; private set; }

        public List<string> IdsAsked { get; } = [];

        public Task<IReadOnlyDictionary<string, CrossReferenceEntry>> GetAsync(string mapping, SyncSide side, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
        {
            Reads++;
            IdsAsked.AddRange(ids);
            return Inner.GetAsync(mapping, side, ids, cancellationToken);
        }

        public Task<CrossReferenceEntry?> TryUpsertAsync(CrossReferenceEntry entry, CancellationToken cancellationToken) => Inner.TryUpsertAsync(entry, cancellationToken);

        public Task<bool> TryDeleteAsync(CrossReferenceEntry entry, CancellationToken cancellationToken) => Inner.TryDeleteAsync(entry, cancellationToken);
    }
}
