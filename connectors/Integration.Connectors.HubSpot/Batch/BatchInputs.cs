using System.Text.Json.Serialization;

namespace Integration.Connectors.HubSpot.Batch;

/// <summary>A batch body: <c>{"inputs":[...]}</c>, at most 100 inputs.</summary>
internal sealed record BatchInputs<TInput>([property: JsonPropertyName("inputs")] IReadOnlyList<TInput> Inputs);
