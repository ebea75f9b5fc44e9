namespace Integration.Core.Transforms.Internal;

/// <summary>Finds the time zone a spec names (an IANA id such as <c>America/New_York</c>); UTC when none is named.</summary>
internal static class TimeZoneSetting
{
    public static TimeZoneInfo Find(string? id, string setting)
    {
        if (id is null)
        {
            return TimeZoneInfo.Utc;
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException($"convert {setting} must not be blank; leave it out for UTC.", setting);
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new ArgumentException(
                $"convert {setting} '{id}' is not a known time zone; use an IANA id such as America/New_York.", setting, e);
        }
        catch (InvalidTimeZoneException e)
        {
            throw new ArgumentException($"convert {setting} '{id}' has invalid time zone data on this machine.", setting, e);
        }
    }
}
