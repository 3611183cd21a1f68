using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Law;
using CyberCase.Domain.Raids;

namespace CyberCase.Domain.Scrutiny.Rules;

internal static class Custody
{
    public static Finding Finding(CaseRecords c, string code, Exhibit e, Provision? provision, string problem, string cure,
        Severity severity = Severity.Blocking) =>
        new(code, severity, RecordKind.Exhibit, e.Id, CaseRecords.ExhibitLabel(e), provision is { } p ? c.Cite(p) : null, problem, cure);

    /// <summary>
    /// The provision behind the sequence of custody: BNSS 193(3)(i) in the new regime; under the CrPC nothing requires
    /// the sequence in the report, and the chain is the seizure report to the Magistrate (CrPC 102(3)) and the evidence.
    /// </summary>
    public static Provision For(CaseRecords c) =>
        c.Regime.Has(Provision.PoliceReportCustodySequence) ? Provision.PoliceReportCustodySequence : Provision.SeizureReportedToMagistrate;

    /// <summary>Every station raid, this case's and the others', once.</summary>
    public static IEnumerable<Raid> AllRaids(CaseRecords c) => c.Raids.Concat(c.OtherRaids.Where(o => c.Raids.All(r => r.Id != o.Id)));

    public static bool InTeam(Raid r, Guid officerId) => r.StationOfficers.Contains(officerId);
}

/// <summary>
/// An exhibit's custody is one unbroken sequence from its seizure: entry 1 is the seizure, each hand-over starts from
/// the holder the previous entry ended with, the numbers have no gap and the hash chain verifies. A break means that
/// for some time nobody is recorded as holding the exhibit, or the log was altered outside the application.
/// </summary>
public sealed class CustodyContinuousRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var e in c.Exhibits)
        {
            var log = e.Custody.OrderBy(x => x.Sequence).ToList();
            string? problem = null;
            if (log.Count == 0)
            {
                problem = "No custody is recorded at all: nobody is shown holding the exhibit after its seizure.";
            }
            else if (log[0].From is not null)
            {
                problem = "The custody log does not begin with the seizure.";
            }
            else
            {
                for (var i = 1; i < log.Count && problem is null; i++)
                {
                    if (log[i].Sequence != log[i - 1].Sequence + 1)
                    {
                        problem = $"Custody entries {log[i - 1].Sequence} and {log[i].Sequence} are not consecutive: an entry is missing.";
                    }
                    else if (log[i].From != log[i - 1].To)
                    {
                        problem = $"Entry {log[i].Sequence} hands the exhibit over from {log[i].From}, but entry {log[i - 1].Sequence} left it with {log[i - 1].To}.";
                    }
                }

                if (problem is null && !CustodyEvent.ChainIsIntact(log))
                {
                    problem = "The custody log's hash chain does not verify: an entry was altered outside the application.";
                }
            }

            if (problem is not null)
            {
                yield return Custody.Finding(c, "Custody.Gap", e, Custody.For(c), problem,
                    "Reconstruct the missing hand-over from the malkhana register, the FSL docket and the road certificates, and record it; report an altered log to the SHO.");
            }
        }
    }
}

/// <summary>
/// A holder recorded in two places at once: an officer shown holding an exhibit while in the team of another search
/// (of any case of the station) at the same time. The search that seized the exhibit is not "elsewhere".
/// </summary>
public sealed class CustodyHolderElsewhereRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        var raids = Custody.AllRaids(c).Where(r => r.Occupies is not null).ToList();
        foreach (var e in c.Exhibits)
        {
            var log = e.Custody.OrderBy(x => x.Sequence).ToList();
            var seizingRaid = c.MemoOf(e)?.RaidId;
            for (var i = 0; i < log.Count; i++)
            {
                if (log[i].ToKind != CustodyHolderKind.Officer || log[i].ToOfficerId is not { } officer)
                {
                    continue;
                }

                var from = log[i].At;
                var to = i + 1 < log.Count ? log[i + 1].At : c.Now;
                var clash = raids.Where(r => r.Id != seizingRaid && Custody.InTeam(r, officer) && r.Overlaps(from, to))
                    .OrderBy(r => r.Occupies!.Value.From).FirstOrDefault();
                if (clash is not null)
                {
                    var span = clash.Occupies!.Value;
                    yield return Custody.Finding(c, "Custody.HolderElsewhere", e, Custody.For(c),
                        $"{c.OfficerLabel(officer)} is recorded holding the exhibit from {Ist.FormDateTime(from)} to {Ist.FormDateTime(to)}, " +
                        $"while in the team of the {(c.Raids.Contains(clash) ? c.RaidLabel(clash) : "search of another case")} " +
                        $"({Ist.FormDateTime(span.From)}-{Ist.FormTime(span.To)}).",
                        "Record the deposit (malkhana register entry) or the hand-over to the officer who actually kept the exhibit meanwhile.");
                    break;
                }
            }
        }
    }
}

/// <summary>
/// An officer in two searches at overlapping times: the defence's first question about a seizure list that names
/// the officer. Write time refuses planning such a raid (docs/consistency.md); times recorded later, or records from
/// before the check, are caught here. Each pair is reported once, on the earlier search of this case.
/// </summary>
public sealed class OfficerInOverlappingRaidsRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        var all = Custody.AllRaids(c).Where(r => r.Occupies is not null).ToList();
        var reported = new HashSet<(Guid, Guid, Guid)>();
        foreach (var r in c.Raids.Where(r => r.Occupies is not null).OrderBy(r => r.Occupies!.Value.From))
        {
            var span = r.Occupies!.Value;
            foreach (var officer in r.StationOfficers.Distinct())
            {
                foreach (var other in all.Where(o => o.Id != r.Id && Custody.InTeam(o, officer) && o.Overlaps(span.From, span.To)))
                {
                    var pair = r.Id.CompareTo(other.Id) < 0 ? (r.Id, other.Id, officer) : (other.Id, r.Id, officer);
                    if (!reported.Add(pair))
                    {
                        continue;
                    }

                    var o = other.Occupies!.Value;
                    yield return Searches.Finding(c, "Raid.OfficerInOverlappingRaids", Severity.Blocking, r, null,
                        $"{c.OfficerLabel(officer)} is in the team of this search ({Ist.FormDateTime(span.From)}-{Ist.FormTime(span.To)}) " +
                        $"and of the {(c.Raids.Contains(other) ? c.RaidLabel(other) : "search of another case")} ({Ist.FormDateTime(o.From)}-{Ist.FormTime(o.To)}) at the same time.",
                        "Correct the team of the search the officer was not at, or the times, from the GD entries of departure and return.");
                }
            }
        }
    }
}
