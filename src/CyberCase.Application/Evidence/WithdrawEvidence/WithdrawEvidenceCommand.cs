using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Evidence.WithdrawEvidence;

/// <summary>A wrongly attached file is withdrawn with a reason; it is never deleted, and stays in the record.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record WithdrawEvidenceCommand(Guid Id, string? Reason, Guid? Version) : ICommand<EvidenceFileView>;

public sealed class WithdrawEvidenceValidator : AbstractValidator<WithdrawEvidenceCommand>
{
    public WithdrawEvidenceValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(EvidenceFile.WithdrawalReasonMaxLength);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class WithdrawEvidenceHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<WithdrawEvidenceCommand, EvidenceFileView>
{
    public async ValueTask<EvidenceFileView> Handle(WithdrawEvidenceCommand command, CancellationToken ct)
    {
        var file = await db.FindOwnEvidenceAsync(command.Id, officer, ct);
        db.ExpectVersion(file, command.Version!.Value);
        file.Withdraw(command.Reason!, officer.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.ToViewAsync(file, ct);
    }
}
