using CyberCase.Application.Common;
using CyberCase.Application.Deadlines;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Places;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Accused;

public sealed record ParentageView(ParentageRelation Relation, string Name, string Display);

/// <summary>The person behind an accused. The Aadhaar number is only ever the masked last four digits.</summary>
public sealed record AccusedPersonView(Guid Id, string Name, IReadOnlyList<string> Aliases, ParentageView? Parentage, Gender Gender,
    DateOnly? DateOfBirth, int? Age, string Address, IReadOnlyList<string> PhoneNumbers, string? Aadhaar);

public sealed record RelativeInformedView(string? Name, string? Relation, InformedBy? How, DateTimeOffset? At, string? By,
    string? BookEntryNumber, string? NameInScript);
public sealed record MedicalExaminationView(DateTimeOffset? At, string? By);
public sealed record WomanArrestSafeguardsView(string? ExceptionalCircumstance, string? WomanOfficer, string? MagistratePermission);

/// <summary>
/// The memorandum of arrest as recorded. A field the law asks for but the officer has not supplied is null (printed
/// as a blank line to be completed, and listed by the pre-filing scrutiny).
/// </summary>
public sealed record ArrestMemoView(Guid Id, DateTimeOffset ArrestedAt, string Place, OfficerRef ArrestingOfficer, Guid? RaidId,
    string? GroundsCommunicated, string? AttestingWitnessName, string? AttestingWitnessAddress, bool CountersignedByArrestee,
    RelativeInformedView? RelativeInformed, MedicalExaminationView? MedicalExamination, DateTimeOffset RecordedAt,
    string? AttestingWitnessRelation, string? AttestingWitnessNameInScript, bool? GroundsInWriting, string? GroundsLanguage,
    bool? ToldOfRightToBail, string? ReasonsForArrest, string? InjuriesSeen, DateTimeOffset? ControlRoomInformedAt,
    WomanArrestSafeguardsView? WomanArrestSafeguards, string? GdEntryNumber);

public sealed record CustodyRecordView(Guid Id, CustodyRecordKind Kind, DateTimeOffset At, string? Court, string? OrderReference,
    DateOnly? Until, string? Notes, OfficerRef RecordedBy, int? JourneyMinutes);

/// <summary>Each FIR the same person is accused in, with the code and status there.</summary>
public sealed record PersonCaseView(Guid AccusedId, Guid FirId, string FirNumber, string Code, AccusedStatus Status);

/// <summary>Another accused of the station reached on one of the same phone numbers.</summary>
public sealed record SharedPhoneView(string Number, Guid AccusedId, string Code, string Name, string FirNumber);

public sealed record PremisesRef(Guid Id, string Name);

public sealed record AccusedSummary(Guid Id, string Code, string Name, AccusedStatus Status, AccusedRole Role, PremisesRef? Premises,
    DateTimeOffset? ArrestedAt);

public sealed record AccusedDetails(Guid Id, string Code, FirRef Fir, AccusedPersonView Person, AccusedRole Role, string? RoleNote,
    PremisesRef? Premises, AccusedStatus Status, ArrestMemoView? Arrest, DateTimeOffset? ProducedAt,
    IReadOnlyList<CustodyRecordView> Custody, IReadOnlyList<PersonCaseView> Firs, IReadOnlyList<SharedPhoneView> SharesPhoneWith,
    IReadOnlyList<DeadlineView> Deadlines, Guid Version);

public static class AccusedReads
{
    /// <summary>The accused of the officer's station (with arrests and custody), or 404 exactly like a missing one.</summary>
    public static async Task<CaseAccused> FindOwnAccusedAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        CancellationToken ct) =>
        await db.CaseAccused.Include(a => a.Arrests).Include(a => a.Custody)
            .SingleOrDefaultAsync(a => a.Id == id && a.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("Accused", id);

    public static AccusedPersonView ViewOf(AccusedPerson p) => new(p.Id, p.Name, p.Aliases,
        p.ParentageRelation is { } relation && p.ParentName is { } parent ? new ParentageView(relation, parent, p.Parentage!) : null,
        p.Gender, p.DateOfBirth, p.Age, p.Address, p.Phones.Select(x => x.Number).ToList(), p.AadhaarMasked);

    public static ArrestMemoView ViewOf(ArrestMemo m, OfficerRef arrestingOfficer)
    {
        var x = m.Particulars;
        return new ArrestMemoView(m.Id, m.ArrestedAt, m.Place, arrestingOfficer, m.RaidId, m.GroundsCommunicated,
            m.AttestingWitnessName, m.AttestingWitnessAddress, m.CountersignedByArrestee,
            m.RelativeName is null && m.RelativeInformedAt is null && x.RelativeInformedBy is null && x.RelativeInformedBookEntry is null ? null
                : new RelativeInformedView(m.RelativeName, m.RelativeRelation, m.RelativeInformedHow, m.RelativeInformedAt,
                    x.RelativeInformedBy, x.RelativeInformedBookEntry, x.RelativeNameInScript),
            m.MedicalExaminedAt is null && m.MedicalExaminedBy is null ? null
                : new MedicalExaminationView(m.MedicalExaminedAt, m.MedicalExaminedBy),
            m.RecordedAt, x.AttestingWitnessRelation, x.AttestingWitnessNameInScript, x.GroundsInWriting, x.GroundsLanguage,
            x.ToldOfRightToBail, x.ReasonsForArrest, x.InjuriesSeen, x.ControlRoomInformedAt,
            x.WomanArrestCircumstance is null && x.WomanOfficer is null && x.MagistratePermission is null ? null
                : new WomanArrestSafeguardsView(x.WomanArrestCircumstance, x.WomanOfficer, x.MagistratePermission),
            x.GdEntryNumber);
    }

    public static async Task<AccusedDetails> LoadAccusedAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer,
        TimeProvider clock, OffenceSectionCatalog catalog, CancellationToken ct)
    {
        var a = await db.CaseAccused.AsNoTracking().Include(x => x.Arrests).Include(x => x.Custody)
            .SingleOrDefaultAsync(x => x.Id == id && x.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Accused", id);
        var person = await db.AccusedPersons.AsNoTracking().SingleAsync(p => p.Id == a.PersonId, ct);
        var fir = await db.Firs.AsNoTracking().Where(f => f.Id == a.FirId).Select(f => new FirRef(f.Id, f.Number)).SingleAsync(ct);
        var premises = a.PremisesId is { } pid
            ? await db.Premises.AsNoTracking().Where(p => p.Id == pid).Select(p => new PremisesRef(p.Id, p.Name)).SingleAsync(ct)
            : null;

        var officerIds = a.Arrests.Select(m => m.ArrestingOfficerId).Concat(a.Custody.Select(c => c.RecordedBy)).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OfficerRef(o.Id, o.FullName, o.Rank), ct);

        var cases = await db.CaseAccused.AsNoTracking().Where(x => x.PersonId == a.PersonId && x.StationId == officer.StationId)
            .Join(db.Firs, x => x.FirId, f => f.Id, (x, f) => new PersonCaseView(x.Id, f.Id, f.Number, x.Code, x.Status))
            .ToListAsync(ct);

        var numbers = person.Phones.Select(p => p.Number).ToList();
        var sharing = await db.AccusedPersons.AsNoTracking()
            .Where(p => p.Id != person.Id && p.StationId == officer.StationId && p.Phones.Any(ph => numbers.Contains(ph.Number)))
            .Select(p => new { p.Id, p.Name, Numbers = p.Phones.Select(ph => ph.Number).ToList() })
            .ToListAsync(ct);
        var sharingIds = sharing.Select(s => s.Id).ToList();
        var sharingCases = await db.CaseAccused.AsNoTracking().Where(x => sharingIds.Contains(x.PersonId))
            .Join(db.Firs, x => x.FirId, f => f.Id, (x, f) => new { x.Id, x.PersonId, x.Code, f.Number })
            .ToListAsync(ct);
        var shares = (from s in sharing
                      from n in s.Numbers.Where(numbers.Contains)
                      from c in sharingCases.Where(c => c.PersonId == s.Id)
                      select new SharedPhoneView(n, c.Id, c.Code, s.Name, c.Number))
            .OrderBy(s => s.Number, StringComparer.Ordinal).ThenBy(s => s.Code.Length).ThenBy(s => s.Code, StringComparer.Ordinal).ToList();

        var now = clock.GetUtcNow();
        var deadlines = (await db.StatutoryDeadlinesAsync(officer.StationId, a.FirId, catalog, ct))
            .Where(d => d.AccusedId == a.Id).OrderBy(d => d.DueAt).Select(d => DeadlineView.From(d, now)).ToList();

        var arrest = a.Arrest is { } m ? ViewOf(m, officers[m.ArrestingOfficerId]) : null;
        return new AccusedDetails(a.Id, a.Code, fir, ViewOf(person), a.Role, a.RoleNote, premises, a.Status, arrest, a.ProducedAt,
            a.Custody.OrderBy(c => c.At).Select(c => new CustodyRecordView(c.Id, c.Kind, c.At, c.Court, c.OrderReference, c.Until,
                c.Notes, officers[c.RecordedBy], c.JourneyMinutes)).ToList(),
            cases.OrderBy(c => c.FirNumber, StringComparer.Ordinal).ToList(), shares, deadlines, a.Version);
    }

    public static async Task<IReadOnlyList<AccusedSummary>> ListForFirAsync(this CyberCaseDbContext db, Guid firId, CancellationToken ct)
    {
        var rows = await db.CaseAccused.AsNoTracking().Where(a => a.FirId == firId)
            .Join(db.AccusedPersons, a => a.PersonId, p => p.Id, (a, p) => new { a.Id, a.Serial, a.Code, p.Name, a.Status, a.Role, a.PremisesId })
            .ToListAsync(ct);
        var premisesIds = rows.Where(r => r.PremisesId is not null).Select(r => r.PremisesId!.Value).Distinct().ToList();
        var premises = await db.Premises.AsNoTracking().Where(p => premisesIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new PremisesRef(p.Id, p.Name), ct);
        var ids = rows.Select(r => r.Id).ToList();
        var arrests = (await db.ArrestMemos.AsNoTracking().Where(m => ids.Contains(m.AccusedId)).Select(m => new { m.AccusedId, m.ArrestedAt })
            .ToListAsync(ct)).GroupBy(m => m.AccusedId).ToDictionary(g => g.Key, g => g.Max(m => m.ArrestedAt));
        return rows.OrderBy(r => r.Serial).Select(r => new AccusedSummary(r.Id, r.Code, r.Name, r.Status, r.Role,
            r.PremisesId is { } pid ? premises[pid] : null, arrests.TryGetValue(r.Id, out var at) ? at : null)).ToList();
    }

    internal static async Task EnsurePremisesOfStationAsync(this CyberCaseDbContext db, Guid? premisesId, ICurrentOfficer officer,
        string field, CancellationToken ct)
    {
        if (premisesId is { } id && !await db.Set<Premises>().AnyAsync(p => p.Id == id && p.StationId == officer.StationId, ct))
        {
            throw new Domain.Common.DomainException("Accused.UnknownPremises", "No such premises at this station.",
                Domain.Common.RuleKind.Unprocessable, field);
        }
    }
}
