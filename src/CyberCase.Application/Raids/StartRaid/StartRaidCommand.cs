using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Raids.StartRaid;

/// <summary>The lead or a team member records that the search began (and the witnesses present, if known yet).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record StartRaidCommand(Guid RaidId, DateTimeOffset? StartedAt, IReadOnlyList<WitnessInput>? Witnesses, Guid? Version)
    : ICommand<RaidDetails>;

public sealed class StartRaidValidator : AbstractValidator<StartRaidCommand>
{
    public StartRaidValidator()
    {
        RuleFor(c => c.StartedAt).NotNull();
        RuleForEach(c => c.Witnesses).SetValidator(new WitnessInputValidator());
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class StartRaidHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<StartRaidCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(StartRaidCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        if (!raid.IsInTeam(officer.Id))
        {
            throw new ForbiddenException("Only the lead and the members of the raiding team record its execution.");
        }

        db.ExpectVersion(raid, command.Version!.Value);
        var firRegisteredAt = await db.Firs.Where(f => f.Id == raid.FirId).Select(f => f.RegisteredAt).SingleAsync(ct);
        raid.Start(command.StartedAt!.Value, officer.Id, command.Witnesses.ToWitnesses(), firRegisteredAt, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
