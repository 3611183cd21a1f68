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

/// <summary>
/// The SHO plans a raid on one premises of the case, with the team and the reasons recorded before the search
/// (CrPC 165 / BNSS 185), optionally naming the case diary entry that records them.
/// </summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record PlanRaidCommand(Guid FirId, Guid? PremisesId, DateTimeOffset? ScheduledAt, Guid? LeadOfficerId,
    IReadOnlyList<TeamMemberInput>? Members, string? Purpose, string? Reasons, Guid? ReasonsDiaryEntryId = null) : ICommand<RaidDetails>;

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
            .WithMessage("Record the reasons for the search before it.");
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

        await RefuseOverlappingTeamAsync(command, members, stationOfficerIds, ct);

        var now = clock.GetUtcNow();
        var raid = Raid.Plan(Guid.CreateVersion7(now), officer.StationId, fir.Id, premisesId, command.ScheduledAt!.Value,
            command.LeadOfficerId.Value,
            members.Select(m => new RaidMember { OfficerId = m.OfficerId, Name = m.Name?.Trim(), Rank = m.Rank, Unit = m.Unit?.Trim() }),
            command.Purpose!.Trim(), command.Reasons!.Trim(), now, officer.Id, fir.RegisteredAt);
        if (command.ReasonsDiaryEntryId is { } entryId)
        {
            await db.ReferReasonsAsync(raid, entryId, officer, ct);
        }

        db.Raids.Add(raid);

        // Planning a raid on a premises links it to the case.
        if (!await db.FirPremises.AnyAsync(l => l.FirId == fir.Id && l.PremisesId == premisesId, ct))
        {
            db.FirPremises.Add(new FirPremises(fir.Id, premisesId, now, officer.Id));
        }

        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }

    /// <summary>
    /// An officer is in one search at a time: a team member recorded in two raids at overlapping times is a
    /// contradiction the defence reads as a witness who was not there (legal-forms.md, pre-filing scrutiny). The
    /// new raid occupies its team from its scheduled time for <see cref="Raid.AssumedDuration"/>; the others as
    /// <see cref="Raid.Occupies"/> says. Candidates are read by team (an officer's raids are few) and compared here.
    /// </summary>
    private async Task RefuseOverlappingTeamAsync(PlanRaidCommand command, IReadOnlyList<TeamMemberInput> members,
        List<Guid> stationOfficerIds, CancellationToken ct)
    {
        // At the precision the other raids' times come back from the database (SQLite keeps 0.1 ms), so that a raid
        // planned to begin as another ends does not overlap it by a fraction of a millisecond.
        var from = Precision.ToStoredPrecision(command.ScheduledAt!.Value);
        var to = from + Raid.AssumedDuration;
        var candidates = await db.Raids.AsNoTracking()
            .Where(r => r.StationId == officer.StationId && r.Status != RaidStatus.CalledOff
                && (stationOfficerIds.Contains(r.LeadOfficerId) || r.Members.Any(m => m.OfficerId != null && stationOfficerIds.Contains(m.OfficerId.Value))))
            .ToListAsync(ct);
        var busy = candidates.Where(r => r.Overlaps(from, to)).ToList();
        if (busy.Count == 0)
        {
            return;
        }

        var inOther = busy.SelectMany(r => r.StationOfficers).ToHashSet();
        var field = inOther.Contains(command.LeadOfficerId!.Value) ? "leadOfficerId"
            : $"members[{members.ToList().FindIndex(m => m.OfficerId is { } id && inOther.Contains(id))}].officerId";
        throw new DomainException("Raid.OfficerInOverlappingRaid",
            "An officer of the team is already in another raid at an overlapping time; an officer is in one search at a time.",
            RuleKind.Unprocessable, field);
    }
}
