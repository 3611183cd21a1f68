using System.Globalization;
using System.Text.RegularExpressions;
using CyberCase.Application.CaseDiary;
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

    /// <param name="withCaseDiary">The court's copy with the case diary extract; the caller has checked that the diary is shared.</param>
    public static async Task<CaseBundleContent> BuildAsync(CyberCaseDbContext db, Guid firId, ICurrentOfficer officer,
        OffenceSectionCatalog catalog, StationDirectory stations, IEvidenceStore evidence, TimeProvider clock, bool withCaseDiary,
        CancellationToken ct)
    {
        var fir = await db.LoadDetailsAsync(firId, officer, catalog, stations, clock, ct);
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == fir.Station.Id).SingleAsync(ct);
        // The prosecutor named on the cover is the one exporting; for anyone else the line is left for the prosecutor.
        var prosecutor = officer.IsInRole(Roles.Prosecutor)
            ? await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id).Select(o => o.FullName).SingleOrDefaultAsync(ct)
            : null;

        var facts = await CaseFacts.LoadAsync(db, firId, officer.StationId, ct);
        var reference = await catalog.GetAsync(db, ct);
        var charged = Deadlines.DeadlineReads.Charged(fir.Sections.Select(s => new Domain.Firs.FirSection(s.Act, s.Section)), reference);

        // The bundle speaks as of the latest dated fact in the case, never the clock: an unchanged case gives the same bytes.
        var asOf = fir.SupplementaryStatements.Select(s => s.RecordedAt).Append(fir.RegisteredAt).Concat(facts.Dates())
            .Concat(fir.DispatchedToMagistrate is { } sent ? [sent.At] : []).Max();
        var header = new CaseHeader(fir.Number, fir.Station.Name, fir.Station.Code, fir.Station.District, station.State,
            fir.Sections.Select(s => s.Title.Length > 0 ? $"{s.Display} ({s.Title})" : s.Display).ToList(),
            fir.AssignedOfficer?.FullName, prosecutor, asOf, fir.RegisteredAt, fir.RegisteredAt,
            fir.Court?.Name, fir.Court?.CaseNumber, fir.Court?.CnrNumber, CauseTitle(fir.Station.Name, facts));

        // The BNS provision that replaced an IPC section stays in the API (search, links); the FIR prints the law charged.
        var firContent = new FirContent(fir.Number, fir.RegisteredAt, fir.GdEntryNumber, fir.OccurredFrom, fir.OccurredTo,
            fir.PlaceOfOccurrence, CodeName.InWords(fir.InformationType.ToString()), fir.Informant.Name, fir.Informant.Parentage,
            fir.Informant.Nationality, fir.Informant.Address, fir.Informant.Phone,
            fir.Sections.Select(s => new SectionLine(s.Display, s.Title, null)).ToList(),
            fir.Narrative, CodeName.InWords(fir.Status.ToString()), OfficerWithRank(fir.AssignedOfficer),
            fir.SupplementaryStatements.Select(s => new StatementContent(s.RecordedAt, s.RecordedBy.FullName, s.Text)).ToList(),
            FirForm(fir));

        var stationPlace = $"{station.Name}, {station.District}";
        var stationAddress = $"{station.Name}, {station.District}, {station.State}";
        var regime = Regime.ForFir(fir.RegisteredAt);
        return new CaseBundleContent(header, firContent,
            Accused(facts, asOf, charged), Premises(facts), Raids(facts, station.Name, regime), SeizureMemos(facts), Exhibits(facts),
            CustodySequences(facts), Certificates(facts, stationAddress, stationPlace), await AnnexuresAsync(db, firId, officer, evidence, ct),
            await PoliceReportAsync(db, fir, facts, ct), await MoneyTrailAsync(db, firId, fir.Number, ct),
            withCaseDiary ? await CaseDiaryExtractAsync(db, firId, fir.Station, officer, ct) : null);
    }

    private static async Task<CaseDiaryExtractContent> CaseDiaryExtractAsync(CyberCaseDbContext db, Guid firId, StationRef station,
        ICurrentOfficer officer, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(firId, officer, ct);
        var diary = await db.LoadDiaryAsync(fir, ct);
        var share = diary.SharedWithProsecutors
            ?? throw new InvalidOperationException("The case diary goes into a bundle only once the SHO has shared it.");
        return new CaseDiaryExtractContent(diary.VolumeContent(fir, station), OfficerWithRank(share.SharedBy)!, share.SharedAt);
    }

    /// <summary>"State (UT of J&amp;K) through [station] v. [A1 name] and [n] others" (legal-forms.md, "Cover and caption").</summary>
    private static string? CauseTitle(string station, CaseFacts f)
    {
        if (f.Accused.Count == 0)
        {
            return null;
        }

        var first = f.Persons[f.Accused[0].PersonId].Name;
        var others = f.Accused.Count - 1;
        return $"State (UT of J&K) through {station} v. {first}" + others switch
        {
            0 => "",
            1 => " and 1 other",
            _ => $" and {others} others",
        };
    }

    private static string? OfficerWithRank(OfficerRef? o) =>
        o is null ? null : o.Rank is { } rank ? $"{o.FullName}, {Ranks.Title(rank)}" : o.FullName;

    private static FirFormContent FirForm(FirDetails fir)
    {
        var p = fir.Particulars;
        var i = fir.Informant;
        var place = new[]
        {
            p.DirectionFromStation,
            p.DistanceFromStationKm is { } km ? km.ToString("0.##", Invariant) + " km" : null,
        }.OfType<string>().ToList();
        var birth = i.DateOfBirth is { } dob ? dob.ToString("dd/MM/yyyy", Invariant) : i.YearOfBirth?.ToString(Invariant);
        var passport = i.PassportNumber is null ? null
            : i.PassportNumber + (i.PassportIssuedOn is { } on ? ", issued on " + on.ToString("dd/MM/yyyy", Invariant) : "")
                + (i.PassportIssuedAt is { } at ? " at " + at : "");
        var action = fir.AssignedOfficer is { } io
            ? $"Registered the case and took up the investigation; investigation entrusted to {OfficerWithRank(io)}."
            : "Registered the case; the investigation is to be entrusted to an officer.";
        return new FirFormContent(fir.Station.District, fir.Station.Name, Domain.Firs.Fir.RegistrationYear(fir.RegisteredAt),
            p.InformationReceivedAt, p.InformationGdReference,
            place.Count == 0 ? null : string.Join(", ", place) + " from the police station",
            p.BeatNumber, i.NameInScript, birth, passport, i.Occupation,
            fir.AccusedParticulars.Select(a => CodeName.InWords(a.Kind.ToString()) + ": "
                + string.Join(", ", new[] { a.Name, a.NameInScript, a.Particulars }.OfType<string>())).ToList(),
            p.DelayReason, p.PropertiesInvolved, p.PropertiesValueRupees is { } value ? Rupees(value) : null, p.NarrativeInScript,
            action, OfficerWithRank(fir.OfficerInCharge), fir.DispatchedToMagistrate?.At, fir.DispatchedToMagistrate?.How,
            fir.InformationType == Domain.Firs.InformationType.Electronic);
    }

    /// <summary>"Rs 4,85,000": rupees grouped the Indian way (lakhs, crores).</summary>
    internal static string Rupees(decimal value)
    {
        var whole = decimal.Truncate(value).ToString(Invariant);
        var rest = whole.Length > 3 ? whole[..^3] : "";
        var groups = new List<string> { whole.Length > 3 ? whole[^3..] : whole };
        for (; rest.Length > 2; rest = rest[..^2])
        {
            groups.Insert(0, rest[^2..]);
        }

        if (rest.Length > 0)
        {
            groups.Insert(0, rest);
        }

        return "Rs " + string.Join(",", groups) + (value == decimal.Truncate(value) ? "" : value.ToString("0.00", Invariant)[^3..]);
    }

    private static List<AccusedContent> Accused(CaseFacts f, DateTimeOffset asOf, IReadOnlyCollection<Domain.Statutes.OffenceSection> charged) =>
        f.Accused.Select(a =>
        {
            var person = f.Persons[a.PersonId];
            var arrest = a.Arrest is { } m
                ? new ArrestContent(m.ArrestedAt, m.Place, f.OfficerName(m.ArrestingOfficerId), m.GroundsCommunicated,
                    RelativeInformed(m), a.ProducedAt, Memorandum(f, a, person, m, charged))
                : null;
            return new AccusedContent(a.Code, person.Name, person.Parentage, Age(person, asOf), person.Address,
                a.RoleNote is null ? CodeName.InWords(a.Role.ToString()) : $"{CodeName.InWords(a.Role.ToString())}: {a.RoleNote}", arrest, CustodyStatus(a));
        }).ToList();

    private static ArrestMemorandumContent Memorandum(CaseFacts f, CaseAccused a, AccusedPerson person, ArrestMemo m,
        IReadOnlyCollection<Domain.Statutes.OffenceSection> charged)
    {
        var x = m.Particulars;
        var raid = m.RaidId is { } raidId ? f.Raids.FirstOrDefault(r => r.Id == raidId) : null;
        var present = raid is null ? [] : raid.Members.OrderBy(r => r.Position)
            .Where(r => r.OfficerId != m.ArrestingOfficerId)
            .Select(r => r.OfficerId is { } id ? f.OfficerTitle(id)
                : string.Join(", ", new[] { r.Name, r.Rank is { } rank ? Ranks.Title(rank) : null, r.Unit }.Where(t => !string.IsNullOrWhiteSpace(t))))
            .Prepend(raid.LeadOfficerId != m.ArrestingOfficerId ? f.OfficerTitle(raid.LeadOfficerId) : null)
            .OfType<string>().ToList();
        var how = new[]
        {
            x.GroundsInWriting switch { true => "in writing", false => "orally (not in writing)", null => null },
            x.GroundsLanguage is { } language ? "in " + language : null,
        }.OfType<string>().ToList();

        // The production after this arrest (recorded, or implied by the first remand) and the order made on it.
        var after = a.Custody.Where(c => c.At >= m.ArrestedAt).OrderBy(c => c.At).ThenBy(c => c.RecordedAt).ToList();
        var production = after.FirstOrDefault(c => c.Kind == CustodyRecordKind.ProducedBeforeMagistrate)
            ?? after.FirstOrDefault(c => c.Kind is CustodyRecordKind.PoliceCustody or CustodyRecordKind.JudicialCustody);
        var order = production is null ? null
            : after.FirstOrDefault(c => c.At >= production.At && c.Kind is CustodyRecordKind.PoliceCustody
                or CustodyRecordKind.JudicialCustody or CustodyRecordKind.Bailed);
        return new ArrestMemorandumContent(CodeName.InWords(person.Gender.ToString()), f.OfficerTitle(m.ArrestingOfficerId), present,
            how.Count == 0 ? null : string.Join(", ", how), x.ToldOfRightToBail, Domain.Statutes.ChargedOffences.AllBailable(charged),
            Domain.Statutes.ChargedOffences.PunishableWithSevenYearsOrLess(charged), x.ReasonsForArrest,
            m.AttestingWitnessName, x.AttestingWitnessNameInScript, m.AttestingWitnessAddress, x.AttestingWitnessRelation,
            m.CountersignedByArrestee,
            m.RelativeName is null ? null : m.RelativeRelation is null ? m.RelativeName : $"{m.RelativeName} ({m.RelativeRelation})",
            x.RelativeNameInScript, m.RelativeInformedHow is { } h ? CodeName.InWords(h.ToString()) : null, m.RelativeInformedAt, x.RelativeInformedBy,
            x.RelativeInformedBookEntry, x.InjuriesSeen, m.MedicalExaminedBy, m.MedicalExaminedAt, x.ControlRoomInformedAt,
            person.Gender == Gender.Female, x.WomanArrestCircumstance, x.WomanOfficer, x.MagistratePermission, x.GdEntryNumber,
            production?.Court, production?.At, production?.JourneyMinutes, order is null ? null : OrderWords(order));
    }

    /// <summary>"Police custody until 21/01/2021 (Remand 7/2021, Court of the Chief Judicial Magistrate, Srinagar)".</summary>
    private static string OrderWords(CustodyRecord c)
    {
        var what = c.Kind switch
        {
            CustodyRecordKind.PoliceCustody => "Remanded to police custody",
            CustodyRecordKind.JudicialCustody => "Remanded to judicial custody",
            _ => "Released on bail",
        };
        var detail = new[] { c.OrderReference, c.Court }.OfType<string>().ToList();
        return what + " on " + Ist.FormDate(c.At) + (c.Until is { } until ? " until " + until.ToString("dd/MM/yyyy", Invariant) : "")
            + (detail.Count > 0 ? $" ({string.Join(", ", detail)})" : "");
    }

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
        var how = m.RelativeInformedHow is { } h ? " by " + CodeName.InWords(h.ToString()).ToLowerInvariant() : "";
        var when = m.RelativeInformedAt is { } at ? " on " + DateTime(at) : "";
        return who + ", informed" + how + when;
    }

    /// <summary>"Judicial custody since 21/01/2021, until 04/02/2021 (order Remand 19/2021)": short, for a narrow column.</summary>
    private static string CustodyStatus(CaseAccused a)
    {
        var status = CodeName.InWords(a.Status.ToString());
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
        f.Premises.Select(p => new PremisesContent(f.PremisesRef(p.Id), p.Name, CodeName.InWords(p.Kind.ToString()), p.Address.ToString(),
            p.Latitude is { } lat && p.Longitude is { } lon ? Coordinates(lat, lon) : null,
            p.OwnerOperator ?? (p.OwnerAccusedPersonId is { } owner && f.Persons.TryGetValue(owner, out var person) ? person.Name : null),
            f.Accused.Where(a => a.PremisesId == p.Id).Select(a => $"{a.Code} {f.Persons[a.PersonId].Name}").ToList(),
            f.Exhibits.Where(e => e.ParentExhibitId is null && f.SeizedAtPremises(e) == p.Id)
                .Select(e => $"{e.Number} {CodeName.InWords(e.Kind.ToString())}: {e.Description}").ToList())).ToList();

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
                ? $"Case diary entry No. {e.Number} of {e.Day.ToString("dd/MM/yyyy", Invariant)}"
                    + (r.ReasonsRecordedAt is { } written ? $", written {DateTime(written)} IST" : "")
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
}
