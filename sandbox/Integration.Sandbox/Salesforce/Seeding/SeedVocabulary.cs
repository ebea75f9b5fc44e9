namespace Integration.Sandbox.Salesforce.Seeding;

/// <summary>Word lists the seeder draws names and values from.</summary>
internal static class SeedVocabulary
{
    public static readonly string[] Adjectives = ["Blue", "Northern", "Rapid", "Silver", "Global", "Bright", "Quiet", "Prime", "Summit", "Coastal"];
    public static readonly string[] Nouns = ["Harbor", "Systems", "Foods", "Logistics", "Energy", "Textiles", "Robotics", "Media", "Pharma", "Metals"];
    public static readonly string[] FirstNames = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam"];
    public static readonly string[] LastNames = ["Okafor", "Schmidt", "Tanaka", "Rossi", "Nguyen", "Silva", "Kowalski", "Haddad", "Moreau", "Patel"];
    public static readonly string[] Cities = ["Berlin", "Lagos", "Osaka", "Lyon", "Austin", "Porto", "Krakow", "Pune", "Leeds", "Quito"];
    public static readonly string[] Countries = ["Germany", "Nigeria", "Japan", "France", "USA", "Portugal", "Poland", "India", "UK", "Ecuador"];
    public static readonly string[] Titles = ["CEO", "CFO", "Buyer", "Engineer", "Analyst", "Director"];
}
