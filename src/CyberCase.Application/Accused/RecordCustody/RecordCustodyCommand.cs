using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Accused.RecordCustody;

/// <summary>
/// Production before the Magistrate, police or judicial custody (remand), bail, absconding, charge-sheet or
/// discharge. Each is one record in the accused's custody history; the status follows.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordCustodyCommand(Guid AccusedId, CustodyRecordKind? Event, DateTimeOffset? At, string? Court,
    string? OrderReference, DateOnly? Until, string? Notes, Guid? Version, int? JourneyMinutes = null) : ICommand<AccusedDetails>;

public sealed class RecordCustodyValidator : AbstractValidator<RecordCustodyCommand>
{
    public RecordCustodyValidator()
    {
        RuleFor(c => c.Event).NotNull().IsInEnum();
        RuleFor(c => c.At).NotNull();
        RuleFor(c => c.Court).NotEmpty().When(c => c.Event is CustodyRecordKind.ProducedBeforeMagistrate or CustodyRecordKind.PoliceCustody
                or CustodyRecordKind.JudicialCustody)
            .WithMessage("Name the court that the accused was produced before or that ordered the remand.");
        RuleFor(c => c.Court).MaximumLength(CustodyRecord.CourtMaxLength);
        RuleFor(c => c.OrderReference).MaximumLength(CustodyRecord.OrderMaxLength);
        RuleFor(c => c.Notes).MaximumLength(CustodyRecord.NotesMaxLength);
        // The journey to the court is excluded from the 24 hours (CrPC 57 / BNSS 58); it belongs to a production only.
        RuleFor(c => c.JourneyMinutes).GreaterThanOrEqualTo(0).LessThanOrEqualTo(7 * 24 * 60);
        RuleFor(c => c.JourneyMinutes).Null().When(c => c.Event != CustodyRecordKind.ProducedBeforeMagistrate)
            .WithMessage("The journey time is recorded with the production before the Magistrate.");
        RuleFor(c => c.Version).NotEmpty().WithMessage("Send the version you read, so that a concurrent change is not overwritten.");
    }
}

public sealed class RecordCustodyHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog)
    : ICommandHandler<RecordCustodyCommand, AccusedDetails>
{
    public async ValueTask<AccusedDetails> Handle(RecordCustodyCommand command, CancellationToken ct)
    {
        var accused = await db.FindOwnAccusedAsync(command.AccusedId, officer, ct);
        db.ExpectVersion(accused, command.Version!.Value);
        var now = clock.GetUtcNow();
        var record = accused.RecordCustody(Guid.CreateVersion7(now), command.Event!.Value, command.At!.Value, command.Court?.Trim(),
            command.OrderReference?.Trim(), command.Until, command.Notes?.Trim(), officer.Id, now, command.JourneyMinutes);
        db.CustodyRecords.Add(record);
        await db.SaveChangesAsync(ct);
        return await db.LoadAccusedAsync(accused.Id, officer, clock, catalog, ct);
    }
}
