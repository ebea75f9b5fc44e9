using Integration.Core.Plans;

namespace Integration.Core.Tests.Plans;

public sealed class RollbackWindowTests
{
    [Theory]
    [InlineData(RollbackKind.Saas, null, 30)]
    [InlineData(RollbackKind.Oltp, null, 7)]
    [InlineData(RollbackKind.Erp, null, 90)]
    [InlineData(RollbackKind.Erp, 45, 45)]
    public void EffectiveDays_without_explicit_days_uses_the_kind_default(RollbackKind kind, int? days, int expected)
    {
        Assert.Equal(expected, new RollbackWindow(kind, days).EffectiveDays);
    }
}
