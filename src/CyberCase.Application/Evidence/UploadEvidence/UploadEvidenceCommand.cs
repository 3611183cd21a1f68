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
/// Attach a file to a record of the case. The form fields arrive as text (they are read off a multipart stream);
/// <see cref="Content"/> is the file part itself, read once, while it streams in.
/// The file is received before the unit of work's write transaction opens (at the save), so a slow 2 GB upload never
/// holds up the station's other writers.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.MalkhanaInCharge)]
public sealed record UploadEvidenceCommand(string? OwnerType, string? OwnerId, string? Description, string? FileName,
    Stream? Content) : ICommand<EvidenceFileView>;

public sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidenceCommand>
{
    public UploadEvidenceValidator()
    {
        // One rule chain per condition: a When() applies to every validator before it in its chain.
        RuleFor(c => c.OwnerType).NotEmpty().WithMessage("'ownerType' is required, before the file part.");
        RuleFor(c => c.OwnerType).Must(t => TryParseOwnerType(t, out _)).When(c => !string.IsNullOrEmpty(c.OwnerType))
            .WithMessage($"Must be one of {string.Join(", ", Enum.GetNames<EvidenceOwnerType>())}.");
        RuleFor(c => c.OwnerId).NotEmpty().WithMessage("'ownerId' is required, before the file part.");
        RuleFor(c => c.OwnerId).Must(id => Guid.TryParse(id, out var g) && g != Guid.Empty).When(c => !string.IsNullOrEmpty(c.OwnerId))
            .WithMessage("Not a record id.");
        RuleFor(c => c.Description).MaximumLength(EvidenceFile.DescriptionMaxLength);
        RuleFor(c => c.Content).NotNull().OverridePropertyName("File")
            .WithMessage("Attach the file as the form field 'file', after ownerType, ownerId and description.");
        RuleFor(c => c.FileName)
            .NotEmpty().WithMessage("The file part needs its file name.")
            .MaximumLength(EvidenceFile.FileNameMaxLength).WithMessage("The file name is longer than 255 characters.")
            .OverridePropertyName("File")
            .When(c => c.Content is not null);
    }

    /// <summary>By name only: "1" would parse as an enum value but is not an owner type.</summary>
    public static bool TryParseOwnerType(string? text, out EvidenceOwnerType type)
    {
        type = default;
        return text is { Length: > 0 } && !char.IsAsciiDigit(text[0]) && !text.StartsWith('-')
            && Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }
}

public sealed class UploadEvidenceHandler(CyberCaseDbContext db, ICurrentOfficer officer, EvidenceOwners owners,
    IEvidenceStore store, IOptions<EvidenceOptions> options, TimeProvider clock)
    : ICommandHandler<UploadEvidenceCommand, EvidenceFileView>
{
    public async ValueTask<EvidenceFileView> Handle(UploadEvidenceCommand command, CancellationToken ct)
    {
        if (!UploadEvidenceValidator.TryParseOwnerType(command.OwnerType, out var ownerType))
        {
            throw new InvalidOperationException("The validator lets only known owner types through.");
        }

        EvidenceOwners.EnsureMayUpload(ownerType, officer);
        // Access and existence are settled before a byte of the file is read.
        var owner = await owners.FindAsync(ownerType, Guid.Parse(command.OwnerId!), officer, ct);

        var limits = options.Value;
        var content = command.Content!;
        var head = await ReadHeadAsync(content, ct);
        if (head.Length == 0)
        {
            throw new ValidationException([new ValidationFailure("File", "The file is empty.")]);
        }

        var mediaType = EvidenceMediaType.Detect(head.Span);
        if (!limits.IsAllowed(mediaType))
        {
            throw new EvidenceMediaTypeNotAllowedException(mediaType);
        }

        var staged = await store.StageAsync(new PrefixedStream(head, content), limits.MaxFileSizeBytes, ct);
        db.DisposeAfterUnitOfWork(staged);

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

    /// <summary>The first bytes of the file, enough to tell its type, read before anything is written anywhere.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadHeadAsync(Stream content, CancellationToken ct)
    {
        var head = new byte[EvidenceMediaType.HeadLength];
        var filled = 0;
        try
        {
            int read;
            while (filled < head.Length && (read = await content.ReadAsync(head.AsMemory(filled), ct)) > 0)
            {
                filled += read;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new EvidenceUploadIncompleteException("The upload broke off before the file was received.", e);
        }

        return head.AsMemory(0, filled);
    }

    /// <summary>The name only, as the officer's computer called it: no folders, no control characters.</summary>
    public static string CleanFileName(string name)
    {
        var leaf = name.Replace('\\', '/').Split('/').Last();
        var clean = new string(leaf.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? "file" : clean;
    }
}
