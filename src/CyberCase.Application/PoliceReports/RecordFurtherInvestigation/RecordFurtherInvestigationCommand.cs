using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.PoliceReports.RecordFurtherInvestigation;

/// <summary>The court's permission to investigate further (CrPC 173(8) / BNSS 193(9)), as the court's order gives it.</summary>
public sealed record FurtherInvestigationView(Guid Id, FirRef Fir, string Provision, string Court, DateOnly OrderDate, string OrderReference,
    string Reasons, OfficerRef RecordedBy, DateTimeOffset RecordedAt);

/// <summary>
/// The SHO records the court's permission for further investigation after the report was forwarded; it reopens the
/// FIR's investigation records for writing, and the next police report is a supplementary one.
/// </summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record RecordFurtherInvestigationCommand(Guid FirId, string? Court, DateOnly? OrderDate, string? OrderReference, string? Reasons)
    : ICommand<FurtherInvestigationView>;

public sealed class RecordFurtherInvestigationValidator : AbstractValidator<RecordFurtherInvestigationCommand>
{
    public RecordFurtherInvestigationValidator()
    {
        RuleFor(c => c.Court).NotEmpty().MaximumLength(FurtherInvestigation.CourtMaxLength);
        RuleFor(c => c.OrderDate).NotNull();
        RuleFor(c => c.OrderReference).NotEmpty().MaximumLength(FurtherInvestigation.OrderReferenceMaxLength);
        RuleFor(c => c.Reasons).NotEmpty().MaximumLength(FurtherInvestigation.ReasonsMaxLength);
    }
}

public sealed class RecordFurtherInvestigationHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordFurtherInvestigationCommand, FurtherInvestigationView>
{
    public async ValueTask<FurtherInvestigationView> Handle(RecordFurtherInvestigationCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        var forwardedAt = await db.PoliceReports.AsNoTracking().Where(r => r.FirId == fir.Id && r.ForwardedAt != null)
            .MaxAsync(r => r.ForwardedAt, ct);
        fir.ReopenForFurtherInvestigation();
        var now = clock.GetUtcNow();
        var permission = FurtherInvestigation.Record(Guid.CreateVersion7(now), officer.StationId, fir.Id, command.Court!.Trim(),
            command.OrderDate!.Value, command.OrderReference!.Trim(), command.Reasons!.Trim(),
            DateOnly.FromDateTime(forwardedAt!.Value.ToIst().DateTime), officer.Id, now);
        db.FurtherInvestigations.Add(permission);
        await db.SaveChangesAsync(ct);

        var by = await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id).Select(o => new OfficerRef(o.Id, o.FullName, o.Rank)).SingleAsync(ct);
        return new FurtherInvestigationView(permission.Id, new FirRef(fir.Id, fir.Number), Regime.ForFir(fir.RegisteredAt).Cite(Provision.FurtherInvestigation),
            permission.Court, permission.OrderDate, permission.OrderReference, permission.Reasons, by, permission.RecordedAt);
    }
}
