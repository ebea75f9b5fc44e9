namespace Integration.Functions.Admin.Mappings;

/// <summary>The answer to a pause or resume.</summary>
/// <param name="Mapping">The mapping's name.</param>
/// <param name="Paused">True when the processor now holds its records.</param>
public sealed record MappingSwitchState(string Mapping, bool Paused);
