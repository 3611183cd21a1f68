using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Victims;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Victims.RecordProgressUpdate;

/// <summary>
/// Records that the informant (<c>victimId</c> left out) or a victim was told of the progress of the investigation
/// (BNSS 193(3)(ii)): when, how, by which officer (the recording officer when left out) and what was said.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordProgressUpdateCommand(Guid FirId, Guid? VictimId, DateTimeOffset? At, CommunicationMeans? Means,
    Guid? ByOfficerId, string? Summary) : ICommand<ProgressCommunicationView>;

public sealed class RecordProgressUpdateValidator : AbstractValidator<RecordProgressUpdateCommand>
{
    public RecordProgressUpdateValidator()
    {
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Means).NotNull().IsInEnum();
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(ProgressCommunication.SummaryMaxLength);
    }
}

public sealed class RecordProgressUpdateHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordProgressUpdateCommand, ProgressCommunicationView>
{
    public async ValueTask<ProgressCommunicationView> Handle(RecordProgressUpdateCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        if (command.VictimId is { } victimId && !await db.Victims.AnyAsync(v => v.Id == victimId && v.FirId == fir.Id, ct))
        {
            throw new NotFoundException("Victim", victimId);
        }

        var by = command.ByOfficerId ?? officer.Id;
        if (!await db.Officers.AnyAsync(o => o.Id == by && o.StationId == officer.StationId, ct))
        {
            throw new NotFoundException("Officer", by);
        }

        var now = clock.GetUtcNow();
        var communication = ProgressCommunication.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, fir.RegisteredAt,
            command.VictimId, command.At!.Value, command.Means!.Value, by, command.Summary!.Trim(), officer.Id, now);
        db.ProgressCommunications.Add(communication);
        await db.SaveChangesAsync(ct);
        return ProgressCommunicationView.From(communication);
    }
}
