using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Raids.AddSearchRecording;

/// <summary>
/// Adds an audio-video recording of the search or of the list being signed (BNSS 105): a video already uploaded as an
/// evidence file of this raid (its SHA-256 is the one fixed at upload), when it began, how long it runs, the device,
/// the officer who recorded it; optionally its forwarding to the Magistrate and its certificate's signatures.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record AddSearchRecordingCommand(Guid RaidId, SearchRecordingKind? Kind, Guid? EvidenceFileId, DateTimeOffset? RecordedFrom,
    int? DurationSeconds, string? Device, Guid? RecordedByOfficerId, ForwardingInput? Forwarding, DateTimeOffset? CertificateSignedAt,
    ExpertInput? Expert, Guid? Version) : ICommand<RaidDetails>;

public sealed class AddSearchRecordingValidator : AbstractValidator<AddSearchRecordingCommand>
{
    public AddSearchRecordingValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.EvidenceFileId).NotEmpty().WithMessage("Upload the video as evidence of the raid first, then name it here.");
        RuleFor(c => c.RecordedFrom).NotNull();
        RuleFor(c => c.DurationSeconds).GreaterThan(0).LessThanOrEqualTo(24 * 3600);
        RuleFor(c => c.Device).MaximumLength(SearchRecording.DeviceMaxLength);
        RuleFor(c => c.RecordedByOfficerId).NotEmpty();
        RuleFor(c => c.Forwarding!).SetValidator(new ForwardingInputValidator()).When(c => c.Forwarding is not null);
        RuleFor(c => c.Expert!).SetValidator(new ExpertInputValidator()).When(c => c.Expert is not null);
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class AddSearchRecordingHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<AddSearchRecordingCommand, RaidDetails>
{
    public async ValueTask<RaidDetails> Handle(AddSearchRecordingCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        raid.EnsureMayRecord(officer);
        db.ExpectVersion(raid, command.Version!.Value);

        var fileId = command.EvidenceFileId!.Value;
        var file = await db.EvidenceFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.StationId == officer.StationId, ct);
        if (file is null || file.OwnerType != EvidenceOwnerType.Raid || file.OwnerId != raid.Id || file.IsWithdrawn)
        {
            throw new DomainException("Raid.RecordingFileNotOfRaid",
                "The recording is an evidence file uploaded for this raid (and not withdrawn).", RuleKind.Unprocessable, "evidenceFileId");
        }

        if (!file.MediaType.StartsWith("video/", StringComparison.Ordinal))
        {
            throw new DomainException("Raid.RecordingNotVideo", $"The file is {file.MediaType}, not a video.", RuleKind.Unprocessable,
                "evidenceFileId");
        }

        var recorder = command.RecordedByOfficerId!.Value;
        if (!await db.Officers.AnyAsync(o => o.Id == recorder && o.StationId == officer.StationId, ct))
        {
            throw new DomainException("Raid.RecorderNotOfStation", "The officer who recorded the search is an officer of this station.",
                RuleKind.Unprocessable, "recordedByOfficerId");
        }

        raid.AddRecording(command.Kind!.Value, file.Id, file.Sha256, file.OriginalFileName, command.RecordedFrom!.Value,
            command.DurationSeconds, command.Device.Clean(), recorder, command.Forwarding.ToForwarding(), command.CertificateSignedAt,
            command.Expert.ToExpert(), clock.GetUtcNow());
        // The recording is a row of its own: renew the raid's version so that a concurrent change of the raid is refused.
        raid.RenewVersion();
        await db.SaveChangesAsync(ct);
        return await db.LoadRaidAsync(raid.Id, officer, ct);
    }
}
