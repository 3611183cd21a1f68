using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Money;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints.RegisterComplaint;

/// <summary>Registers a complaint received at the station (from the NCRP or 1930 with its acknowledgement number, or otherwise).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RegisterComplaintCommand(string? AckNumber, DateTimeOffset? ReceivedAt, ComplaintChannel? Channel,
    string? ComplainantName, string? ComplainantContact, string? ComplainantAddress, string? ComplainantCountry, string? Category,
    decimal? AmountReported, string? Currency, string? TransactionsReported) : ICommand<ComplaintView>;

public sealed class RegisterComplaintValidator : AbstractValidator<RegisterComplaintCommand>
{
    public RegisterComplaintValidator()
    {
        RuleFor(c => c.AckNumber).Must(ComplaintRules.IsAckNumber).When(c => !string.IsNullOrEmpty(c.AckNumber))
            .WithMessage("An NCRP acknowledgement number has 14 digits.");
        RuleFor(c => c.AckNumber).NotEmpty().When(c => c.Channel is ComplaintChannel.Ncrp or ComplaintChannel.Helpline1930)
            .WithMessage("A complaint from the portal or the 1930 helpline has its acknowledgement number.");
        RuleFor(c => c.ReceivedAt).NotNull();
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.ComplainantName).NotEmpty().MaximumLength(Complaint.NameMaxLength);
        RuleFor(c => c.ComplainantContact).MaximumLength(Complaint.TextMaxLength);
        RuleFor(c => c.ComplainantAddress).MaximumLength(Complaint.AddressMaxLength);
        RuleFor(c => c.ComplainantCountry).MaximumLength(Complaint.TextMaxLength);
        RuleFor(c => c.Category).NotEmpty().MaximumLength(Complaint.TextMaxLength);
        RuleFor(c => c.AmountReported).GreaterThanOrEqualTo(0).WithMessage("An amount is not negative.");
        RuleFor(c => c.Currency).NotEmpty().When(c => c.AmountReported is not null).WithMessage("Give the currency of the amount.");
        RuleFor(c => c.Currency).Must(Currency.IsKnown).When(c => c.Currency is not null)
            .WithMessage("Give the ISO 4217 code of the currency (e.g. INR, USD).");
        RuleFor(c => c.AmountReported).Must((c, a) => Currency.FitsDecimals(a!.Value, c.Currency!))
            .When(c => c.AmountReported >= 0 && Currency.IsKnown(c.Currency))
            .WithMessage(c => $"{c.Currency} amounts have at most {Currency.DecimalsOf(c.Currency)} decimals.");
        RuleFor(c => c.TransactionsReported).MaximumLength(Complaint.TransactionsMaxLength);
    }
}

public sealed class RegisterComplaintHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RegisterComplaintCommand, ComplaintView>
{
    public async ValueTask<ComplaintView> Handle(RegisterComplaintCommand command, CancellationToken ct)
    {
        var ack = string.IsNullOrWhiteSpace(command.AckNumber) ? null : command.AckNumber.Trim();
        await db.BeginWriteAsync(ct);
        if (ack is not null && await db.Complaints.AnyAsync(c => c.StationId == officer.StationId && c.AckNumber == ack, ct))
        {
            throw new DomainException("Complaint.AlreadyRegistered", $"Acknowledgement {ack} is already registered at the station.",
                RuleKind.Conflict, "ackNumber");
        }

        var now = clock.GetUtcNow();
        var complaint = Complaint.Register(Guid.CreateVersion7(now), officer.StationId, ack, command.ReceivedAt!.Value, command.Channel!.Value,
            command.ComplainantName!.Trim(), command.ComplainantContact?.Trim(), command.ComplainantAddress?.Trim(),
            command.ComplainantCountry?.Trim(), command.Category!.Trim(), command.AmountReported, command.Currency,
            command.TransactionsReported?.Trim(), null, officer.Id, now);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(ct);
        return ComplaintView.From(complaint);
    }
}
