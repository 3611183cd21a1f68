using CyberCase.Application.Common;
using CyberCase.Application.Exhibits.RecordSeizure;
using CyberCase.Application.Persistence;
using CyberCase.Application.Raids;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.RecordSeizureParticulars;

/// <summary>
/// The particulars of a seizure memo that follow it: who signed for the occupant's copy, the specimen seal, and the
/// report of the seizure to the Magistrate (CrPC 102(3) / BNSS 106(3)): when and to whom. The values sent replace
/// those recorded.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordSeizureParticularsCommand(Guid SeizureMemoId, string? CopyReceivedBy, SpecimenSealInput? SpecimenSeal,
    DateTimeOffset? ReportedToMagistrateAt, string? ReportedToMagistrate, Guid? Version) : ICommand<SeizureMemoView>;

public sealed class RecordSeizureParticularsValidator : AbstractValidator<RecordSeizureParticularsCommand>
{
    public RecordSeizureParticularsValidator()
    {
        RuleFor(c => c.CopyReceivedBy).MaximumLength(SeizureMemo.OccupantMaxLength);
        RuleFor(c => c.SpecimenSeal!).SetValidator(new SpecimenSealInputValidator()).When(c => c.SpecimenSeal is not null);
        RuleFor(c => c.ReportedToMagistrate).MaximumLength(SeizureMemo.MagistrateMaxLength);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class RecordSeizureParticularsHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordSeizureParticularsCommand, SeizureMemoView>
{
    public async ValueTask<SeizureMemoView> Handle(RecordSeizureParticularsCommand command, CancellationToken ct)
    {
        var memo = await db.SeizureMemos.SingleOrDefaultAsync(m => m.Id == command.SeizureMemoId && m.StationId == officer.StationId, ct)
            ?? throw new NotFoundException("SeizureMemo", command.SeizureMemoId);
        db.ExpectVersion(memo, command.Version!.Value);
        memo.RecordParticulars(command.CopyReceivedBy.Clean(), command.SpecimenSeal.ToSeal(), command.ReportedToMagistrateAt,
            command.ReportedToMagistrate.Clean(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadSeizureMemoAsync(memo.Id, officer, ct);
    }
}
