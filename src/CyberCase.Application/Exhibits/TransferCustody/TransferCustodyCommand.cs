using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.TransferCustody;

public sealed record HolderInput(CustodyHolderKind? Kind, Guid? OfficerId, string? Name);

/// <summary>
/// Records a hand-over of an exhibit: to an officer, the malkhana, the forensic science laboratory, the court, or back
/// to its owner; when, why, whether the seal was intact, and for images the hash verified at that moment.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.MalkhanaInCharge)]
/// <remarks>
/// <c>malkhanaEntryNumber</c> (a deposit in the malkhana), <c>fslDocketNumber</c> (to the FSL) and <c>courtPropertyNumber</c>
/// (to the court) are the receiving holder's book number, each on a hand-over to that holder only.
/// </remarks>
public sealed record TransferCustodyCommand(Guid ExhibitId, HolderInput? To, DateTimeOffset? At, string? Purpose,
    bool? SealIntact, string? HashVerified, Guid? Version, string? MalkhanaEntryNumber = null, string? FslDocketNumber = null,
    string? CourtPropertyNumber = null) : ICommand<CustodyLog>;

public sealed class TransferCustodyValidator : AbstractValidator<TransferCustodyCommand>
{
    public TransferCustodyValidator()
    {
        RuleFor(c => c.To).NotNull();
        RuleFor(c => c.To!.Kind).NotNull().IsInEnum().When(c => c.To is not null).OverridePropertyName("to.kind");
        RuleFor(c => c.To!.OfficerId).NotEmpty().When(c => c.To?.Kind == CustodyHolderKind.Officer)
            .OverridePropertyName("to.officerId").WithMessage("Name the officer who receives the exhibit.");
        // The message belongs to the NotEmpty rule (WithMessage applies to the rule just before it).
        RuleFor(c => c.To!.Name).NotEmpty().WithMessage("Name the laboratory, court or owner.").MaximumLength(CustodyHolder.NameMaxLength)
            .When(c => c.To?.Kind is CustodyHolderKind.ForensicLab or CustodyHolderKind.Court or CustodyHolderKind.ReturnedToOwner)
            .OverridePropertyName("to.name");
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Purpose).NotEmpty().MaximumLength(CustodyEvent.PurposeMaxLength);
        RuleFor(c => c.SealIntact).NotNull();
        RuleFor(c => c.HashVerified).Matches("^[0-9a-fA-F]{64}$").When(c => c.HashVerified is not null)
            .WithMessage("A SHA-256 is 64 hexadecimal digits.");
        RuleFor(c => c.Version).NotEmpty();
        RuleFor(c => c.MalkhanaEntryNumber).MaximumLength(HolderReference.MaxLength);
        RuleFor(c => c.FslDocketNumber).MaximumLength(HolderReference.MaxLength);
        RuleFor(c => c.CourtPropertyNumber).MaximumLength(HolderReference.MaxLength);
    }
}

public sealed class TransferCustodyHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<TransferCustodyCommand, CustodyLog>
{
    public async ValueTask<CustodyLog> Handle(TransferCustodyCommand command, CancellationToken ct)
    {
        // The hand-over extends the exhibit's custody chain from its last entry: read it inside the write transaction,
        // so two hand-overs at once (in any process) are told apart by the exhibit's version, never forked.
        await db.BeginWriteAsync(ct);
        var exhibit = await db.FindOwnExhibitAsync(command.ExhibitId, officer, ct);
        db.ExpectVersion(exhibit, command.Version!.Value);
        EventTimes.NotInFuture(command.At!.Value, clock.GetUtcNow(), "Custody.InFuture", "at", "A transfer cannot be recorded ahead of time.");

        var to = command.To!;
        var name = to.Name?.Trim();
        if (to.Kind == CustodyHolderKind.Officer)
        {
            var receiver = await db.Officers.SingleOrDefaultAsync(o => o.Id == to.OfficerId && o.StationId == officer.StationId, ct)
                ?? throw new DomainException("Custody.UnknownOfficer", "The receiving officer is not of this station.",
                    RuleKind.Unprocessable, "to.officerId");
            name = receiver.FullName;
        }

        var entry = exhibit.Transfer(Guid.CreateVersion7(command.At.Value), command.At.Value,
            new CustodyHolder(to.Kind!.Value, to.Kind == CustodyHolderKind.Officer ? to.OfficerId : null, name),
            command.Purpose!.Trim(), command.SealIntact!.Value, command.HashVerified, officer.Id,
            officer.IsInRole(Roles.MalkhanaInCharge),
            new HolderReference(Clean(command.MalkhanaEntryNumber), Clean(command.FslDocketNumber), Clean(command.CourtPropertyNumber)));
        db.CustodyEvents.Add(entry);
        await db.SaveChangesAsync(ct);
        return await db.LoadCustodyAsync(exhibit.Id, officer, ct);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
