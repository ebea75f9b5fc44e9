using Integration.Functions.LocalHost.Timers;

namespace Integration.Functions.Tests.Timers;

public sealed class TimerTriggerOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.True(new TimerTriggerOptionsValidator().Validate(null, new TimerTriggerOptions()).Succeeded);
    }

    [Theory]
    [InlineData("HostId", "Upper-Case", "LocalHost:Timers:HostId is 'Upper-Case'")]
    [InlineData("HostId", "-dash", "LocalHost:Timers:HostId is '-dash'")]
    [InlineData("HostId", "a-host-id-that-is-longer-than-32-chars", "longer-than-32-chars'; it must be 1 to 32")]
    [InlineData("LeasePeriod", "00:00:14", "LocalHost:Timers:LeasePeriod is 00:00:14; the blob service leases for 15 to 60 seconds.")]
    [InlineData("LeasePeriod", "00:01:01", "LocalHost:Timers:LeasePeriod is 00:01:01")]
    [InlineData("LeaseAcquireInterval", "00:00:00.5000000", "LocalHost:Timers:LeaseAcquireInterval is 00:00:00.5000000")]
    [InlineData("StopGracePeriod", "00:10:01", "LocalHost:Timers:StopGracePeriod is 00:10:01")]
    public void Out_of_range_setting_is_named_with_its_value_and_rule(string key, string value, string expectedMessage)
    {
        var options = new TimerTriggerOptions();
        var property = typeof(TimerTriggerOptions).GetProperty(key)!;
        property.SetValue(options, property.PropertyType == typeof(TimeSpan) ? TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var result = new TimerTriggerOptionsValidator().Validate(null, options);

        Assert.Contains(expectedMessage, Assert.Single(result.Failures!), StringComparison.Ordinal);
    }
}
