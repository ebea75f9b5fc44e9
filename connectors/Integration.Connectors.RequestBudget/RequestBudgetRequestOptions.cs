using Integration.Core.Records;

namespace Integration.Connectors.RequestBudget;

/// <summary>Per-request settings the budget reads from <see cref="HttpRequestMessage.Options"/>.</summary>
public static class RequestBudgetRequestOptions
{
    /// <summary>
    /// The option key naming a request's lane (a <see cref="WriteLane"/>); requests without it are
    /// <see cref="WriteLane.Live"/>. Refit clients set it with <c>[Property(LaneKey)]</c>.
    /// </summary>
    public const string LaneKey = "Integration.RequestBudget.Lane";

    /// <summary>The lane <paramref name="request"/> was given, <see cref="WriteLane.Live"/> when none.</summary>
    /// <param name="request">The outgoing request.</param>
    /// <returns>The request's lane.</returns>
    public static WriteLane GetLane(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(new HttpRequestOptionsKey<WriteLane>(LaneKey), out var lane) ? lane : WriteLane.Live;
    }

    /// <summary>Puts <paramref name="request"/> in <paramref name="lane"/>.</summary>
    /// <param name="request">The outgoing request.</param>
    /// <param name="lane">The lane to draw from.</param>
    public static void SetLane(HttpRequestMessage request, WriteLane lane)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(new HttpRequestOptionsKey<WriteLane>(LaneKey), lane);
    }
}
