using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports.DraftPoliceReport;

/// <summary>
/// The IO of the case starts the police report: a draft built from the records, every accused of the case listed as
/// sent up with the FIR's sections as the charges (the IO then edits what differs). After a court's permission for
/// further investigation the draft is a supplementary report.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer)]
public sealed record DraftPoliceReportCommand(Guid FirId, PoliceReportKind? Kind, ClosureKind? Closure, string? Court) : ICommand<PoliceReportView>;

public sealed class DraftPoliceReportValidator : AbstractValidator<DraftPoliceReportCommand>
{
    public DraftPoliceReportValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Closure).IsInEnum();
        RuleFor(c => c.Court).NotEmpty().MaximumLength(PoliceReport.CourtMaxLength);
    }
}

public sealed class DraftPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<DraftPoliceReportCommand, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(DraftPoliceReportCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        PoliceReportReads.EnsureIsIoOfCase(fir, officer);
        if (fir.IsInvestigationClosed)
        {
            throw new DomainException("Fir.InvestigationClosed",
                "The police report of this FIR has been forwarded; a further report needs the court's permission for further investigation, recorded first.");
        }

        // The sequence is read inside the write transaction (the unique index backs it).
        await db.BeginWriteAsync(ct);
        var reports = await db.PoliceReports.AsNoTracking().Where(r => r.FirId == fir.Id)
            .Select(r => new { r.Sequence, r.Status }).ToListAsync(ct);
        if (reports.Any(r => r.Status != PoliceReportStatus.Forwarded))
        {
            throw new DomainException("PoliceReport.AlreadyDrafted", "This FIR already has a police report in progress; edit that one.");
        }

        Guid? permission = null;
        if (reports.Count > 0)
        {
            // The FIR is open again only through a recorded permission (RecordFurtherInvestigation reopened it).
            permission = await db.FurtherInvestigations.AsNoTracking().Where(p => p.FirId == fir.Id)
                .OrderByDescending(p => p.RecordedAt).Select(p => (Guid?)p.Id).FirstAsync(ct);
        }

        var sections = string.Join(", ", fir.Sections.Select(s => s.ToString()));
        var accused = await db.CaseAccused.AsNoTracking().Where(a => a.FirId == fir.Id).OrderBy(a => a.Serial)
            .Select(a => a.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var report = PoliceReport.Draft(Guid.CreateVersion7(now), officer.StationId, fir.Id, reports.Count + 1, permission,
            command.Kind!.Value, command.Closure, command.Court!.Trim(),
            accused.Select(id => new PoliceReportAccused { CaseAccusedId = id, SentUp = command.Kind == PoliceReportKind.ChargeSheet, Charges = sections }).ToList(),
            officer.Id, now);
        db.PoliceReports.Add(report);
        await db.SaveChangesAsync(ct);
        return await db.LoadReportAsync(report.Id, officer, ct);
    }
}
