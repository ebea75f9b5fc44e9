using System.Diagnostics.CodeAnalysis;

namespace Integration.Core.Plans;

/// <summary>One side of an object mapping: an object of a declared system (<c>source</c> or <c>destination</c>).</summary>
/// <param name="System">The key of a system declared in the plan's <c>systems</c>.</param>
/// <param name="Object">The vendor's object name (Salesforce <c>Account</c>, HubSpot <c>companies</c>, NetSuite <c>customer</c>).</param>
/// <param name="ExternalIdField">The field on this object that holds the other side's record id, used as the upsert key; null when none.</param>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Object is the vendors' own term (Salesforce sObject, HubSpot CRM object) and the plan JSON key.")]
public sealed record ObjectEndpoint(string System, string Object, string? ExternalIdField = null);
