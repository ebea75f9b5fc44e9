using Azure.Storage.Blobs;
using Integration.Functions.LocalHost.Timers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Integration.Functions.Tests.Timers;

public sealed class TimerTriggerListenerConstructionTests
{
    private static readonly BlobContainerClient Container = new(new Uri("http://127.0.0.1:1/devstoreaccount1/hosts"));

    [Theory]
    [InlineData("not a schedule")]
    [InlineData("61 * * * * *")]
    [InlineData("0 0 0 30 2 *")]
    [InlineData("00:00:00")]
    [InlineData("")]
    public void Invalid_schedule_names_the_function_and_the_schedule(string schedule)
    {
        var error = Assert.Throws<ArgumentException>(() => Create(new TimerTriggerDefinition("Reconcile", schedule)));

        Assert.Contains($"Timer function 'Reconcile' has an invalid schedule '{schedule}'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 */5 * * * *", true, true)]
    [InlineData("0 * * * * *", true, true)]
    [InlineData("*/30 * * * * *", true, false)]
    [InlineData("00:01:00", true, true)]
    [InlineData("00:00:59", true, false)]
    [InlineData("0 */5 * * * *", false, false)]
    public void UseMonitor_is_off_for_schedules_more_frequent_than_once_a_minute(string schedule, bool useMonitor, bool expected)
    {
        var listener = Create(new TimerTriggerDefinition("Reconcile", schedule, UseMonitor: useMonitor));

        Assert.Equal(expected, listener.UsesMonitor);
    }

    [Fact]
    public void Invalid_options_stop_construction_naming_the_key()
    {
        var options = new TimerTriggerOptions { LeasePeriod = TimeSpan.FromSeconds(5) };

        var error = Assert.Throws<OptionsValidationException>(() =>
            new TimerTriggerListener(new TimerTriggerDefinition("Reconcile", "0 * * * * *"), (_, _) => Task.CompletedTask, Container, options, TimeProvider.System, NullLogger.Instance));

        Assert.Contains("LocalHost:Timers:LeasePeriod is 00:00:05", error.Message, StringComparison.Ordinal);
    }

    private static TimerTriggerListener Create(TimerTriggerDefinition trigger) =>
        new(trigger, (_, _) => Task.CompletedTask, Container, new TimerTriggerOptions(), TimeProvider.System, NullLogger.Instance);
}
