using CyberCase.Domain.Scrutiny;

namespace CyberCase.Domain.Tests.Scrutiny;

public sealed class CaseScrutinyTests
{
    [Test]
    public void The_clean_case_has_no_finding_in_either_regime()
    {
        Assert.That(CaseScrutiny.Run(new ScrutinyCase().Build()), Is.Empty);
        Assert.That(CaseScrutiny.Run(new ScrutinyCase { NewRegime = true }.Build()), Is.Empty);
    }

    [Test]
    public void Blocking_findings_come_first()
    {
        var findings = CaseScrutiny.Run(new ScrutinyCase { OccupantGivenCopy = null, Countersigned = false }.Build());
        Assert.That(findings.Select(f => f.Severity), Is.EqualTo(new[] { Severity.Blocking, Severity.Warning }));
    }

    [Test]
    public void A_crpc_case_never_cites_the_bnss_or_the_bsa()
    {
        var findings = CaseScrutiny.Run(new ScrutinyCase
        {
            ProducedAfter = TimeSpan.FromHours(30),
            Countersigned = false,
            RelativeInformed = false,
            MedicallyExamined = false,
            AudioVideoRecorded = false,
            Deposited = false,
            OtherRaidOfIo = (12, 16),
            Io = ScrutinyCase.SubInspector,
        }.Build());
        Assert.That(findings, Is.Not.Empty);
        Assert.That(findings.Select(f => f.Provision ?? ""), Has.None.Contains("BNSS").And.None.Contains("BSA"));
    }
}

public sealed class SolarDayTests
{
    [Test]
    public void Srinagar_in_mid_january_and_mid_june_matches_the_almanac()
    {
        // The independent "sunrise equation" (J2000 mean anomaly, equation of centre, refraction 0.833 degrees) gives for
        // Srinagar 13 Jan 2021 sunrise 07:37, sunset 17:43; 21 Jun 2021 sunrise 05:20, sunset 19:46 (IST).
        var winter = SolarDay.At(new DateOnly(2021, 1, 13), 34.0837, 74.7973)!.Value;
        Assert.That(winter.Sunrise.TimeOfDay.TotalMinutes, Is.EqualTo((7 * 60) + 37).Within(2));
        Assert.That(winter.Sunset.TimeOfDay.TotalMinutes, Is.EqualTo((17 * 60) + 43).Within(2));
        var summer = SolarDay.At(new DateOnly(2021, 6, 21), 34.0837, 74.7973)!.Value;
        Assert.That(summer.Sunrise.TimeOfDay.TotalMinutes, Is.EqualTo((5 * 60) + 20).Within(2));
        Assert.That(summer.Sunset.TimeOfDay.TotalMinutes, Is.EqualTo((19 * 60) + 46).Within(2));
        var jammu = SolarDay.At(new DateOnly(2021, 1, 13), 32.7266, 74.8570)!.Value;
        Assert.That(jammu.Sunset, Is.GreaterThan(winter.Sunset), "further south, the winter sun sets later");
    }

    [Test]
    public void Night_is_from_sunset_to_sunrise()
    {
        var day = new DateTimeOffset(2021, 1, 13, 17, 0, 0, Common.Ist.Offset);
        Assert.That(SolarDay.IsNight(day, 34.0837, 74.7973), Is.False);
        Assert.That(SolarDay.IsNight(day.AddHours(1), 34.0837, 74.7973), Is.True);
        Assert.That(SolarDay.IsNight(day.AddHours(-11), 34.0837, 74.7973), Is.True, "06:00, before sunrise");
    }
}
