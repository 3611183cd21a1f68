using System.Globalization;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;

namespace CyberCase.Domain.Scrutiny.Rules;

internal static class Arrests
{
    /// <summary>Every arrest memo of the case with its accused (an absconder re-arrested has two).</summary>
    public static IEnumerable<(CaseAccused Accused, ArrestMemo Memo)> Of(CaseRecords c) =>
        c.Accused.SelectMany(a => a.Arrests.OrderBy(m => m.ArrestedAt).Select(m => (a, m)));

    public static Finding Finding(CaseRecords c, string code, Severity severity, CaseAccused a, Provision? provision,
        string problem, string cure, DateTimeOffset? dueAt = null) =>
        new(code, severity, RecordKind.Accused, a.Id, c.AccusedLabel(a), provision is { } p ? c.Cite(p) : null, problem, cure, dueAt);
}

/// <summary>
/// CrPC 57 / BNSS 58 and Article 22(2) of the Constitution: the arrested person is produced before the nearest
/// Magistrate within 24 hours, the journey from the place of arrest excluded. A production (or a remand, which a
/// Magistrate orders only on production) later than that is detention without authority; the defence asks first.
/// While the arrested person has not been produced, the deadline is shown as it falls due.
/// </summary>
public sealed class ProductionWithin24HoursRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var (a, m) in Arrests.Of(c))
        {
            var nextArrest = a.Arrests.Where(x => x.ArrestedAt > m.ArrestedAt).Select(x => (DateTimeOffset?)x.ArrestedAt).Min();
            var after = a.Custody.Where(r => r.At >= m.ArrestedAt && (nextArrest is null || r.At < nextArrest))
                .OrderBy(r => r.At).FirstOrDefault();
            var due = StatutoryClocks.ProductionDue(m.ArrestedAt);
            if (after is { Kind: CustodyRecordKind.ProducedBeforeMagistrate or CustodyRecordKind.PoliceCustody or CustodyRecordKind.JudicialCustody })
            {
                if (after.At > due)
                {
                    var held = after.At - m.ArrestedAt;
                    yield return Arrests.Finding(c, "Production.After24Hours", Severity.Blocking, a, Provision.ProductionWithin24Hours,
                        $"Arrested {Ist.FormDateTime(m.ArrestedAt)}, produced before the Magistrate {Ist.FormDateTime(after.At)}: " +
                        string.Create(CultureInfo.InvariantCulture, $"{(int)held.TotalHours} h {held.Minutes:00} min, with no journey time recorded."),
                        "Record the journey time from the place of arrest to the court (it is excluded from the 24 hours), or correct the times from the GD and the court's order.",
                        due);
                }
            }
            else if (after is null or { Kind: CustodyRecordKind.Absconding })
            {
                var overdue = c.Now > due;
                yield return Arrests.Finding(c, overdue ? "Production.Overdue" : "Production.Due",
                    overdue ? Severity.Blocking : Severity.Warning, a, Provision.ProductionWithin24Hours,
                    $"Arrested {Ist.FormDateTime(m.ArrestedAt)} and not produced before a Magistrate; due by {Ist.FormDateTime(due)}.",
                    "Produce the arrested person before the Magistrate and record the production, or the release.", due);
            }
        }
    }
}

/// <summary>
/// CrPC 46(4) / BNSS 43(5): no woman is arrested after sunset and before sunrise save in exceptional circumstances, and
/// then by a woman police officer with the prior written permission of the Judicial Magistrate. The sun is reckoned at
/// the place of arrest (the raid's premises) or else at the station's district (<see cref="SolarDay"/>).
/// </summary>
public sealed class WomanArrestedAtNightRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var (a, m) in Arrests.Of(c))
        {
            if (!c.Persons.TryGetValue(a.PersonId, out var person) || person.Gender != Gender.Female)
            {
                continue;
            }

            var premises = c.RaidOf(m.RaidId) is { } raid ? c.Premises.FirstOrDefault(p => p.Id == raid.PremisesId) : null;
            var (lat, lon) = premises is { Latitude: { } la, Longitude: { } lo } ? (la, lo) : SolarDay.DistrictHeadquarters(c.StationDistrict);
            if (!SolarDay.IsNight(m.ArrestedAt, lat, lon))
            {
                continue;
            }

            var sun = SolarDay.At(DateOnly.FromDateTime(m.ArrestedAt.ToIst().DateTime), lat, lon);
            var when = sun is { } s ? $" (sunrise {Ist.FormTime(s.Sunrise)}, sunset {Ist.FormTime(s.Sunset)} there that day)" : "";
            yield return Arrests.Finding(c, "Arrest.WomanAtNight", Severity.Blocking, a, Provision.WomanArrestAfterSunset,
                $"A woman arrested at {Ist.FormDateTime(m.ArrestedAt)}, between sunset and sunrise{when}, with no exceptional circumstance, " +
                "woman officer or Magistrate's prior permission recorded.",
                "Record the exceptional circumstance, the woman officer who made the arrest and the Magistrate's prior written permission; " +
                "if the arrest was in fact made by day, correct its time.");
        }
    }
}

/// <summary>CrPC 41B / BNSS 36(b), D.K. Basu: the arrest memo is attested by at least one witness.</summary>
public sealed class ArrestMemoAttestedRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        Arrests.Of(c).Where(x => string.IsNullOrWhiteSpace(x.Memo.AttestingWitnessName)).Select(x =>
            Arrests.Finding(c, "ArrestMemo.NoAttestingWitness", Severity.Blocking, x.Accused, Provision.ArrestProcedure,
                $"The arrest memo of {Ist.FormDateTime(x.Memo.ArrestedAt)} names no attesting witness.",
                "Record the witness who attested the memo (a family member or a respectable person of the locality), with address."));
}

/// <summary>CrPC 41B / BNSS 36(c), D.K. Basu: the arrest memo is countersigned by the person arrested.</summary>
public sealed class ArrestMemoCountersignedRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        Arrests.Of(c).Where(x => !x.Memo.CountersignedByArrestee).Select(x =>
            Arrests.Finding(c, "ArrestMemo.NotCountersigned", Severity.Blocking, x.Accused, Provision.ArrestProcedure,
                $"The arrest memo of {Ist.FormDateTime(x.Memo.ArrestedAt)} is not countersigned by the arrested person.",
                "Have the memo countersigned by the arrested person, or record why it could not be."));
}

/// <summary>CrPC 50A / BNSS 48: a relative, friend or nominated person is told of the arrest and where the person is held.</summary>
public sealed class NominatedPersonInformedRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        Arrests.Of(c).Where(x => string.IsNullOrWhiteSpace(x.Memo.RelativeName) || x.Memo.RelativeInformedAt is null).Select(x =>
            Arrests.Finding(c, "ArrestMemo.NominatedPersonNotInformed", Severity.Blocking, x.Accused, Provision.NominatedPersonInformed,
                $"No record that a relative, friend or nominated person was informed of the arrest of {Ist.FormDateTime(x.Memo.ArrestedAt)}.",
                "Record who was informed (name, relation), how and when, and the entry in the station's book."));
}

/// <summary>CrPC 54 / BNSS 53: the arrested person is examined by a medical officer.</summary>
public sealed class MedicalExaminationRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        Arrests.Of(c).Where(x => x.Memo.MedicalExaminedAt is null).Select(x =>
            Arrests.Finding(c, "ArrestMemo.NoMedicalExamination", Severity.Blocking, x.Accused, Provision.MedicalExamination,
                $"No medical examination is recorded after the arrest of {Ist.FormDateTime(x.Memo.ArrestedAt)}.",
                "Record the medical examination: by whom and when."));
}

/// <summary>
/// Juvenile Justice Act 2015, 10: a child (under 18) in conflict with law is apprehended and placed before the
/// Juvenile Justice Board, not arrested and remanded like an adult. Age from the date of birth at the arrest (or the
/// FIR, if not arrested), else the age as stated.
/// </summary>
public sealed class AccusedUnder18Rule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var a in c.Accused)
        {
            if (!c.Persons.TryGetValue(a.PersonId, out var person))
            {
                continue;
            }

            var on = DateOnly.FromDateTime((a.FirstArrestedAt ?? c.Fir.RegisteredAt).ToIst().DateTime);
            int? age = person.DateOfBirth is { } dob ? on.Year - dob.Year - (on < dob.AddYears(on.Year - dob.Year) ? 1 : 0) : person.Age;
            if (age is < 18)
            {
                yield return Arrests.Finding(c, "Accused.UnderEighteen", Severity.Blocking, a, Provision.ChildInConflictWithLaw,
                    string.Create(CultureInfo.InvariantCulture, $"The accused was {age} on {on:dd/MM/yyyy}: a child in conflict with law."),
                    "Proceed under the Juvenile Justice Act (apprehension, the Juvenile Justice Board, a social investigation report), " +
                    "or correct the age with the proof of age on record.");
            }
        }
    }
}
