using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.CaseFiles.ReportBundleExportProgress;

/// <summary>How far a running export has got (and its heartbeat): written by the export itself, in a unit of work of its own.</summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record ReportBundleExportProgressCommand(Guid JobId, int PagesDone, int PagesExpected, string CurrentDocument) : ICommand;

public sealed class ReportBundleExportProgressValidator : AbstractValidator<ReportBundleExportProgressCommand>
{
    public ReportBundleExportProgressValidator()
    {
        RuleFor(c => c.JobId).NotEmpty();
        RuleFor(c => c.PagesDone).GreaterThanOrEqualTo(0);
        RuleFor(c => c.PagesExpected).GreaterThanOrEqualTo(0);
        RuleFor(c => c.CurrentDocument).NotNull();
    }
}

public sealed class ReportBundleExportProgressHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<ReportBundleExportProgressCommand>
{
    public async ValueTask<Unit> Handle(ReportBundleExportProgressCommand command, CancellationToken ct)
    {
        await db.BeginWriteAsync(ct);
        var job = await db.FindOwnExportAsync(command.JobId, officer, ct);
        job.Progress(command.PagesDone, command.PagesExpected, command.CurrentDocument, Precision.ToStoredPrecision(clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
