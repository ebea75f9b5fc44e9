namespace Integration.Connectors.NetSuite.ChangeFeed;

/// <summary>The fresh rows of one page and the lane's watermark after it.</summary>
internal sealed record SuiteQlLanePage(IReadOnlyList<SuiteQlLaneRow> Rows, SuiteQlWatermark After);
