using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles.ExportCaseBundle;

/// <summary>
/// Builds the court bundle of an FIR of the officer's station, keeps the PDF and records the export with its
/// SHA-256 (audited), so that the copy handed to court can be proven later.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
[KeepsRecordWhenRefused]
public sealed record ExportCaseBundleCommand(Guid FirId) : ICommand<CaseBundleView>;

public sealed class ExportCaseBundleValidator : AbstractValidator<ExportCaseBundleCommand>
{
    public ExportCaseBundleValidator() => RuleFor(c => c.FirId).NotEmpty();
}

/// <remarks>
/// Rendering can take seconds for a large case, so it runs before the first write, which opens the unit of work's write
/// transaction (on SQLite it blocks every other writer); only the record of the export is written in it. An altered
/// annexure is recorded as an alarm and refused (the command keeps its record when refused).
/// </remarks>
public sealed class ExportCaseBundleHandler(CyberCaseDbContext db, ICurrentOfficer officer, ICaseBundleRenderer renderer,
    ICaseBundleStore store, IEvidenceStore evidence, AuditScope audit, OffenceSectionCatalog catalog, StationDirectory stations, TimeProvider clock) : ICommandHandler<ExportCaseBundleCommand, CaseBundleView>
{
    public async ValueTask<CaseBundleView> Handle(ExportCaseBundleCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        // An IO exports the cases assigned to them; the SHO and the prosecutor any case of the station.
        if (!officer.IsInRole(Roles.Prosecutor) && !officer.IsInRole(Roles.StationHouseOfficer) && fir.AssignedOfficerId != officer.Id)
        {
            throw new ForbiddenException("Only the investigating officer of the case, the SHO or the prosecutor can export its bundle.");
        }

        RenderedCaseBundle rendered;
        try
        {
            var content = await CaseBundleContentBuilder.BuildAsync(db, command.FirId, officer, catalog, stations, evidence, clock, ct);
            rendered = await renderer.RenderAsync(content, new CaseBundleRenderOptions(), store, null, ct);
        }
        catch (AnnexureIntegrityException e)
        {
            // An altered annexure is an alarm, never only a refused request: keep it in the audit trail.
            audit.Record(new AuditEvent(e.Code, nameof(Domain.Firs.Fir), fir.Id.ToString(),
                new { fileName = e.FileName, expected = e.Expected, actual = e.Actual, detectedBy = "ExportCaseBundle" }));
            throw;
        }

        var volumes = rendered.Volumes.Select(v => new CaseBundleVolume(v.Number, v.Sha256, v.FirstPage, v.LastPage, v.SizeBytes)).ToList();

        var bundle = CaseBundle.Record(Guid.CreateVersion7(), fir.Id, fir.StationId, volumes, officer.Id,
            Precision.ToStoredPrecision(clock.GetUtcNow()));
        db.CaseBundles.Add(bundle);
        await db.SaveChangesAsync(ct);

        var createdBy = await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id)
            .Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);
        return CaseBundleView.From(bundle, fir.Number, createdBy);
    }
}
