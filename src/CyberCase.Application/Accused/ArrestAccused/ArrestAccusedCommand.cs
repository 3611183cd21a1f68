using CyberCase.Application.Common;
using static CyberCase.Application.Common.Input;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Accused.ArrestAccused;

public sealed record AttestingWitnessInput(string? Name, string? Address, string? Relation = null, string? NameInScript = null);
public sealed record RelativeInformedInput(string? Name, string? Relation, InformedBy? How, DateTimeOffset? At, string? By = null,
    string? BookEntryNumber = null, string? NameInScript = null);
public sealed record MedicalExaminationInput(DateTimeOffset? At, string? By);
public sealed record WomanArrestSafeguardsInput(string? ExceptionalCircumstance, string? WomanOfficer, string? MagistratePermission);

/// <summary>
/// The memorandum of arrest (CrPC 41/41B/50/50A/54 before 1 July 2024, BNSS 35/36/47/48/53 after, by the FIR's date;
/// D.K. Basu): when and where, the arresting officer, the raid if during one, the grounds and how they were told, the
/// attesting witness and the arrestee's countersignature, the nominated person informed, the inspection memo, the
/// medical examination, the control room told, the safeguards of a woman's arrest at night and the GD entry.
/// Suspect -> Arrested. What the law asks for but the officer has not supplied does not stop the record (it prints as
/// a blank line to be completed); only an impossible value is refused (422 naming the field).
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record ArrestAccusedCommand(Guid AccusedId, DateTimeOffset? ArrestedAt, string? Place, Guid? ArrestingOfficerId,
    Guid? RaidId, string? GroundsCommunicated, AttestingWitnessInput? AttestingWitness, bool? CountersignedByArrestee,
    RelativeInformedInput? RelativeInformed, MedicalExaminationInput? MedicalExamination, Guid? Version,
    bool? GroundsInWriting = null, string? GroundsLanguage = null, bool? ToldOfRightToBail = null, string? ReasonsForArrest = null,
    string? InjuriesSeen = null, DateTimeOffset? ControlRoomInformedAt = null, WomanArrestSafeguardsInput? WomanArrestSafeguards = null,
    string? GdEntryNumber = null) : ICommand<AccusedDetails>;

public sealed class ArrestAccusedValidator : AbstractValidator<ArrestAccusedCommand>
{
    public ArrestAccusedValidator()
    {
        RuleFor(c => c.ArrestedAt).NotNull();
        RuleFor(c => c.Place).NotEmpty().MaximumLength(ArrestMemo.PlaceMaxLength);
        RuleFor(c => c.ArrestingOfficerId).NotEmpty();
        RuleFor(c => c.GroundsCommunicated).MaximumLength(ArrestMemo.GroundsMaxLength);
        RuleFor(c => c.GroundsLanguage).MaximumLength(ArrestParticulars.ShortMaxLength);
        RuleFor(c => c.ReasonsForArrest).MaximumLength(ArrestParticulars.TextMaxLength);
        RuleFor(c => c.InjuriesSeen).MaximumLength(ArrestParticulars.TextMaxLength);
        RuleFor(c => c.GdEntryNumber).MaximumLength(ArrestParticulars.ReferenceMaxLength);
        When(c => c.AttestingWitness is not null, () =>
        {
            // The message belongs to the NotEmpty rule (WithMessage applies to the rule just before it).
            RuleFor(c => c.AttestingWitness!.Name).NotEmpty()
                .WithMessage("Name the attesting witness, or leave attestingWitness out until one attests.")
                .MaximumLength(ArrestMemo.NameMaxLength)
                .OverridePropertyName("attestingWitness.name");
            RuleFor(c => c.AttestingWitness!.Address).MaximumLength(ArrestMemo.AddressMaxLength).OverridePropertyName("attestingWitness.address");
            RuleFor(c => c.AttestingWitness!.Relation).MaximumLength(ArrestMemo.RelationMaxLength).OverridePropertyName("attestingWitness.relation");
            RuleFor(c => c.AttestingWitness!.NameInScript).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.AttestingWitness!.NameInScript is not null)
                .WithMessage("Leave nameInScript out, or give the name in the witness's script.")
                .MaximumLength(ArrestMemo.NameMaxLength).OverridePropertyName("attestingWitness.nameInScript");
        });
        When(c => c.RelativeInformed is not null, () =>
        {
            RuleFor(c => c.RelativeInformed!.Name).NotEmpty().MaximumLength(ArrestMemo.NameMaxLength).OverridePropertyName("relativeInformed.name");
            RuleFor(c => c.RelativeInformed!.Relation).MaximumLength(ArrestMemo.RelationMaxLength).OverridePropertyName("relativeInformed.relation");
            RuleFor(c => c.RelativeInformed!.How).IsInEnum().OverridePropertyName("relativeInformed.how");
            RuleFor(c => c.RelativeInformed!.By).MaximumLength(ArrestParticulars.ShortMaxLength).OverridePropertyName("relativeInformed.by");
            RuleFor(c => c.RelativeInformed!.BookEntryNumber).MaximumLength(ArrestParticulars.ReferenceMaxLength)
                .OverridePropertyName("relativeInformed.bookEntryNumber");
            RuleFor(c => c.RelativeInformed!.NameInScript).Must(n => !string.IsNullOrWhiteSpace(n)).When(c => c.RelativeInformed!.NameInScript is not null)
                .WithMessage("Leave nameInScript out, or give the name in the person's script.")
                .MaximumLength(ArrestMemo.NameMaxLength).OverridePropertyName("relativeInformed.nameInScript");
        });
        When(c => c.MedicalExamination is not null, () =>
        {
            RuleFor(c => c.MedicalExamination!.By).MaximumLength(ArrestMemo.NameMaxLength).OverridePropertyName("medicalExamination.by");
        });
        When(c => c.WomanArrestSafeguards is not null, () =>
        {
            RuleFor(c => c.WomanArrestSafeguards!.ExceptionalCircumstance).MaximumLength(ArrestParticulars.TextMaxLength)
                .OverridePropertyName("womanArrestSafeguards.exceptionalCircumstance");
            RuleFor(c => c.WomanArrestSafeguards!.WomanOfficer).MaximumLength(ArrestParticulars.ShortMaxLength)
                .OverridePropertyName("womanArrestSafeguards.womanOfficer");
            RuleFor(c => c.WomanArrestSafeguards!.MagistratePermission).MaximumLength(ArrestParticulars.ShortMaxLength)
                .OverridePropertyName("womanArrestSafeguards.magistratePermission");
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
        var w = command.AttestingWitness;
        var woman = command.WomanArrestSafeguards;
        var particulars = new ArrestParticulars
        {
            AttestingWitnessRelation = Blank(w?.Relation),
            AttestingWitnessNameInScript = w?.NameInScript,
            GroundsInWriting = command.GroundsInWriting,
            GroundsLanguage = Blank(command.GroundsLanguage),
            ToldOfRightToBail = command.ToldOfRightToBail,
            ReasonsForArrest = Blank(command.ReasonsForArrest),
            RelativeInformedBy = Blank(r?.By),
            RelativeInformedBookEntry = Blank(r?.BookEntryNumber),
            RelativeNameInScript = r?.NameInScript,
            InjuriesSeen = Blank(command.InjuriesSeen),
            ControlRoomInformedAt = command.ControlRoomInformedAt,
            WomanArrestCircumstance = Blank(woman?.ExceptionalCircumstance),
            WomanOfficer = Blank(woman?.WomanOfficer),
            MagistratePermission = Blank(woman?.MagistratePermission),
            GdEntryNumber = Blank(command.GdEntryNumber),
        };
        accused.RecordArrest(new ArrestMemo(Guid.CreateVersion7(now), accused.Id, command.ArrestedAt!.Value, command.Place!.Trim(),
            command.ArrestingOfficerId!.Value, command.RaidId, Blank(command.GroundsCommunicated), Blank(w?.Name),
            Blank(w?.Address), command.CountersignedByArrestee ?? false, Blank(r?.Name), Blank(r?.Relation), r?.How,
            r?.At, m?.At, Blank(m?.By), officer.Id, now, particulars), now);
        db.ArrestMemos.Add(accused.Arrest!);
        await db.SaveChangesAsync(ct);
        return await db.LoadAccusedAsync(accused.Id, officer, clock, catalog, ct);
    }
}
