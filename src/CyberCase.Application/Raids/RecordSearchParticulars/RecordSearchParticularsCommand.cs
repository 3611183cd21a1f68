using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Raids.RecordSearchParticulars;

/// <summary>
/// The particulars of a search the forms need beyond its execution: the case diary entry in which the reasons were
/// recorded before it (CrPC 165 / BNSS 185), and the occupant of the premises (present, or why not). Each field
/// given replaces what was recorded; a field left out keeps it.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordSearchParticularsCommand(Guid RaidId, Guid? ReasonsDiaryEntryId, OccupantInput? Occupant, Guid? Version)
    : ICommand<RaidDetails>;

public sealed class RecordSearchParticularsValidator : AbstractValidator<RecordSearchParticularsCommand>
{
    public RecordSearchParticularsValidator()
    {
        RuleFor(c => c.Occupant!).SetValidator(new OccupantInputValidator()).When(c => c.Occupant is not null);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class RecordSearchParticularsHandler(CyberCaseDbContext db, ICurrentOfficer officer)
    : ICommandHandler<RecordSearchParticularsCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(RecordSearchParticularsCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        raid.EnsureMayRecord(officer);
        db.ExpectVersion(raid, command.Version!.Value);
        if (command.ReasonsDiaryEntryId is { } entryId)
        {
            await db.ReferReasonsAsync(raid, entryId, officer, ct);
        }

        if (command.Occupant is { } o)
        {
            raid.RecordOccupant(o.Name.Clean(), o.Present, o.AbsenceReason.Clean());
        }

        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
