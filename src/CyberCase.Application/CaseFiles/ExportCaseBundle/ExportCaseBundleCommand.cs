using CyberCase.Application.Common;
using CyberCase.Application.Evidence;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Application.Scrutiny;
using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles.ExportCaseBundle;

/// <summary>
/// Builds the court bundle of an FIR of the officer's station, keeps the PDF and records the export with its
/// SHA-256 (audited), so that the copy handed to court can be proven later. With open blocking findings of the
/// pre-filing scrutiny it is refused (422 Scrutiny.BlockingFindings, listing them) unless the request acknowledges them
/// with a reason, which goes into the audit trail; the scrutiny itself never goes into the court copy.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
[KeepsRecordWhenRefused]
public sealed record ExportCaseBundleCommand(Guid FirId, bool? AcknowledgeBlockingFindings = null, string? AcknowledgementReason = null)
    : ICommand<CaseBundleView>;

public sealed class ExportCaseBundleValidator : AbstractValidator<ExportCaseBundleCommand>
{
    public const int ReasonMaxLength = 2000;

    public ExportCaseBundleValidator()
    {
        RuleFor(c => c.FirId).NotEmpty();
        RuleFor(c => c.AcknowledgementReason).NotEmpty().When(c => c.AcknowledgeBlockingFindings == true)
            .WithMessage("Say why the bundle is exported with its blocking findings open.");
        RuleFor(c => c.AcknowledgementReason).MaximumLength(ReasonMaxLength);
    }
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

        await CheckScrutinyAsync(command, fir, ct);

        RenderedCaseBundle rendered;
        try
        {
            var content = await CaseBundleContentBuilder.BuildAsync(db, command.FirId, officer, catalog, stations, evidence, clock, ct);
            rendered = await renderer.RenderAsync(content, new CaseBundleRenderOptions(), ct);
        }
        catch (AnnexureIntegrityException e)
        {
            // An altered annexure is an alarm, never only a refused request: keep it in the audit trail.
            audit.Record(new AuditEvent(e.Code, nameof(Domain.Firs.Fir), fir.Id.ToString(),
                new { fileName = e.FileName, expected = e.Expected, actual = e.Actual, detectedBy = "ExportCaseBundle" }));
            throw;
        }

        var volumes = new List<CaseBundleVolume>();
        foreach (var volume in rendered.Volumes)
        {
            await store.SaveAsync(volume.Sha256, volume.Pdf, ct);
            volumes.Add(new CaseBundleVolume(volume.Number, volume.Sha256, volume.FirstPage, volume.LastPage, volume.Pdf.LongLength));
        }

        var bundle = CaseBundle.Record(Guid.CreateVersion7(), fir.Id, fir.StationId, volumes, officer.Id,
            Precision.ToStoredPrecision(clock.GetUtcNow()));
        db.CaseBundles.Add(bundle);
        await db.SaveChangesAsync(ct);

        var createdBy = await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id)
            .Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);
        return CaseBundleView.From(bundle, fir.Number, createdBy);
    }

    /// <summary>
    /// The pre-check: open blocking findings refuse the export unless acknowledged; an acknowledgement is audited with
    /// the findings it accepted, so the trail shows who filed what over which objection.
    /// </summary>
    private async Task CheckScrutinyAsync(ExportCaseBundleCommand command, Domain.Firs.Fir fir, CancellationToken ct)
    {
        var records = await db.LoadCaseRecordsAsync(fir, catalog, stations, clock.GetUtcNow(), ct);
        var blocking = CaseScrutiny.Run(records).Where(f => f.Severity == Domain.Scrutiny.Severity.Blocking).Select(FindingView.From).ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        if (command.AcknowledgeBlockingFindings != true)
        {
            throw new ScrutinyBlockedException(blocking);
        }

        audit.Record(new AuditEvent("ScrutinyBlockingFindingsAcknowledged", nameof(Domain.Firs.Fir), fir.Id.ToString(),
            new { reason = command.AcknowledgementReason, findings = blocking.Select(f => new { f.Code, recordId = f.Record.Id }) }));
    }
}
