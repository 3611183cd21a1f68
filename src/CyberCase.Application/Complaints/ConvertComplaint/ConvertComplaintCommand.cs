using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Victims;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Complaints.ConvertComplaint;

/// <summary>
/// Makes a complaint into an FIR: either a new FIR (the complainant its informant, the FIR's facts given here), or
/// joined to an FIR of the station (<c>firId</c>: several complaints against one fraud make one case). Either way
/// the complainant is recorded as a victim of the FIR with the amount reported, and the complaint is linked.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record ConvertComplaintCommand(Guid Id, Guid? Version, Guid? FirId, DateTimeOffset? OccurredFrom, DateTimeOffset? OccurredTo,
    string? PlaceOfOccurrence, InformationType? InformationType, IReadOnlyList<SectionInput>? Sections, string? Narrative,
    string? GdEntryNumber) : ICommand<ComplaintView>;

public sealed class ConvertComplaintValidator : AbstractValidator<ConvertComplaintCommand>
{
    public ConvertComplaintValidator()
    {
        RuleFor(c => c.Version).NotNull();
        // Joining an FIR takes nothing else; a new FIR takes its facts (checked as the FIR's registration checks them).
        RuleFor(c => c.OccurredFrom).Null().When(c => c.FirId is not null).WithMessage("Joining an FIR takes only its id.");
        RuleFor(c => c.Sections).Null().When(c => c.FirId is not null).WithMessage("Joining an FIR takes only its id.");
        RuleFor(c => c.Narrative).Null().When(c => c.FirId is not null).WithMessage("Joining an FIR takes only its id.");
    }
}

public sealed class ConvertComplaintHandler(CyberCaseDbContext db, ICurrentOfficer officer, IMediator mediator, TimeProvider clock)
    : ICommandHandler<ConvertComplaintCommand, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(ConvertComplaintCommand command, CancellationToken ct)
    {
        var complaint = await db.FindOwnComplaintAsync(command.Id, officer, ct);
        db.ExpectVersion(complaint, command.Version!.Value);
        if (complaint.Status != ComplaintStatus.Open)
        {
            complaint.JoinFir(Guid.Empty); // throws Complaint.NotOpen
        }

        Guid firId;
        bool informant;
        if (command.FirId is { } existing)
        {
            firId = (await db.FindOwnAsync(existing, officer, ct)).Id;
            informant = false;
        }
        else
        {
            // Sent through the mediator: the FIR's own validation and rules apply, inside this unit of work.
            var fir = await mediator.Send(new RegisterFirCommand(command.OccurredFrom, command.OccurredTo, command.PlaceOfOccurrence,
                command.InformationType ?? (complaint.Channel == ComplaintChannel.WalkIn ? InformationType.Written : InformationType.Electronic),
                new InformantInput(complaint.ComplainantName, null, null, null, complaint.ComplainantAddress, PhoneOf(complaint.ComplainantContact)),
                command.Sections, command.Narrative, command.GdEntryNumber), ct);
            firId = fir.Id;
            informant = true;
        }

        var now = clock.GetUtcNow();
        db.Victims.Add(Victim.Record(Guid.CreateVersion7(now), officer.StationId, firId, complaint.Id, complaint.ComplainantName, null, null,
            null, null, null, complaint.ComplainantCountry, null, false, complaint.ComplainantContact, complaint.ComplainantAddress,
            informant, complaint.AmountReported, complaint.Currency, [], officer.Id, now));
        complaint.JoinFir(firId);
        await db.SaveChangesAsync(ct);
        return ComplaintView.From(complaint);
    }

    /// <summary>The informant's phone when the contact is one (a foreign number too); an e-mail stays on the victim's record.</summary>
    private static string? PhoneOf(string? contact) =>
        contact is not null && System.Text.RegularExpressions.Regex.IsMatch(contact, @"^\+?[0-9 ()-]{6,20}$") ? contact : null;
}
