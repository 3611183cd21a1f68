using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.CaseFiles.StartBundleExport;

/// <summary>The background worker takes a queued export (as the officer who asked for it): it is Running from now on.</summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record StartBundleExportCommand(Guid JobId) : ICommand;

public sealed class StartBundleExportValidator : AbstractValidator<StartBundleExportCommand>
{
    public StartBundleExportValidator() => RuleFor(c => c.JobId).NotEmpty();
}

public sealed class StartBundleExportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<StartBundleExportCommand>
{
    public async ValueTask<Unit> Handle(StartBundleExportCommand command, CancellationToken ct)
    {
        // Read inside the write transaction: two workers taking the same job cannot both see it queued.
        await db.BeginWriteAsync(ct);
        var job = await db.FindOwnExportAsync(command.JobId, officer, ct);
        job.Start(Precision.ToStoredPrecision(clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
