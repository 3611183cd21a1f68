using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Exhibits;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits;

public sealed record HolderView(CustodyHolderKind Kind, Guid? OfficerId, string? Name);

/// <summary><c>isElectronic</c>: by its kind or by its identifiers (an IMEI, MAC or ICCID makes any exhibit electronic).</summary>
public sealed record ExhibitSummary(Guid Id, string Number, ExhibitKind Kind, string Description, string? Make, string? Model,
    string? SerialNumber, IReadOnlyList<string> Imeis, string? MacAddress, string? Iccid, string? SealNumber, string? FoundAt,
    bool IsElectronic, Guid FirId, Guid? ParentExhibitId, HolderView Holder);

/// <summary>How a forensic image was made, by whom, and when its certificate was signed (null: not yet).</summary>
public sealed record ImagingView(string? ExaminerName, string? ExaminerParentage, string? ExaminerDesignation, string? ExaminerEmployedAt,
    string? Tool, string? ToolVersion, string? Process, string? SourceSha256, DateTimeOffset? ExaminerSignedAt, Guid? PartASignedBy,
    DateTimeOffset? PartASignedAt);

public sealed record ExhibitDetails(Guid Id, string Number, ExhibitKind Kind, string Description, string? Make, string? Model,
    string? Colour, string? SerialNumber, IReadOnlyList<string> Imeis, string? MacAddress, string? Iccid, string? SealNumber,
    string? Condition, string? FoundAt, Guid? SeizedFromPremisesId, Guid? SeizedFromAccusedId, string? Sha256,
    DateTimeOffset SeizedAt, Guid FirId, Guid? SeizureMemoId, Guid? ParentExhibitId, IReadOnlyList<ExhibitSummary> Images,
    HolderView Holder, bool IsElectronic, ImagingView? Imaging, Guid Version);

public static class ExhibitReads
{
    public static HolderView Holder(this Exhibit e) => new(e.HolderKind, e.HolderOfficerId, e.HolderName);

    public static ExhibitSummary Summary(this Exhibit e) => new(e.Id, e.Number, e.Kind, e.Description, e.Make, e.Model,
        e.SerialNumber, e.Imeis.OrderBy(i => i.Slot).Select(i => i.Imei).ToList(), e.MacAddress, e.Iccid, e.SealNumber, e.FoundAt,
        e.IsElectronic, e.FirId, e.ParentExhibitId, e.Holder());

    public static ImagingView? View(this ImagingParticulars? i) => i is null ? null : new(i.ExaminerName, i.ExaminerParentage,
        i.ExaminerDesignation, i.ExaminerEmployedAt, i.Tool, i.ToolVersion, i.Process, i.SourceSha256, i.ExaminerSignedAt, i.PartASignedBy,
        i.PartASignedAt);

    /// <summary>The exhibit of the officer's station with its custody log loaded, or 404 (another station's is reported as missing).</summary>
    public static async Task<Exhibit> FindOwnExhibitAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.Exhibits.Include(e => e.Custody)
            .SingleOrDefaultAsync(e => e.Id == id && e.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("Exhibit", id);

    public static async Task<ExhibitDetails> LoadExhibitAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct)
    {
        var e = await db.Exhibits.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("Exhibit", id);
        var images = await db.Exhibits.AsNoTracking().Where(x => x.ParentExhibitId == id).OrderBy(x => x.Serial).ToListAsync(ct);
        return new ExhibitDetails(e.Id, e.Number, e.Kind, e.Description, e.Make, e.Model, e.Colour, e.SerialNumber,
            e.Imeis.OrderBy(i => i.Slot).Select(i => i.Imei).ToList(), e.MacAddress, e.Iccid, e.SealNumber, e.Condition,
            e.FoundAt, e.SeizedFromPremisesId, e.SeizedFromAccusedId, e.Sha256, e.SeizedAt, e.FirId, e.SeizureMemoId,
            e.ParentExhibitId, images.Select(i => i.Summary()).ToList(), e.Holder(), e.IsElectronic,
            e.Kind == ExhibitKind.ForensicImage ? (e.Imaging ?? ImagingParticulars.None).View() : null, e.Version);
    }
}
