using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Raids.CompleteRaid;

/// <summary>
/// The lead or a team member records the end of the search: at least two independent witnesses (CrPC 100(4) /
/// BNSS 103(4)), whether it was audio-video recorded and when the recording went to the Magistrate (BNSS 105, new
/// regime; the recordings themselves are added with AddSearchRecording), the outcome.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record CompleteRaidCommand(Guid RaidId, DateTimeOffset? EndedAt, IReadOnlyList<WitnessInput>? Witnesses,
    bool? AudioVideoRecorded, DateTimeOffset? RecordingForwardedAt, string? OutcomeNotes, Guid? Version) : ICommand<RaidDetails>;

public sealed class CompleteRaidValidator : AbstractValidator<CompleteRaidCommand>
{
    public CompleteRaidValidator()
    {
        RuleFor(c => c.EndedAt).NotNull();
        RuleForEach(c => c.Witnesses).SetValidator(new WitnessInputValidator());
        RuleFor(c => c.AudioVideoRecorded).NotNull();
        RuleFor(c => c.OutcomeNotes).MaximumLength(Raid.NotesMaxLength);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class CompleteRaidHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<CompleteRaidCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(CompleteRaidCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        if (!raid.IsInTeam(officer.Id))
        {
            throw new ForbiddenException("Only the lead and the members of the raiding team record its execution.");
        }

        db.ExpectVersion(raid, command.Version!.Value);
        raid.Complete(command.EndedAt!.Value, officer.Id, command.Witnesses.ToWitnesses(), command.AudioVideoRecorded!.Value,
            command.RecordingForwardedAt, command.OutcomeNotes?.Trim(), clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
