using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Complaints.CloseComplaint;

/// <summary>Closes a complaint without an FIR, with the reason recorded (e.g. no cognizable offence; referred elsewhere).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record CloseComplaintCommand(Guid Id, string? Reason, Guid? Version) : ICommand<ComplaintView>;

public sealed class CloseComplaintValidator : AbstractValidator<CloseComplaintCommand>
{
    public CloseComplaintValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(Complaint.ReasonMaxLength);
        RuleFor(c => c.Version).NotNull();
    }
}

public sealed class CloseComplaintHandler(CyberCaseDbContext db, ICurrentOfficer officer) : ICommandHandler<CloseComplaintCommand, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(CloseComplaintCommand command, CancellationToken ct)
    {
        var complaint = await db.FindOwnComplaintAsync(command.Id, officer, ct);
        db.ExpectVersion(complaint, command.Version!.Value);
        complaint.Close(command.Reason!.Trim());
        await db.SaveChangesAsync(ct);
        return ComplaintView.From(complaint);
    }
}
