using Integration.Sandbox.NetSuite;
using Integration.Sandbox.HubSpot;
using Integration.Sandbox.Salesforce;

namespace Integration.Sandbox;

/// <summary>How the sandbox listens and what it emulates.</summary>
public sealed record SandboxOptions
{
    /// <summary>Interface to listen on; default loopback only (the control API relies on it).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>
    /// Port of the Salesforce emulator; 0 (the default, for in-process hosts in tests) picks a free port.
    /// The command line uses <see cref="CommandLineSalesforcePort"/>.
    /// </summary>
    public int SalesforcePort { get; init; }

    /// <summary>Port of the NetSuite emulator; 0 (the default) picks a free port. The command line uses <see cref="CommandLineNetSuitePort"/>.</summary>
    public int NetSuitePort { get; init; }

    /// <summary>Port of the HubSpot emulator; 0 (the default) picks a free port. The command line uses <see cref="CommandLineHubSpotPort"/>.</summary>
    public int HubSpotPort { get; init; }

    /// <summary>The Salesforce port of <c>dotnet run --project sandbox/Integration.Sandbox</c> unless <c>--SalesforcePort</c> says otherwise.</summary>
    public const int CommandLineSalesforcePort = 5310;

    /// <summary>The HubSpot port of the command line unless <c>--HubSpotPort</c> says otherwise.</summary>
    public const int CommandLineHubSpotPort = 5320;

    /// <summary>The NetSuite port of the command line unless <c>--NetSuitePort</c> says otherwise.</summary>
    public const int CommandLineNetSuitePort = 5330;

    /// <summary>
    /// Key required in the <c>X-Sandbox-Key</c> header by the control API (<c>/_sandbox/...</c>). When null the
    /// control API is open to loopback callers only.
    /// </summary>
    public string? AdminKey { get; init; }

    /// <summary>The Salesforce emulator's settings.</summary>
    public SalesforceSandboxOptions Salesforce { get; init; } = new();

    /// <summary>The NetSuite emulator's settings.</summary>
    public NetSuiteSandboxOptions NetSuite { get; init; } = new();

    /// <summary>The HubSpot emulator's settings.</summary>
    public HubSpotSandboxOptions HubSpot { get; init; } = new();

    /// <summary>Clock for timestamps, token expiry, limits and latency; the system clock by default.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
