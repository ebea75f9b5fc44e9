namespace Integration.Sandbox.HubSpot.Users;

/// <summary>One edit a simulated user made: which record, which property, the new value, and the user.</summary>
internal sealed record UserEdit(string ObjectType, long ObjectId, string Property, string Value, long UserId);
