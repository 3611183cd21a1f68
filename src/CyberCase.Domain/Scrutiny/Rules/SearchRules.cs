using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;

namespace CyberCase.Domain.Scrutiny.Rules;

internal static class Searches
{
    public static Finding Finding(CaseRecords c, string code, Severity severity, Raid r, Provision? provision, string problem, string cure) =>
        new(code, severity, RecordKind.Raid, r.Id, c.RaidLabel(r), provision is { } p ? c.Cite(p) : null, problem, cure);
}

/// <summary>
/// IT Act 78: an offence under the Act is investigated by an officer not below the rank of Inspector. Registration
/// by a lower rank is valid; an investigation by one is not, and a charge-sheet filed on it is quashed.
/// </summary>
public sealed class ItActInvestigatorRankRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (!c.ChargesItAct || c.Fir.AssignedOfficerId is not { } io || !c.Officers.TryGetValue(io, out var officer)
            || officer.Rank is >= Rank.Inspector)
        {
            yield break;
        }

        yield return new Finding("Investigation.ItActBelowInspector", Severity.Blocking, RecordKind.Fir, c.Fir.Id, $"FIR {c.Fir.Number}",
            c.Cite(Provision.ItActInvestigatingOfficer),
            $"IT Act offences investigated by {officer.FullName} ({officer.Rank?.ToString() ?? "no police rank"}), below the rank of Inspector.",
            "Assign the investigation to an Inspector or above, who adopts or repeats the investigation done so far.");
    }
}

/// <summary>CrPC 100(4) / BNSS 103(4): a search is made before two or more independent respectable inhabitants of the locality.</summary>
public sealed class SearchWitnessesRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var r in c.SearchesMade)
        {
            var memoWitnesses = c.Memos.Where(m => m.RaidId == r.Id).Select(m => m.Witnesses.Count).DefaultIfEmpty(int.MaxValue).Min();
            var count = Math.Min(r.Witnesses.Count, memoWitnesses);
            if (r.Status == RaidStatus.Completed && count < Raid.MinimumWitnesses)
            {
                yield return Searches.Finding(c, "Search.TooFewWitnesses", Severity.Blocking, r, Provision.SearchWitnessesAndList,
                    $"The search and its seizure list are witnessed by {count} independent witness{(count == 1 ? "" : "es")}, fewer than two.",
                    "Record the two independent local witnesses (name, parentage, address) who attended the search and signed the list.");
            }
        }
    }
}

/// <summary>CrPC 100(7) / BNSS 103(7): a copy of the list of things seized is delivered to the occupant.</summary>
public sealed class OccupantCopyRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        c.Memos.Where(m => string.IsNullOrWhiteSpace(m.OccupantGivenCopy)).Select(m =>
            new Finding("Search.NoOccupantCopy", Severity.Warning, RecordKind.SeizureMemo, m.Id, $"Seizure memo {m.MemoNumber}",
                c.Cite(Provision.SearchWitnessesAndList),
                "No record that a copy of the list of things seized was given to the occupant.",
                "Record who received the occupant's copy, or why the occupant was not present to receive it."));
}

/// <summary>
/// CrPC 165 / BNSS 185: an IO searching in the investigation records the reasons in the case diary before the search.
/// Reasons written after the search began (by the diary entry they point at, or else when the raid was planned) are
/// blocking; reasons kept only on the raid, with no diary entry named, a warning: the court reads the diary.
/// </summary>
public sealed class SearchReasonsRecordedRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var r in c.SearchesMade)
        {
            var recordedAt = r.ReasonsRecordedAt ?? r.PlannedAt;
            if ((string.IsNullOrWhiteSpace(r.ReasonsRecorded) && r.ReasonsDiaryEntryId is null) || recordedAt >= r.StartedAt)
            {
                yield return Searches.Finding(c, "Search.ReasonsNotRecordedBefore", Severity.Blocking, r, Provision.SearchReasonsRecorded,
                    recordedAt >= r.StartedAt
                        ? $"The reasons were recorded at {Ist.FormDateTime(recordedAt)}, once the search had begun ({Ist.FormDateTime(r.StartedAt!.Value)})."
                        : "No reasons for the search are recorded.",
                    "Point the search at the case-diary entry that recorded its grounds before it began.");
            }
            else if (r.ReasonsDiaryEntryId is null)
            {
                yield return Searches.Finding(c, "Search.ReasonsNotInDiary", Severity.Warning, r, Provision.SearchReasonsRecorded,
                    "The reasons are recorded on the raid, but no case-diary entry holding them is named.",
                    "Name the case-diary entry in which the reasons were written before the search.");
            }
        }
    }
}

/// <summary>BNSS 105 (new regime only): the search and seizure are recorded by audio-video means, preferably on a mobile phone.</summary>
public sealed class SearchVideoRecordingRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (!c.Regime.Has(Provision.SearchAudioVideoRecording))
        {
            yield break;
        }

        foreach (var r in c.SearchesMade.Where(r => r.Status == RaidStatus.Completed && r.AudioVideoRecorded != true && r.Recordings.Count == 0))
        {
            yield return Searches.Finding(c, "Search.NotVideoRecorded", Severity.Blocking, r, Provision.SearchAudioVideoRecording,
                "The search and seizure are not recorded by audio-video means.",
                "Attach the recording of the search (file, SHA-256, who recorded it); if none was made, the seizure rests on the witnesses alone: say why in the diary.");
        }
    }
}

/// <summary>BNSS 105 (new regime only): the recording is forwarded without delay to the Magistrate.</summary>
public sealed class RecordingForwardedRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (!c.Regime.Has(Provision.SearchAudioVideoRecording))
        {
            yield break;
        }

        // A recording kept as a file of the raid is forwarded on its own; a search only marked as recorded, by the raid's date.
        foreach (var r in c.SearchesMade.Where(r => r.Recordings.Count > 0
            ? r.Recordings.Any(x => x.ForwardedAt is null)
            : r.AudioVideoRecorded == true && r.RecordingForwardedToMagistrateAt is null))
        {
            yield return Searches.Finding(c, "Search.RecordingNotForwarded", Severity.Blocking, r, Provision.SearchAudioVideoRecording,
                "The audio-video recording of the search has not been forwarded to the Magistrate.",
                "Forward the recording to the Magistrate and record when and how, with the acknowledgement.");
        }
    }
}
