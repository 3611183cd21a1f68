using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Raids.AttestSearchRecording;

/// <summary>
/// Records what follows a recording of the search: its forwarding to the Magistrate (to whom, when, how, the
/// acknowledgement) and the signatures of its certificate (the recording officer; the expert of Part B). The values
/// sent replace those recorded, so send them all.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record AttestSearchRecordingCommand(Guid RaidId, int Number, ForwardingInput? Forwarding, DateTimeOffset? CertificateSignedAt,
    ExpertInput? Expert, Guid? Version) : ICommand<RaidDetails>;

public sealed class AttestSearchRecordingValidator : AbstractValidator<AttestSearchRecordingCommand>
{
    public AttestSearchRecordingValidator()
    {
        RuleFor(c => c.Forwarding!).SetValidator(new ForwardingInputValidator()).When(c => c.Forwarding is not null);
        RuleFor(c => c.Expert!).SetValidator(new ExpertInputValidator()).When(c => c.Expert is not null);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class AttestSearchRecordingHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<AttestSearchRecordingCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(AttestSearchRecordingCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        raid.EnsureMayRecord(officer);
        db.ExpectVersion(raid, command.Version!.Value);
        raid.AttestRecording(command.Number, command.Forwarding.ToForwarding(), command.CertificateSignedAt, command.Expert.ToExpert(),
            clock.GetUtcNow());
        raid.RenewVersion();
        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
