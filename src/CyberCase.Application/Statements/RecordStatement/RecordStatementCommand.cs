using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statements;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Statements.RecordStatement;

/// <summary>
/// Records the statement of a person examined in the investigation (CrPC 161 / BNSS 180, by the FIR's date). A
/// recording of it is an evidence file of the same FIR, uploaded first (video or audio). A correction is a new
/// statement with <c>correctsStatementId</c>: the statement corrected stays as it was.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordStatementCommand(Guid FirId, string? Name, string? NameInScript, StatementPersonRole? Role,
    string? Parentage, string? Address, string? Phone, DateTimeOffset? RecordedAt, string? Place, string? Language,
    Guid? RecordedById, string? SpeaksTo, string? Text, Guid? AudioVideoFileId, Guid? CorrectsStatementId) : ICommand<StatementView>;

public sealed class RecordStatementValidator : AbstractValidator<RecordStatementCommand>
{
    public RecordStatementValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Statement.NameMaxLength);
        // Kept byte for byte, so it is checked as sent: not blank, within the length.
        RuleFor(c => c.NameInScript).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.NameInScript is not null)
            .WithMessage("Leave nameInScript out, or give the name in the person's script.")
            .MaximumLength(Statement.NameMaxLength);
        RuleFor(c => c.Role).NotNull().IsInEnum();
        RuleFor(c => c.Parentage).MaximumLength(Statement.ParentageMaxLength);
        RuleFor(c => c.Address).MaximumLength(Statement.AddressMaxLength);
        RuleFor(c => c.Phone).Must(IndianPhone.IsValid).When(c => !string.IsNullOrEmpty(c.Phone)).WithMessage("Not a valid phone number.");
        RuleFor(c => c.RecordedAt).NotNull();
        RuleFor(c => c.Place).NotEmpty().MaximumLength(Statement.PlaceMaxLength);
        RuleFor(c => c.Language).NotEmpty().MaximumLength(Statement.LanguageMaxLength);
        RuleFor(c => c.RecordedById).NotEmpty();
        RuleFor(c => c.SpeaksTo).NotEmpty().MaximumLength(Statement.SpeaksToMaxLength)
            .WithMessage($"Say in at most {Statement.SpeaksToMaxLength} characters what the person speaks to (the police report's list of witnesses).");
        RuleFor(c => c.Text).NotEmpty().MaximumLength(Statement.TextMaxLength);
        RuleFor(c => c.AudioVideoFileId).NotEqual(Guid.Empty);
        RuleFor(c => c.CorrectsStatementId).NotEqual(Guid.Empty);
    }
}

public sealed class RecordStatementHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordStatementCommand, StatementView>
{
    public async ValueTask<StatementView> Handle(RecordStatementCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        // Statements are the investigation's: its IO records them, or the SHO who supervises it.
        if (!officer.IsInRole(Roles.StationHouseOfficer) && fir.AssignedOfficerId != officer.Id)
        {
            throw new ForbiddenException("Only the investigating officer of the case or the SHO can record its statements.");
        }

        var recordedBy = command.RecordedById!.Value;
        if (!await db.Officers.AnyAsync(o => o.Id == recordedBy && o.StationId == officer.StationId, ct))
        {
            throw new DomainException("Statement.RecorderNotOfStation", "The statement is recorded by an officer of this station.",
                RuleKind.Unprocessable, "recordedById");
        }

        if (command.AudioVideoFileId is { } fileId)
        {
            await EnsureRecordingAsync(fileId, fir.Id, ct);
        }

        // Read inside the write transaction, so two corrections of one statement cannot both pass (the unique index backs it).
        await db.BeginWriteAsync(ct);
        Statement? corrects = null;
        if (command.CorrectsStatementId is { } correctedId)
        {
            corrects = await db.Statements.AsNoTracking().SingleOrDefaultAsync(s => s.Id == correctedId && s.StationId == officer.StationId, ct)
                ?? throw new DomainException("Statement.UnknownCorrected", "No such statement at this station.",
                    RuleKind.Unprocessable, "correctsStatementId");
            if (await db.Statements.AnyAsync(s => s.CorrectsStatementId == correctedId, ct))
            {
                throw new DomainException("Statement.AlreadyCorrected",
                    "That statement has been corrected already; correct the latest statement of the chain.", RuleKind.Conflict,
                    "correctsStatementId");
            }
        }

        var now = clock.GetUtcNow();
        var statement = Statement.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, fir.RegisteredAt, command.Name!.Trim(),
            command.NameInScript, command.Role!.Value, Blank(command.Parentage), Blank(command.Address),
            string.IsNullOrEmpty(command.Phone) ? null : IndianPhone.Normalise(command.Phone), command.RecordedAt!.Value,
            command.Place!.Trim(), command.Language!.Trim(), recordedBy, command.SpeaksTo!.Trim(), command.Text!.Trim(),
            command.AudioVideoFileId, corrects, officer.Id, now);
        db.Statements.Add(statement);
        await db.SaveChangesAsync(ct);
        return await db.LoadStatementAsync(statement.Id, officer, ct);
    }

    /// <summary>The recording is a file of this case at this station, audio or video, and not withdrawn.</summary>
    private async Task EnsureRecordingAsync(Guid fileId, Guid firId, CancellationToken ct)
    {
        var file = await db.EvidenceFiles.AsNoTracking().Where(e => e.Id == fileId && e.StationId == officer.StationId)
            .Select(e => new { e.FirId, e.MediaType, e.WithdrawnAt }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Statement.UnknownRecording", "No such evidence file at this station.",
                RuleKind.Unprocessable, "audioVideoFileId");
        if (file.FirId != firId)
        {
            throw new DomainException("Statement.RecordingOfAnotherCase", "The recording must be an evidence file of the same FIR.",
                RuleKind.Unprocessable, "audioVideoFileId");
        }

        if (!Statement.IsAudioVideo(file.MediaType))
        {
            throw new DomainException("Statement.RecordingNotAudioVideo", $"The file is {file.MediaType}, not an audio or video recording.",
                RuleKind.Unprocessable, "audioVideoFileId");
        }

        if (file.WithdrawnAt is not null)
        {
            throw new DomainException("Statement.RecordingWithdrawn", "The file has been withdrawn from the case.",
                RuleKind.Unprocessable, "audioVideoFileId");
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
