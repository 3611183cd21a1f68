using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports.RecordDisclosure;

/// <summary>
/// Records copies supplied to an accused (CrPC 207 / BNSS 230): which documents, to whom, when, how, and the SHA-256
/// of what was given. When a case bundle of the FIR is named, the hash must be one of its volumes'.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordDisclosureCommand(Guid FirId, Guid? CaseAccusedId, DisclosureRecipient? Recipient, string? ReceivedBy,
    DateTimeOffset? SuppliedAt, DisclosureMode? Mode, string? Documents, Guid? CaseBundleId, string? Reference, string? Sha256)
    : ICommand<DisclosureView>;

public sealed class RecordDisclosureValidator : AbstractValidator<RecordDisclosureCommand>
{
    public RecordDisclosureValidator()
    {
        RuleFor(c => c.CaseAccusedId).NotEmpty();
        RuleFor(c => c.Recipient).NotNull().IsInEnum();
        RuleFor(c => c.ReceivedBy).NotEmpty().MaximumLength(Disclosure.NameMaxLength);
        RuleFor(c => c.SuppliedAt).NotNull();
        RuleFor(c => c.Mode).NotNull().IsInEnum();
        RuleFor(c => c.Documents).NotEmpty().MaximumLength(Disclosure.DocumentsMaxLength);
        RuleFor(c => c.Reference).MaximumLength(Disclosure.ReferenceMaxLength);
        RuleFor(c => c.Sha256).NotEmpty().Matches("^[0-9a-fA-F]{64}$").WithMessage("The SHA-256 of what was given: 64 hexadecimal digits.");
        RuleFor(c => c).Must(c => c.CaseBundleId is not null || !string.IsNullOrWhiteSpace(c.Reference))
            .WithName("reference").WithMessage("Name what was given: caseBundleId, or a reference (e.g. the police report's export).");
    }
}

public sealed class RecordDisclosureHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordDisclosureCommand, DisclosureView>
{
    public async ValueTask<DisclosureView> Handle(RecordDisclosureCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        if (!await db.CaseAccused.AnyAsync(a => a.Id == command.CaseAccusedId && a.FirId == fir.Id, ct))
        {
            throw new DomainException("Disclosure.UnknownAccused", "No such accused in this FIR.", RuleKind.Unprocessable, "caseAccusedId");
        }

        var sha256 = command.Sha256!.ToLowerInvariant();
        if (command.CaseBundleId is { } bundleId)
        {
            var bundle = await db.CaseBundles.AsNoTracking().SingleOrDefaultAsync(b => b.Id == bundleId && b.FirId == fir.Id, ct);
            if (bundle is null || bundle.Volumes.All(v => !string.Equals(v.Sha256, sha256, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DomainException("Disclosure.HashNotOfBundle",
                    "The SHA-256 is not that of a volume of this FIR's case bundle: what was given cannot be proven.",
                    RuleKind.Unprocessable, bundle is null ? "caseBundleId" : "sha256");
            }

            if (bundle.CarriesCaseDiary)
            {
                var regime = Domain.Law.Regime.ForFir(fir.RegisteredAt);
                throw new DomainException("Disclosure.CaseDiaryRestricted",
                    $"This is the court's copy of the bundle, with the case diary extract, which the accused may not have " +
                    $"({regime.Cite(Domain.Law.Provision.CaseDiaryNotForTheAccused)}): supply a bundle exported without the case diary.",
                    RuleKind.Unprocessable, "caseBundleId");
            }
        }

        var forwardedAt = await db.PoliceReports.AsNoTracking().Where(r => r.FirId == fir.Id && r.ForwardedAt != null)
            .MinAsync(r => r.ForwardedAt, ct);
        // The next number is read inside the write transaction (the unique index backs it).
        await db.BeginWriteAsync(ct);
        var number = (await db.Disclosures.Where(d => d.FirId == fir.Id).MaxAsync(d => (int?)d.Number, ct) ?? 0) + 1;
        var now = clock.GetUtcNow();
        var disclosure = Disclosure.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, number, command.CaseAccusedId!.Value,
            command.Recipient!.Value, command.ReceivedBy!.Trim(), command.SuppliedAt!.Value, command.Mode!.Value, command.Documents!.Trim(),
            command.CaseBundleId, string.IsNullOrWhiteSpace(command.Reference) ? null : command.Reference.Trim(), sha256, forwardedAt,
            officer.Id, now);
        db.Disclosures.Add(disclosure);
        await db.SaveChangesAsync(ct);
        return (await db.DisclosureViewsAsync(fir.Id, ct)).Single(d => d.Id == disclosure.Id);
    }
}
