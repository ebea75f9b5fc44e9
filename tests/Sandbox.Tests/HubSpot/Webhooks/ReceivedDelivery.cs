using System.Text.Json.Nodes;

namespace Integration.Sandbox.Tests.HubSpot.Webhooks;

/// <summary>One POST the receiver got: method, headers, raw body, its events, and the status it answered.</summary>
public sealed record ReceivedDelivery(string Method, IReadOnlyDictionary<string, string> Headers, string Body, IReadOnlyList<JsonObject> Events, int AnsweredStatus);
