using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.PoliceReports.SubmitPoliceReport;

/// <summary>The IO of the case puts the draft before the SHO.</summary>
[AllowedRoles(Roles.InvestigatingOfficer)]
public sealed record SubmitPoliceReportCommand(Guid ReportId, Guid? Version) : ICommand<PoliceReportView>;

public sealed class SubmitPoliceReportValidator : AbstractValidator<SubmitPoliceReportCommand>
{
    public SubmitPoliceReportValidator() =>
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
}

public sealed class SubmitPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<SubmitPoliceReportCommand, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(SubmitPoliceReportCommand command, CancellationToken ct)
    {
        var report = await db.FindOwnReportAsync(command.ReportId, officer, ct);
        var fir = await db.FindOwnAsync(report.FirId, officer, ct);
        PoliceReportReads.EnsureIsIoOfCase(fir, officer);
        db.ExpectVersion(report, command.Version!.Value);
        report.Submit(officer.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadReportAsync(report.Id, officer, ct);
    }
}
