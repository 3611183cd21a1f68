using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Raids.PlanRaid;

/// <summary>A team member: either <c>officerId</c> (an officer of the station) or name, rank and unit (another unit).</summary>
public sealed record TeamMemberInput(Guid? OfficerId, string? Name, Rank? Rank, string? Unit);

/// <summary>The SHO plans a raid on one premises of the case, with the team and the reasons recorded before the search (BNSS 185).</summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record PlanRaidCommand(Guid FirId, Guid? PremisesId, DateTimeOffset? ScheduledAt, Guid? LeadOfficerId,
    IReadOnlyList<TeamMemberInput>? Members, string? Purpose, string? Reasons) : ICommand<RaidDetails>;

public sealed class TeamMemberInputValidator : AbstractValidator<TeamMemberInput>
{
    public TeamMemberInputValidator()
    {
        When(m => m.OfficerId is null, () =>
        {
            RuleFor(m => m.Name).NotEmpty().MaximumLength(RaidMember.NameMaxLength)
                .WithMessage("Give officerId for an officer of the station, or the name, rank and unit of another unit's officer.");
            RuleFor(m => m.Rank).NotNull().IsInEnum();
            RuleFor(m => m.Unit).NotEmpty().MaximumLength(RaidMember.UnitMaxLength);
        });
        When(m => m.OfficerId is not null, () =>
            RuleFor(m => m.Name).Empty().WithMessage("An officer of the station is named by officerId only."));
    }
}

public sealed class PlanRaidValidator : AbstractValidator<PlanRaidCommand>
{
    public PlanRaidValidator()
    {
        RuleFor(c => c.PremisesId).NotEmpty();
        RuleFor(c => c.ScheduledAt).NotNull();
        RuleFor(c => c.LeadOfficerId).NotEmpty();
        RuleFor(c => c.Members).Must(m => m is null || m.Count <= Raid.MaxMembers)
            .WithMessage($"At most {Raid.MaxMembers} team members.");
        RuleForEach(c => c.Members).SetValidator(new TeamMemberInputValidator());
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(Raid.PurposeMaxLength);
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(Raid.ReasonsMaxLength)
            .WithMessage("Record the reasons for the search before it (BNSS 185).");
    }
}

public sealed class PlanRaidHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<PlanRaidCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(PlanRaidCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        var premisesId = command.PremisesId!.Value;
        if (!await db.Premises.AnyAsync(p => p.Id == premisesId && p.StationId == officer.StationId, ct))
        {
            throw new DomainException("Raid.UnknownPremises", "No such premises at this station.", RuleKind.Unprocessable, "premisesId");
        }

        var members = command.Members ?? [];
        var stationOfficerIds = members.Where(m => m.OfficerId is not null).Select(m => m.OfficerId!.Value)
            .Append(command.LeadOfficerId!.Value).Distinct().ToList();
        var known = await db.Officers.Where(o => stationOfficerIds.Contains(o.Id) && o.StationId == officer.StationId)
            .Select(o => o.Id).ToListAsync(ct);
        if (!known.Contains(command.LeadOfficerId.Value))
        {
            throw new DomainException("Raid.LeadNotOfStation", "The lead officer must be an officer of this station.",
                RuleKind.Unprocessable, "leadOfficerId");
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].OfficerId is { } id && !known.Contains(id))
            {
                throw new DomainException("Raid.MemberNotOfStation",
                    "A team member given by officerId must be an officer of this station; name officers of other units.",
                    RuleKind.Unprocessable, $"members[{i}].officerId");
            }
        }

        var now = clock.GetUtcNow();
        var raid = Raid.Plan(Guid.CreateVersion7(now), officer.StationId, fir.Id, premisesId, command.ScheduledAt!.Value,
            command.LeadOfficerId.Value,
            members.Select(m => new RaidMember { OfficerId = m.OfficerId, Name = m.Name?.Trim(), Rank = m.Rank, Unit = m.Unit?.Trim() }),
            command.Purpose!.Trim(), command.Reasons!.Trim(), now, officer.Id);
        db.Raids.Add(raid);

        // Planning a raid on a premises links it to the case.
        if (!await db.FirPremises.AnyAsync(l => l.FirId == fir.Id && l.PremisesId == premisesId, ct))
        {
            db.FirPremises.Add(new FirPremises(fir.Id, premisesId, now, officer.Id));
        }

        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
