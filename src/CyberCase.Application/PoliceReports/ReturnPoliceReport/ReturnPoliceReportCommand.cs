using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.PoliceReports.ReturnPoliceReport;

/// <summary>The SHO sends a submitted or approved report back to the IO as a draft, saying why.</summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record ReturnPoliceReportCommand(Guid ReportId, string? Remark, Guid? Version) : ICommand<PoliceReportView>;

public sealed class ReturnPoliceReportValidator : AbstractValidator<ReturnPoliceReportCommand>
{
    public ReturnPoliceReportValidator()
    {
        RuleFor(c => c.Remark).NotEmpty().MaximumLength(PoliceReport.RemarkMaxLength);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class ReturnPoliceReportHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : ICommandHandler<ReturnPoliceReportCommand, PoliceReportView>
{
    public async ValueTask<PoliceReportView> Handle(ReturnPoliceReportCommand command, CancellationToken ct)
    {
        var report = await db.FindOwnReportAsync(command.ReportId, officer, ct);
        db.ExpectVersion(report, command.Version!.Value);
        report.ReturnToDraft(command.Remark!.Trim());
        await db.SaveChangesAsync(ct);
        return await db.LoadReportAsync(report.Id, officer, ct);
    }
}
