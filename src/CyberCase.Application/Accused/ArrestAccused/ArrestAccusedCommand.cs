using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Accused.ArrestAccused;

public sealed record AttestingWitnessInput(string? Name, string? Address);
public sealed record RelativeInformedInput(string? Name, string? Relation, InformedBy? How, DateTimeOffset? At);
public sealed record MedicalExaminationInput(DateTimeOffset? At, string? By);

/// <summary>
/// The arrest memo (BNSS 35/36/47/48, D.K. Basu): when and where, the arresting officer, the raid if during one,
/// the grounds communicated (BNSS 47), the attesting witness and the arrestee's countersignature (BNSS 36), the
/// relative or friend informed (BNSS 48) and the medical examination (BNSS 53). Suspect -> Arrested.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record ArrestAccusedCommand(Guid AccusedId, DateTimeOffset? ArrestedAt, string? Place, Guid? ArrestingOfficerId,
    Guid? RaidId, string? GroundsCommunicated, AttestingWitnessInput? AttestingWitness, bool? CountersignedByArrestee,
    RelativeInformedInput? RelativeInformed, MedicalExaminationInput? MedicalExamination, Guid? Version) : ICommand<AccusedDetails>;

public sealed class ArrestAccusedValidator : AbstractValidator<ArrestAccusedCommand>
{
    public ArrestAccusedValidator()
    {
        RuleFor(c => c.ArrestedAt).NotNull();
        RuleFor(c => c.Place).NotEmpty().MaximumLength(ArrestMemo.PlaceMaxLength);
        RuleFor(c => c.ArrestingOfficerId).NotEmpty();
        RuleFor(c => c.GroundsCommunicated).NotEmpty().MaximumLength(ArrestMemo.GroundsMaxLength)
            .WithMessage("The grounds of arrest must be communicated to the arrested person (BNSS 47).");
        RuleFor(c => c.AttestingWitness).NotNull().WithMessage("The memo is attested by at least one witness (BNSS 36).");
        RuleFor(c => c.AttestingWitness!.Name).NotEmpty().MaximumLength(ArrestMemo.NameMaxLength)
            .When(c => c.AttestingWitness is not null).OverridePropertyName("attestingWitness.name");
        RuleFor(c => c.AttestingWitness!.Address).MaximumLength(ArrestMemo.AddressMaxLength)
            .When(c => c.AttestingWitness is not null).OverridePropertyName("attestingWitness.address");
        RuleFor(c => c.CountersignedByArrestee).NotNull();
        When(c => c.RelativeInformed is not null, () =>
        {
            RuleFor(c => c.RelativeInformed!.Name).NotEmpty().MaximumLength(ArrestMemo.NameMaxLength).OverridePropertyName("relativeInformed.name");
            RuleFor(c => c.RelativeInformed!.Relation).NotEmpty().MaximumLength(ArrestMemo.RelationMaxLength)
                .OverridePropertyName("relativeInformed.relation");
            RuleFor(c => c.RelativeInformed!.How).NotNull().IsInEnum().OverridePropertyName("relativeInformed.how");
            RuleFor(c => c.RelativeInformed!.At).NotNull().OverridePropertyName("relativeInformed.at");
        });
        When(c => c.MedicalExamination is not null, () =>
        {
            RuleFor(c => c.MedicalExamination!.At).NotNull().OverridePropertyName("medicalExamination.at");
            RuleFor(c => c.MedicalExamination!.By).NotEmpty().MaximumLength(ArrestMemo.NameMaxLength).OverridePropertyName("medicalExamination.by");
        });
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class ArrestAccusedHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog)
    : ICommandHandler<ArrestAccusedCommand, AccusedDetails>
{
    public async ValueTask<AccusedDetails> Handle(ArrestAccusedCommand command, CancellationToken ct)
    {
        var accused = await db.FindOwnAccusedAsync(command.AccusedId, officer, ct);
        db.ExpectVersion(accused, command.Version!.Value);

        if (!await db.Officers.AnyAsync(o => o.Id == command.ArrestingOfficerId && o.StationId == officer.StationId, ct))
        {
            throw new DomainException("Accused.ArrestingOfficerNotOfStation", "The arresting officer must be an officer of this station.",
                RuleKind.Unprocessable, "arrestingOfficerId");
        }

        if (command.RaidId is { } raidId)
        {
            var raid = await db.Raids.AsNoTracking().SingleOrDefaultAsync(r => r.Id == raidId && r.StationId == officer.StationId, ct);
            if (raid is null || raid.FirId != accused.FirId)
            {
                throw new DomainException("Accused.RaidOfAnotherCase", "The raid is not one of this FIR's raids.", RuleKind.Unprocessable, "raidId");
            }

            raid.EnsureArrestDuring(command.ArrestedAt!.Value);
        }

        var now = clock.GetUtcNow();
        var r = command.RelativeInformed;
        var m = command.MedicalExamination;
        accused.RecordArrest(new ArrestMemo(Guid.CreateVersion7(now), accused.Id, command.ArrestedAt!.Value, command.Place!.Trim(),
            command.ArrestingOfficerId!.Value, command.RaidId, command.GroundsCommunicated!.Trim(), command.AttestingWitness!.Name!.Trim(),
            command.AttestingWitness.Address?.Trim(), command.CountersignedByArrestee!.Value, r?.Name?.Trim(), r?.Relation?.Trim(), r?.How,
            r?.At, m?.At, m?.By?.Trim(), officer.Id, now), now);
        db.ArrestMemos.Add(accused.Arrest!);
        await db.SaveChangesAsync(ct);
        return await db.LoadAccusedAsync(accused.Id, officer, clock, catalog, ct);
    }
}
