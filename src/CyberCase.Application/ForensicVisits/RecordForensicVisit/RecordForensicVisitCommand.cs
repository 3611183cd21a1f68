using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.ForensicVisits;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.ForensicVisits.RecordForensicVisit;

/// <summary>
/// Records a forensic expert's visit to a scene of the case (BNSS 176(3)): where (in words, and the premises or search
/// of the case it was), the expert with designation and laboratory, when, what was collected and observed, whether the
/// process was video-graphed and, when uploaded, the video (an evidence file of the same FIR).
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordForensicVisitCommand(Guid FirId, string? Place, Guid? PremisesId, Guid? RaidId, string? ExpertName,
    string? Designation, string? Laboratory, DateTimeOffset? VisitedAt, string? Findings, bool? VideoRecorded, Guid? VideoFileId)
    : ICommand<Guid>;

public sealed class RecordForensicVisitValidator : AbstractValidator<RecordForensicVisitCommand>
{
    public RecordForensicVisitValidator()
    {
        RuleFor(c => c.Place).NotEmpty().MaximumLength(ForensicVisit.PlaceMaxLength);
        RuleFor(c => c.PremisesId).NotEqual(Guid.Empty);
        RuleFor(c => c.RaidId).NotEqual(Guid.Empty);
        RuleFor(c => c.ExpertName).NotEmpty().MaximumLength(ForensicVisit.ExpertNameMaxLength);
        RuleFor(c => c.Designation).NotEmpty().MaximumLength(ForensicVisit.DesignationMaxLength);
        RuleFor(c => c.Laboratory).NotEmpty().MaximumLength(ForensicVisit.LaboratoryMaxLength);
        RuleFor(c => c.VisitedAt).NotNull();
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(ForensicVisit.FindingsMaxLength)
            .WithMessage($"Say in at most {ForensicVisit.FindingsMaxLength} characters what the expert collected and observed.");
        RuleFor(c => c.VideoRecorded).NotNull();
        RuleFor(c => c.VideoFileId).NotEqual(Guid.Empty);
    }
}

public sealed class RecordForensicVisitHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordForensicVisitCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordForensicVisitCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        if (!officer.IsInRole(Roles.StationHouseOfficer) && fir.AssignedOfficerId != officer.Id)
        {
            throw new ForbiddenException("Only the investigating officer of the case or the SHO can record its forensic expert's visits.");
        }

        var premisesId = command.PremisesId;
        DateTimeOffset? raidStartedAt = null;
        if (command.RaidId is { } raidId)
        {
            var raid = await db.Raids.AsNoTracking().Where(r => r.Id == raidId && r.FirId == fir.Id)
                .Select(r => new { r.PremisesId, r.StartedAt }).SingleOrDefaultAsync(ct)
                ?? throw new DomainException("ForensicVisit.RaidNotOfCase", "No such search in this FIR.", RuleKind.Unprocessable, "raidId");
            if (premisesId is not null && premisesId != raid.PremisesId)
            {
                throw new DomainException("ForensicVisit.PremisesNotOfRaid", "The premises is not the one the search was made at.",
                    RuleKind.Unprocessable, "premisesId");
            }

            premisesId = raid.PremisesId;
            raidStartedAt = raid.StartedAt;
        }
        else if (premisesId is { } id && !await db.FirPremises.AnyAsync(l => l.FirId == fir.Id && l.PremisesId == id, ct))
        {
            throw new DomainException("ForensicVisit.PremisesNotOfCase", "The premises is not linked to this FIR.", RuleKind.Unprocessable,
                "premisesId");
        }

        if (command.VideoFileId is { } fileId)
        {
            var video = await db.EvidenceFiles.AsNoTracking().Where(e => e.Id == fileId && e.FirId == fir.Id)
                .Select(e => new { e.MediaType, e.WithdrawnAt }).SingleOrDefaultAsync(ct);
            if (video is null || video.WithdrawnAt is not null || !video.MediaType.StartsWith("video/", StringComparison.Ordinal))
            {
                throw new DomainException("ForensicVisit.VideoNotOfCase", "The video is a video evidence file of this FIR, not withdrawn.",
                    RuleKind.Unprocessable, "videoFileId");
            }
        }

        var now = clock.GetUtcNow();
        var visit = ForensicVisit.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, fir.RegisteredAt, command.Place!.Trim(),
            premisesId, command.RaidId, raidStartedAt, command.ExpertName!.Trim(), command.Designation!.Trim(), command.Laboratory!.Trim(),
            command.VisitedAt!.Value, command.Findings!.Trim(), command.VideoRecorded!.Value, command.VideoFileId, officer.Id, now);
        db.ForensicVisits.Add(visit);
        await db.SaveChangesAsync(ct);
        return visit.Id;
    }
}
