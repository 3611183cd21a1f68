using CyberCase.Application.Common;
using CyberCase.Application.Complaints.PreviewComplaintImport;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Officers;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints.ImportComplaints;

/// <summary>
/// Imports an NCRP export after its preview: the same file, with the <c>sha256</c> the preview answered. All or
/// nothing: a file with any invalid row is refused whole (400, errors keyed <c>rows[line].field</c>). The same file
/// again adds nothing, and a complaint already registered (same acknowledgement number) is left as it is.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record ImportComplaintsCommand(byte[] Content, string? Sha256, string? FileName) : ICommand<ImportResult>;

public sealed class ImportComplaintsValidator : AbstractValidator<ImportComplaintsCommand>
{
    public ImportComplaintsValidator()
    {
        RuleFor(c => c.Sha256).NotEmpty().WithMessage("Confirm the import with the sha256 of its preview.");
        RuleFor(c => c.FileName).MaximumLength(ComplaintImport.FileNameMaxLength);
    }
}

public sealed class ImportComplaintsHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<ImportComplaintsCommand, ImportResult>
{
    public async ValueTask<ImportResult> Handle(ImportComplaintsCommand command, CancellationToken ct)
    {
        var sha = StreamedSha256.Of(command.Content);
        if (!string.Equals(sha, command.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new DomainException("Import.NotThePreviewedFile", "This is not the file that was previewed: preview it again.",
                RuleKind.Conflict, "sha256");
        }

        // Read, checked and written inside one write transaction: a second import of the same file waits, then finds it.
        await db.BeginWriteAsync(ct);
        if (await db.ComplaintImports.AnyAsync(i => i.StationId == officer.StationId && i.Sha256 == sha, ct))
        {
            return new ImportResult(null, sha, AlreadyImported: true, 0, 0);
        }

        var (rows, views) = await db.ClassifyAsync(officer.StationId, command.Content, ct);
        var now = clock.GetUtcNow();
        var failures = rows.SelectMany(r => r.Errors.SelectMany(e => e.Value.Select(m => new ValidationFailure($"rows[{r.Line}].{e.Key}", m))))
            .Concat(rows.Where(r => r.Valid && EventTimes.IsInFuture(r.ReceivedAt!.Value, now))
                .Select(r => new ValidationFailure($"rows[{r.Line}].receivedAt", PreviewComplaintImportHandler.FutureMessage)))
            .ToList();
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var import = ComplaintImport.Record(Guid.CreateVersion7(now), officer.StationId, sha, command.FileName?.Trim(), rows.Count,
            views.Count(v => v.Outcome == ImportRowOutcome.New), officer.Id, now);
        db.ComplaintImports.Add(import);
        foreach (var (row, view) in rows.Zip(views).Where(x => x.Second.Outcome == ImportRowOutcome.New))
        {
            db.Complaints.Add(Complaint.Register(Guid.CreateVersion7(now), officer.StationId, row.AckNumber, row.ReceivedAt!.Value, row.Channel,
                row.ComplainantName!, row.ComplainantContact, row.ComplainantAddress, row.ComplainantCountry, row.Category!,
                row.AmountReported, row.Currency, row.TransactionsReported, import.Id, officer.Id, now));
        }

        await db.SaveChangesAsync(ct);
        return new ImportResult(import.Id, sha, AlreadyImported: false, import.Added, views.Count(v => v.Outcome == ImportRowOutcome.AlreadyRegistered));
    }
}
