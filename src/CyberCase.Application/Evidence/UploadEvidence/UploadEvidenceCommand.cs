using System.Linq.Expressions;
using CyberCase.Application.Common;
using CyberCase.Application.Evidence.Owners;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace CyberCase.Application.Evidence.UploadEvidence;

/// <summary>
/// Attach a received file to a record of the case. <see cref="File"/> is the file already staged and hashed: by the
/// multipart upload in one request (<see cref="EvidenceStaging"/>), or by a resumable (tus) upload over many. Both
/// ways end here, so a file is checked, recorded, audited and moved into the store in one way. The text fields
/// arrive as text (read off a multipart stream or a tus Upload-Metadata header). The file is received before the unit
/// of work's write transaction opens (at the save), so a slow 2 GB upload never holds up the station's other writers.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.MalkhanaInCharge)]
public sealed record UploadEvidenceCommand(string? OwnerType, string? OwnerId, string? Description, string? FileName,
    IStagedEvidence? File) : ICommand<EvidenceFileView>;

public sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidenceCommand>
{
    public UploadEvidenceValidator()
    {
        FieldRules(this, c => c.OwnerType, c => c.OwnerId, c => c.Description);
        RuleFor(c => c.File).NotNull().OverridePropertyName("File").WithMessage("The file was not received.");
        FileNameRule(this, c => c.FileName).When(c => c.File is not null);
    }

    /// <summary>The text fields of an upload, the same for the check before the file and the record after it.</summary>
    public static void FieldRules<T>(AbstractValidator<T> v, Expression<Func<T, string?>> ownerType,
        Expression<Func<T, string?>> ownerId, Expression<Func<T, string?>> description)
    {
        // One rule chain per condition: a When() applies to every validator before it in its chain.
        v.RuleFor(ownerType).NotEmpty().WithMessage("'ownerType' is required, before the file part.");
        var type = ownerType.Compile();
        v.RuleFor(ownerType).Must(t => TryParseOwnerType(t, out _)).When(c => !string.IsNullOrEmpty(type(c)))
            .WithMessage($"Must be one of {string.Join(", ", Enum.GetNames<EvidenceOwnerType>())}.");
        v.RuleFor(ownerId).NotEmpty().WithMessage("'ownerId' is required, before the file part.");
        var id = ownerId.Compile();
        v.RuleFor(ownerId).Must(i => Guid.TryParse(i, out var g) && g != Guid.Empty).When(c => !string.IsNullOrEmpty(id(c)))
            .WithMessage("Not a record id.");
        v.RuleFor(description).MaximumLength(EvidenceFile.DescriptionMaxLength);
    }

    public static IRuleBuilderOptions<T, string?> FileNameRule<T>(AbstractValidator<T> v, Expression<Func<T, string?>> fileName) =>
        v.RuleFor(fileName)
            .NotEmpty().WithMessage("The file part needs its file name.")
            .MaximumLength(EvidenceFile.FileNameMaxLength).WithMessage("The file name is longer than 255 characters.")
            .OverridePropertyName("File");

    /// <summary>By name only: "1" would parse as an enum value but is not an owner type.</summary>
    public static bool TryParseOwnerType(string? text, out EvidenceOwnerType type)
    {
        type = default;
        return text is { Length: > 0 } && !char.IsAsciiDigit(text[0]) && !text.StartsWith('-')
            && Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}

public sealed class UploadEvidenceHandler(CyberCaseDbContext db, ICurrentOfficer officer, EvidenceOwners owners,
    IOptions<EvidenceOptions> options, TimeProvider clock)
    : ICommandHandler<UploadEvidenceCommand, EvidenceFileView>
{
    public async ValueTask<EvidenceFileView> Handle(UploadEvidenceCommand command, CancellationToken ct)
    {
        var staged = command.File!;
        // Released (a duplicate's or a refused file's staged copy deleted) once the unit of work has ended.
        db.DisposeAfterUnitOfWork(staged);
        // Asked again although the caller asked before the file came: a resumable upload may take a day.
        var owner = await owners.FindForUploadAsync(command.OwnerType, command.OwnerId, officer, ct);
        var mediaType = EvidenceStaging.CheckHead(staged.Head.Span, options.Value);
        if (staged.Size > options.Value.MaxFileSizeBytes)
        {
            throw new EvidenceTooLargeException(options.Value.MaxFileSizeBytes);
        }

        var now = clock.GetUtcNow();
        var file = EvidenceFile.Record(Guid.CreateVersion7(now), owner.StationId, owner.Type, owner.Id, owner.FirId,
            CleanFileName(command.FileName!), staged.Size, mediaType, staged.Sha256, staged.StorageKey, command.Description,
            officer.Id, now);

        // The record and the stored file land together: the save opens the write transaction, the file moves into the
        // store inside it, and the unit of work commits after the handler. If either fails, the transaction rolls back and
        // the staged bytes are removed on disposal. (A database failure after the file is in place leaves an
        // unreferenced but complete content-addressed file, never a partial one.) A duplicate's staged copy is deleted
        // on disposal, once the unit of work has ended: outside the write transaction.
        db.EvidenceFiles.Add(file);
        await db.SaveChangesAsync(ct);
        await staged.CommitAsync(ct);
        return await db.ToViewAsync(file, ct);
    }

    /// <summary>The name only, as the officer's computer called it: no folders, no control characters.</summary>
    public static string CleanFileName(string name)
    {
        var leaf = name.Replace('\\', '/').Split('/').Last();
        var clean = new string(leaf.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "file" : clean;
    }
}
