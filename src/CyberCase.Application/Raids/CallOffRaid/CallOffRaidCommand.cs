using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Raids.CallOffRaid;

/// <summary>Only the SHO calls off a planned or running raid, with the reason.</summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record CallOffRaidCommand(Guid RaidId, string? Reason, Guid? Version) : ICommand<RaidDetails>;

public sealed class CallOffRaidValidator : AbstractValidator<CallOffRaidCommand>
{
    public CallOffRaidValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Raid.NotesMaxLength);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class CallOffRaidHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<CallOffRaidCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(CallOffRaidCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        db.ExpectVersion(raid, command.Version!.Value);
        raid.CallOff(command.Reason!.Trim(), officer.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
