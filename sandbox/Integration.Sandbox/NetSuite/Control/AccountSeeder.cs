using System.Globalization;
using System.Text.Json.Nodes;
using Integration.Sandbox.NetSuite.Records;

namespace Integration.Sandbox.NetSuite.Control;

/// <summary>
/// Inserts customers with their contacts and sales orders straight into the store, as an import would: no
/// webhooks. External ids are <c>CUS-&lt;seed&gt;-&lt;n&gt;</c>, <c>CON-…</c> and <c>SO-…</c>.
/// </summary>
internal static class AccountSeeder
{
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne", "Tyrell", "Cyberdyne"];
    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken", "Margaret", "Niklaus"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson", "Hamilton", "Wirth"];

    public static void Seed(AccountStore store, SeedRequest request, DateTimeOffset now)
    {
        var random = new Random(request.Seed);
        lock (store.Gate)
        {
            for (var c = 1; c <= request.Customers; c++)
            {
                var company = $"{Companies[random.Next(Companies.Length)]} {c.ToString(CultureInfo.InvariantCulture)}";
                var customer = Add(store, RecordType.Customer, $"CUS-{request.Seed}-{c}", now, new()
                {
                    ["entityId"] = $"CUST{c}",
                    ["companyName"] = company,
                    ["email"] = $"info{c}@example.com",
                    ["phone"] = $"555-{random.Next(1000, 9999)}",
                });
                var customerId = customer.Id.ToString(CultureInfo.InvariantCulture);
                for (var k = 1; k <= request.ContactsPerCustomer; k++)
                {
                    var (first, last) = (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);
                    Add(store, RecordType.Contact, $"CON-{request.Seed}-{c}-{k}", now, new()
                    {
                        ["firstName"] = first,
                        ["lastName"] = last,
                        ["email"] = $"{first.ToLowerInvariant()}.{last.ToLowerInvariant()}{c}.{k}@example.com",
                        ["company"] = customerId,
                    });
                }

                for (var s = 1; s <= request.SalesOrdersPerCustomer; s++)
                {
                    Add(store, RecordType.SalesOrder, $"SO-{request.Seed}-{c}-{s}", now, new()
                    {
                        ["tranId"] = $"SO{c}-{s}",
                        ["tranDate"] = now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        ["entity"] = customerId,
                        ["total"] = (decimal)random.Next(100, 100_000) / 100,
                    });
                }
            }
        }
    }

    private static StoredRecord Add(AccountStore store, RecordType type, string externalId, DateTimeOffset now, Dictionary<string, object> values)
    {
        var record = new StoredRecord(type, store.NextId(), now) { ExternalId = externalId };
        foreach (var (name, value) in values)
        {
            record.Values[name] = value is decimal number ? JsonValue.Create(number) : JsonValue.Create((string)value);
        }

        store.Table(type).Add(record);
        return record;
    }
}
