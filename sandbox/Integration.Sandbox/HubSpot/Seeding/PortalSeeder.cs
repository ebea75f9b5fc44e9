using System.Globalization;
using Integration.Sandbox.HubSpot.Associations;
using Integration.Sandbox.HubSpot.Objects;
using Integration.Sandbox.HubSpot.Tenancy;

namespace Integration.Sandbox.HubSpot.Seeding;

/// <summary>
/// Inserts records straight into the store, without webhook events. The same seed and sizes on the same portal
/// state give the same records and ids. Contacts get the primary company association (1, implying 279), deals
/// the primary company (5, implying 341) and their company's first contact (3).
/// </summary>
internal static class PortalSeeder
{
    private static readonly string[] FirstNames = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson"];
    private static readonly string[] Stages = ["appointmentscheduled", "qualifiedtobuy", "contractsent", "closedwon"];

    public static void Seed(HubSpotPortal portal, HubSpotSeedRequest request, TimeProvider time)
    {
        var origin = new ChangeOrigin("IMPORT", null);
        var store = portal.Store;
        var closeDate = Wire.Timestamp(new DateTimeOffset(time.GetUtcNow().UtcDateTime.Date, TimeSpan.Zero).AddDays(30));
        lock (store.Gate)
        {
            for (var c = 1; c <= request.Companies; c++)
            {
                var tag = $"{request.Seed.ToString(CultureInfo.InvariantCulture)}-{c.ToString(CultureInfo.InvariantCulture)}";
                var company = portal.Writer.Create(store.Table(CrmObjectTypes.Companies), new Dictionary<string, string?>
                {
                    ["name"] = $"Company {tag}",
                    ["domain"] = $"c{tag}.example.com",
                    ["city"] = "Springfield",
                    ["numberofemployees"] = ((c * 37) % 5000).ToString(CultureInfo.InvariantCulture),
                }, origin, null);
                long? firstContact = null;
                for (var k = 1; k <= request.ContactsPerCompany; k++)
                {
                    var n = (c * 31) + k;
                    var contact = portal.Writer.Create(store.Table(CrmObjectTypes.Contacts), new Dictionary<string, string?>
                    {
                        ["email"] = $"contact{k.ToString(CultureInfo.InvariantCulture)}@c{tag}.example.com",
                        ["firstname"] = FirstNames[n % FirstNames.Length],
                        ["lastname"] = LastNames[(n / FirstNames.Length) % LastNames.Length],
                        ["jobtitle"] = "Engineer",
                        ["company"] = $"Company {tag}",
                    }, origin, null);
                    store.Associations.Add(AssociationTypes.Find("contacts", "companies", 1)!, contact.Id, company.Id);
                    firstContact ??= contact.Id;
                }

                for (var d = 1; d <= request.DealsPerCompany; d++)
                {
                    var deal = portal.Writer.Create(store.Table(CrmObjectTypes.Deals), new Dictionary<string, string?>
                    {
                        ["dealname"] = $"Deal {tag}-{d.ToString(CultureInfo.InvariantCulture)}",
                        ["amount"] = (1000 * d + c).ToString(CultureInfo.InvariantCulture),
                        ["dealstage"] = Stages[(c + d) % Stages.Length],
                        ["pipeline"] = "default",
                        ["closedate"] = closeDate,
                    }, origin, null);
                    store.Associations.Add(AssociationTypes.Find("deals", "companies", 5)!, deal.Id, company.Id);
                    if (firstContact is { } contactId)
                    {
                        store.Associations.Add(AssociationTypes.Find("deals", "contacts", 3)!, deal.Id, contactId);
                    }
                }
            }
        }
    }
}
