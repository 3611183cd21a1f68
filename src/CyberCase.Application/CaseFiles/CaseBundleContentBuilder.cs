using System.Globalization;
using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

/// <summary>
/// Gathers what goes into a case's bundle from the database, for an officer of the case's station. Every read is
/// scoped to the FIR and to the officer's station, and every list is ordered by a stable key (codes, numbers,
/// sequence), so that an unchanged case gives the same bundle, byte for byte.
/// </summary>
public static partial class CaseBundleContentBuilder
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static async Task<CaseBundleContent> BuildAsync(CyberCaseDbContext db, Guid firId, ICurrentOfficer officer,
        OffenceSectionCatalog catalog, StationDirectory stations, IEvidenceStore evidence, TimeProvider clock, CancellationToken ct)
    {
        var fir = await db.LoadDetailsAsync(firId, officer, catalog, stations, clock, ct);
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == fir.Station.Id).SingleAsync(ct);
        // The prosecutor named on the cover is the one exporting; for anyone else the line is left for the prosecutor.
        var prosecutor = officer.IsInRole(Roles.Prosecutor)
            ? await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id).Select(o => o.FullName).SingleOrDefaultAsync(ct)
            : null;

        var facts = await CaseFacts.LoadAsync(db, firId, officer.StationId, ct);

        // The bundle speaks as of the latest dated fact in the case, never the clock: an unchanged case gives the same bytes.
        var asOf = fir.SupplementaryStatements.Select(s => s.RecordedAt).Append(fir.RegisteredAt).Concat(facts.Dates()).Max();
        var header = new CaseHeader(fir.Number, fir.Station.Name, fir.Station.Code, fir.Station.District, station.State,
            fir.Sections.Select(s => s.Title.Length > 0 ? $"{s.Display} ({s.Title})" : s.Display).ToList(),
            fir.AssignedOfficer?.FullName, prosecutor, asOf, fir.RegisteredAt, fir.RegisteredAt);

        var firContent = new FirContent(fir.Number, fir.RegisteredAt, fir.GdEntryNumber, fir.OccurredFrom, fir.OccurredTo,
            fir.PlaceOfOccurrence, Words(fir.InformationType.ToString()), fir.Informant.Name, fir.Informant.Parentage,
            fir.Informant.Nationality, fir.Informant.Address, fir.Informant.Phone,
            fir.Sections.Select(s => new SectionLine(s.Display, s.Title, s.BnsEquivalent?.Display)).ToList(),
            fir.Narrative, Words(fir.Status.ToString()), fir.AssignedOfficer?.FullName,
            fir.SupplementaryStatements.Select(s => new StatementContent(s.RecordedAt, s.RecordedBy.FullName, s.Text)).ToList());

        var stationPlace = $"{station.Name}, {station.District}";
        var stationAddress = $"{station.Name}, {station.District}, {station.State}";
        var regime = Regime.ForFir(fir.RegisteredAt);
        return new CaseBundleContent(header, firContent,
            Accused(facts, asOf), Premises(facts), Raids(facts, station.Name, regime), SeizureMemos(facts), Exhibits(facts),
            CustodySequences(facts), Certificates(facts, stationAddress, stationPlace), await AnnexuresAsync(db, firId, officer, evidence, ct));
    }

    private static List<AccusedContent> Accused(CaseFacts f, DateTimeOffset asOf) =>
        f.Accused.Select(a =>
        {
            var person = f.Persons[a.PersonId];
            var arrest = a.Arrest is { } m
                ? new ArrestContent(m.ArrestedAt, m.Place, f.OfficerName(m.ArrestingOfficerId), m.GroundsCommunicated,
                    RelativeInformed(m), a.ProducedAt)
                : null;
            return new AccusedContent(a.Code, person.Name, person.Parentage, Age(person, asOf), person.Address,
                a.RoleNote is null ? Words(a.Role.ToString()) : $"{Words(a.Role.ToString())}: {a.RoleNote}", arrest, CustodyStatus(a));
        }).ToList();

    /// <summary>The age as stated, or worked out from the date of birth as of the bundle's date (never the clock).</summary>
    private static string? Age(AccusedPerson p, DateTimeOffset asOf)
    {
        if (p.DateOfBirth is not { } dob)
        {
            return p.Age?.ToString(Invariant);
        }

        var on = DateOnly.FromDateTime(asOf.ToIst().DateTime);
        var years = on.Year - dob.Year - (on < dob.AddYears(on.Year - dob.Year) ? 1 : 0);
        return $"{years} (born {dob.ToString("dd/MM/yyyy", Invariant)})";
    }

    private static string? RelativeInformed(ArrestMemo m)
    {
        if (m.RelativeName is null && m.RelativeInformedAt is null)
        {
            return null;
        }

        var who = m.RelativeName is null ? "A relative or friend" : m.RelativeRelation is null ? m.RelativeName : $"{m.RelativeName} ({m.RelativeRelation})";
        var how = m.RelativeInformedHow is { } h ? " by " + Words(h.ToString()).ToLowerInvariant() : "";
        var when = m.RelativeInformedAt is { } at ? " on " + DateTime(at) : "";
        return who + ", informed" + how + when;
    }

    /// <summary>"Judicial custody since 21/01/2021, until 04/02/2021 (order Remand 19/2021)": short, for a narrow column.</summary>
    private static string CustodyStatus(CaseAccused a)
    {
        var status = Words(a.Status.ToString());
        var last = a.Custody.OrderBy(c => c.At).ThenBy(c => c.RecordedAt).LastOrDefault(c => c.Kind != CustodyRecordKind.ProducedBeforeMagistrate);
        if (last is null)
        {
            return status;
        }

        return status + " since " + Ist.FormDate(last.At)
            + (last.Until is { } until ? ", until " + until.ToString("dd/MM/yyyy", Invariant) : "")
            + (last.OrderReference is null ? "" : $" (order {last.OrderReference})");
    }

    private static List<PremisesContent> Premises(CaseFacts f) =>
        f.Premises.Select(p => new PremisesContent(f.PremisesRef(p.Id), p.Name, Words(p.Kind.ToString()), p.Address.ToString(),
            p.Latitude is { } lat && p.Longitude is { } lon ? Coordinates(lat, lon) : null,
            p.OwnerOperator ?? (p.OwnerAccusedPersonId is { } owner && f.Persons.TryGetValue(owner, out var person) ? person.Name : null),
            f.Accused.Where(a => a.PremisesId == p.Id).Select(a => $"{a.Code} {f.Persons[a.PersonId].Name}").ToList(),
            f.Exhibits.Where(e => e.ParentExhibitId is null && f.SeizedAtPremises(e) == p.Id)
                .Select(e => $"{e.Number} {Words(e.Kind.ToString())}: {e.Description}").ToList())).ToList();

    private static string Coordinates(double latitude, double longitude) =>
        string.Create(Invariant, $"{Math.Abs(latitude):0.0000}° {(latitude >= 0 ? "N" : "S")}, {Math.Abs(longitude):0.0000}° {(longitude >= 0 ? "E" : "W")}");

    private static List<RaidContent> Raids(CaseFacts f, string stationName, Regime regime) =>
        f.Raids.Select(r => new RaidContent(f.RaidRef(r.Id), f.PremisesTitle(r.PremisesId), r.StartedAt, r.EndedAt,
            f.OfficerTitle(r.LeadOfficerId),
            r.Members.OrderBy(m => m.Position).Select(m => m.OfficerId is { } id
                ? $"{f.OfficerTitle(id)}, {stationName}"
                : string.Join(", ", new[] { m.Name, m.Rank is { } rank ? Ranks.Title(rank) : null, m.Unit }.Where(s => !string.IsNullOrWhiteSpace(s)))).ToList(),
            r.Witnesses.OrderBy(w => w.Position).Select(w => new WitnessContent(w.Name, w.Parentage, w.Address)).ToList(),
            AudioVideoSummary(r, regime),
            RaidOutcome(f, r),
            r.ReasonsRecorded,
            r.ReasonsDiaryEntryId is { } entry && f.ReasonsEntries.TryGetValue(entry, out var e)
                ? $"Case diary entry No. {e.Number} of {e.Day.ToString("dd/MM/yyyy", Invariant)}, written {DateTime(r.ReasonsRecordedAt!.Value)} IST"
                : null,
            Occupant(r),
            Recordings(f, r, null))).ToList();

    /// <summary>
    /// What was recorded at completion about the recording of the search. The audio-video recording is a provision of
    /// the new regime only (Regime.Has): under the old one a search that was not recorded says nothing about it, since
    /// no law asked for it, and one that was recorded says so without citing a provision that did not exist.
    /// </summary>
    private static string? AudioVideoSummary(Raid r, Regime regime)
    {
        var provision = regime.Has(Provision.SearchAudioVideoRecording) ? $" ({regime.Cite(Provision.SearchAudioVideoRecording)})" : "";
        return r.AudioVideoRecorded switch
        {
            true => "Recorded" + provision + (r.RecordingForwardedToMagistrateAt is { } fwd
                ? "; forwarded to the Magistrate on " + DateTime(fwd)
                : "; not yet forwarded to the Magistrate"),
            false when regime.Has(Provision.SearchAudioVideoRecording) => "Not recorded",
            _ => null,
        };
    }

    /// <summary>"Imtiyaz Ahmad Sheikh, present at the search" or "..., not present: away in Delhi"; null when nothing is recorded.</summary>
    private static string? Occupant(Raid r)
    {
        var presence = r.OccupantPresent switch
        {
            true => "present at the search",
            false => "not present" + (r.OccupantAbsenceReason is { } why ? ": " + why : " (reason not recorded)"),
            null => null,
        };
        return r.OccupantName is null && presence is null ? null : string.Join(", ", new[] { r.OccupantName ?? "Name not recorded", presence }.OfType<string>());
    }

    /// <summary>The raid's recordings (of one kind, or all), referenced "R-1/V1".</summary>
    private static List<RecordingContent> Recordings(CaseFacts f, Raid r, SearchRecordingKind? kind) =>
        r.Recordings.Where(v => kind is null || v.Kind == kind).OrderBy(v => v.Number).Select(v => new RecordingContent(
            RecordingRef(f, r, v), v.Kind == SearchRecordingKind.Search ? "Search" : "Signing of the list of things seized", v.FileName, v.Sha256,
            v.RecordedFrom, v.DurationSeconds is { } d ? Duration(d) : null, v.Device, f.OfficerTitle(v.RecordedByOfficerId),
            v.ForwardedTo, v.ForwardedAt, v.ForwardedHow, v.ForwardingAcknowledgement)).ToList();

    private static string RecordingRef(CaseFacts f, Raid r, SearchRecording v) => $"{f.RaidRef(r.Id)}/V{v.Number}";

    /// <summary>"1 h 12 min 05 s" / "12 min 05 s".</summary>
    private static string Duration(int seconds)
    {
        var t = TimeSpan.FromSeconds(seconds);
        return (t.TotalHours >= 1 ? $"{(int)t.TotalHours} h " : "") + string.Create(Invariant, $"{t.Minutes} min {t.Seconds:00} s");
    }

    private static string RaidOutcome(CaseFacts f, Raid r)
    {
        var outcome = r.Status switch
        {
            RaidStatus.CalledOff => $"Called off on {DateTime(r.CalledOffAt!.Value)}: {r.CallOffReason}",
            RaidStatus.InProgress => "The search is in progress.",
            _ => r.OutcomeNotes ?? "Completed.",
        };
        var arrested = f.Accused.Where(a => a.Arrests.Any(m => m.RaidId == r.Id)).Select(a => a.Code).ToList();
        var memos = f.Memos.Where(m => m.RaidId == r.Id).Select(m => m.MemoNumber).ToList();
        return outcome
            + (arrested.Count > 0 ? $" Arrested during the search: {string.Join(", ", arrested)}." : "")
            + (memos.Count > 0 ? $" Seizure memo{(memos.Count > 1 ? "s" : "")}: {string.Join(", ", memos)}." : "");
    }

    /// <summary>"13/01/2021 15:40" in IST, as the forms write it.</summary>
    private static string DateTime(DateTimeOffset at) => Ist.FormDateTime(at);

    /// <summary>"UnderInvestigation" -> "Under investigation", "SuoMotu" -> "Suo motu".</summary>
    private static string Words(string pascal)
    {
        var words = SplitWords().Replace(pascal, " $1").Trim();
        return words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex SplitWords();
}
