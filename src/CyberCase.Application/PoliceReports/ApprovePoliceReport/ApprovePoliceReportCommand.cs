using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.PoliceReports.ApprovePoliceReport;

/// <summary>The SHO (officer in charge of the station) approves the submitted report.</summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record ApprovePoliceReportCommand(Guid ReportId, Guid? Version) : ICommand<PoliceReportView>;

public sealed class ApprovePoliceReportValidator : AbstractValidator<ApprovePoliceReportCommand>
{
    public ApprovePoliceReportValidator() =>
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
}

public sealed class ApprovePoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<ApprovePoliceReportCommand, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(ApprovePoliceReportCommand command, CancellationToken ct)
    {
        var report = await db.FindOwnReportAsync(command.ReportId, officer, ct);
        db.ExpectVersion(report, command.Version!.Value);
        report.Approve(officer.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadReportAsync(report.Id, officer, ct);
    }
}
