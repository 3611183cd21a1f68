using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.CaseFiles.FailBundleExport;

/// <summary>A background export was refused (an altered annexure, a broken custody chain ...): the status says why, with the code an export in the request would have answered.</summary>
[AllowedRoles(Roles.Prosecutor, Roles.StationHouseOfficer, Roles.InvestigatingOfficer)]
public sealed record FailBundleExportCommand(Guid JobId, string Code, string Detail) : ICommand;

public sealed class FailBundleExportValidator : AbstractValidator<FailBundleExportCommand>
{
    public FailBundleExportValidator()
    {
        RuleFor(c => c.JobId).NotEmpty();
        RuleFor(c => c.Code).NotEmpty();
        RuleFor(c => c.Detail).NotNull();
    }
}

public sealed class FailBundleExportHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<FailBundleExportCommand>
{
    public async ValueTask<Unit> Handle(FailBundleExportCommand command, CancellationToken ct)
    {
        await db.BeginWriteAsync(ct);
        var job = await db.FindOwnExportAsync(command.JobId, officer, ct);
        job.Fail(command.Code, command.Detail, Precision.ToStoredPrecision(clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
