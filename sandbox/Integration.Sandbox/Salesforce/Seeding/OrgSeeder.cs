using Integration.Sandbox.Salesforce.Data;
using Integration.Sandbox.Salesforce.Streaming.ChangeEvents;

namespace Integration.Sandbox.Salesforce.Seeding;

/// <summary>
/// Inserts related accounts, contacts and opportunities straight into the store (no per-record JSON), drawing
/// every value from <see cref="Random"/> seeded by the request. External ids continue from the existing count.
/// The seed is one transaction for Change Data Capture: CREATE events up to the overflow threshold, then one
/// GAP_OVERFLOW per entity.
/// </summary>
internal sealed class OrgSeeder(OrgStore store, TimeProvider time, ChangeTransaction? changes = null)
{
    public void Seed(SeedRequest request)
    {
        var random = new Random(request.Seed);
        object now = time.GetUtcNow();
        var account = StandardSchema.Account;
        lock (store.Gate)
        {
            var offset = store.Table(account).LiveCount + store.Table(account).DeletedCount;
            for (var i = 0; i < request.Accounts; i++)
            {
                var n = offset + i;
                var name = $"{Pick(random, SeedVocabulary.Adjectives)} {Pick(random, SeedVocabulary.Nouns)} {n}";
                var city = random.Next(SeedVocabulary.Cities.Length);
                var accountId = Insert(account, now, new()
                {
                    ["Name"] = name,
                    ["Type"] = Pick(random, account.Field("Type")!.PicklistValues),
                    ["Industry"] = Pick(random, account.Field("Industry")!.PicklistValues),
                    ["AnnualRevenue"] = (decimal)random.Next(1, 50_000) * 1000,
                    ["NumberOfEmployees"] = (decimal)random.Next(1, 20_000),
                    ["Phone"] = $"+1 555 {random.Next(1000000, 9999999)}",
                    ["Website"] = $"https://www.account{n}.example",
                    ["BillingCity"] = SeedVocabulary.Cities[city],
                    ["BillingCountry"] = SeedVocabulary.Countries[city],
                    ["External_Id__c"] = $"ACC-{request.Seed}-{n:D7}",
                    ["Legacy_Number__c"] = $"L{n % 1000:D4}",
                });
                for (var c = 0; c < request.ContactsPerAccount; c++)
                {
                    SeedContact(random, now, accountId, $"{request.Seed}-{n:D7}-{c:D2}");
                }

                for (var o = 0; o < request.OpportunitiesPerAccount; o++)
                {
                    SeedOpportunity(random, now, accountId, name, $"{request.Seed}-{n:D7}-{o:D2}");
                }
            }

            changes?.Commit();
        }
    }

    private void SeedContact(Random random, object now, string accountId, string key)
    {
        var first = Pick(random, SeedVocabulary.FirstNames);
        var last = Pick(random, SeedVocabulary.LastNames);
        Insert(StandardSchema.Contact, now, new()
        {
            ["FirstName"] = first,
            ["LastName"] = last,
            ["Name"] = $"{first} {last}",
            ["Email"] = $"{first}.{last}.{key}@example.com".ToLowerInvariant(),
            ["Title"] = Pick(random, SeedVocabulary.Titles),
            ["Birthdate"] = new DateOnly(1960, 1, 1).AddDays(random.Next(0, 15_000)),
            ["AccountId"] = accountId,
            ["External_Id__c"] = $"CON-{key}",
        });
    }

    private void SeedOpportunity(Random random, object now, string accountId, string accountName, string key)
    {
        var stage = StandardSchema.Opportunity.Field("StageName")!.PicklistValues;
        Insert(StandardSchema.Opportunity, now, new()
        {
            ["Name"] = $"{accountName} deal {key[^2..]}",
            ["StageName"] = Pick(random, stage),
            ["CloseDate"] = new DateOnly(2026, 1, 1).AddDays(random.Next(0, 730)),
            ["Amount"] = (decimal)random.Next(1, 500) * 100,
            ["Probability"] = (decimal)(random.Next(0, 11) * 10),
            ["AccountId"] = accountId,
            ["External_Id__c"] = $"OPP-{key}",
        });
    }

    private string Insert(SObjectType type, object now, Dictionary<string, object?> fields)
    {
        var values = new object?[type.Fields.Count];
        foreach (var (name, value) in fields)
        {
            values[type.Field(name)!.Ordinal] = value;
        }

        var id = store.NewId(type);
        values[type.IdField.Ordinal] = id;
        values[type.IsDeletedField.Ordinal] = StoredRecord.False;
        values[type.CreatedDateField.Ordinal] = now;
        values[type.LastModifiedDateField.Ordinal] = now;
        values[type.SystemModstampField.Ordinal] = now;
        var record = new StoredRecord(type, values);
        store.Table(type).Put(record);
        changes?.Record(null, record);
        return id;
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
