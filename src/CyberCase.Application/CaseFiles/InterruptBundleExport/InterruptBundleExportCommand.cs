using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseFiles;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.CaseFiles.InterruptBundleExport;

/// <summary>
/// A running export whose heartbeat is older than <paramref name="StaleBefore"/> was left by a process that stopped:
/// it is queued again to start over, or failed after <see cref="BundleExportJob.MaxAttempts"/>. Sent by the worker as
/// the officer who asked for the export; an export that has written since is left alone.
/// </summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record InterruptBundleExportCommand(Guid JobId, DateTimeOffset StaleBefore) : ICommand;

public sealed class InterruptBundleExportValidator : AbstractValidator<InterruptBundleExportCommand>
{
    public InterruptBundleExportValidator() => RuleFor(c => c.JobId).NotEmpty();
}

public sealed class InterruptBundleExportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<InterruptBundleExportCommand>
{
    public async ValueTask<Unit> Handle(InterruptBundleExportCommand command, CancellationToken ct)
    {
        await db.BeginWriteAsync(ct);
        var job = await db.FindOwnExportAsync(command.JobId, officer, ct);
        if (job.State == BundleExportState.Running && job.UpdatedAt < command.StaleBefore)
        {
            job.Interrupted(Precision.ToStoredPrecision(clock.GetUtcNow()));
            await db.SaveChangesAsync(ct);
        }

        return Unit.Value;
    }
}
