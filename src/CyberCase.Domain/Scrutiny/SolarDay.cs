using CyberCase.Domain.Common;

namespace CyberCase.Domain.Scrutiny;

/// <summary>
/// Sunrise and sunset at a place on a day, by the NOAA solar calculator's equations (the "General Solar Position"
/// spreadsheet of the NOAA Global Monitoring Laboratory: Julian century, the sun's mean longitude and anomaly, the
/// equation of time, the declination and the hour angle of the apparent sunrise at a zenith of 90.833 degrees, which
/// allows for refraction and the sun's radius). Accurate to about a minute between the polar circles, which is far
/// finer than the minute an arrest memo records. CrPC 46(4) / BNSS 43(5) speak of "sunset" and "sunrise" at the
/// place of arrest, so the place's own sun is used, never a fixed hour.
/// </summary>
public static class SolarDay
{
    /// <summary>Sunrise and sunset (IST) on the given IST date, or null on a day the sun does not rise or set there.</summary>
    public static (DateTimeOffset Sunrise, DateTimeOffset Sunset)? At(DateOnly date, double latitude, double longitude)
    {
        const double zoneHours = 5.5;
        // The Julian day at local noon: the equations are evaluated once, at noon, as the spreadsheet does.
        var julianDay = date.DayNumber + 1721425.5 + 0.5 - (zoneHours / 24);
        var t = (julianDay - 2451545) / 36525;

        var meanLongitude = Mod360(280.46646 + (t * (36000.76983 + (t * 0.0003032))));
        var meanAnomaly = 357.52911 + (t * (35999.05029 - (0.0001537 * t)));
        var eccentricity = 0.016708634 - (t * (0.000042037 + (0.0000001267 * t)));
        var centre = (Sin(meanAnomaly) * (1.914602 - (t * (0.004817 + (0.000014 * t)))))
            + (Sin(2 * meanAnomaly) * (0.019993 - (0.000101 * t))) + (Sin(3 * meanAnomaly) * 0.000289);
        var apparentLongitude = meanLongitude + centre - 0.00569 - (0.00478 * Sin(125.04 - (1934.136 * t)));
        var meanObliquity = 23 + ((26 + ((21.448 - (t * (46.815 + (t * (0.00059 - (t * 0.001813)))))) / 60)) / 60);
        var obliquity = meanObliquity + (0.00256 * Cos(125.04 - (1934.136 * t)));
        var declination = Degrees(Math.Asin(Sin(obliquity) * Sin(apparentLongitude)));

        var y = Math.Pow(Math.Tan(Radians(obliquity / 2)), 2);
        var equationOfTimeMinutes = 4 * Degrees((y * Sin(2 * meanLongitude)) - (2 * eccentricity * Sin(meanAnomaly))
            + (4 * eccentricity * y * Sin(meanAnomaly) * Cos(2 * meanLongitude))
            - (0.5 * y * y * Sin(4 * meanLongitude)) - (1.25 * eccentricity * eccentricity * Sin(2 * meanAnomaly)));

        var cosHourAngle = (Cos(90.833) / (Cos(latitude) * Cos(declination))) - (Math.Tan(Radians(latitude)) * Math.Tan(Radians(declination)));
        if (cosHourAngle is < -1 or > 1)
        {
            return null;
        }

        var hourAngle = Degrees(Math.Acos(cosHourAngle));
        var noonMinutes = 720 - (4 * longitude) - equationOfTimeMinutes + (zoneHours * 60);
        var midnight = new DateTimeOffset(date.Year, date.Month, date.Day, 0, 0, 0, Ist.Offset);
        return (midnight.AddMinutes(noonMinutes - (hourAngle * 4)), midnight.AddMinutes(noonMinutes + (hourAngle * 4)));
    }

    /// <summary>Whether the moment falls between sunset and sunrise at the place (on the IST day of the moment).</summary>
    public static bool IsNight(DateTimeOffset at, double latitude, double longitude)
    {
        var ist = at.ToIst();
        var sun = At(DateOnly.FromDateTime(ist.DateTime), latitude, longitude);
        return sun is not { } s || at < s.Sunrise || at >= s.Sunset;
    }

    /// <summary>
    /// Where the sun is reckoned when the place of arrest has no coordinates: the district headquarters of the
    /// stations this system serves. Unknown districts fall back to Srinagar, the northernmost: its winter sun sets
    /// earliest, so the fallback errs towards calling an arrest a night arrest, never the other way.
    /// </summary>
    public static (double Latitude, double Longitude) DistrictHeadquarters(string district) => district.Trim().ToUpperInvariant() switch
    {
        "JAMMU" => (32.7266, 74.8570),
        _ => (34.0837, 74.7973),
    };

    private static double Mod360(double degrees) => ((degrees % 360) + 360) % 360;

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;

    private static double Sin(double degrees) => Math.Sin(Radians(degrees));

    private static double Cos(double degrees) => Math.Cos(Radians(degrees));
}
