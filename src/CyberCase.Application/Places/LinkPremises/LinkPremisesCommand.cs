using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Places.LinkPremises;

/// <summary>Link a premises of the station to an FIR (a premises can figure in several cases).</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record LinkPremisesCommand(Guid FirId, Guid? PremisesId) : ICommand<PremisesDetails>;

public sealed class LinkPremisesValidator : AbstractValidator<LinkPremisesCommand>
{
    public LinkPremisesValidator() => RuleFor(c => c.PremisesId).NotEmpty();
}

public sealed class LinkPremisesHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<LinkPremisesCommand, PremisesDetails>
{
    public async ValueTask<PremisesDetails> Handle(LinkPremisesCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        var premisesId = command.PremisesId!.Value;
        if (!await db.Premises.AnyAsync(p => p.Id == premisesId && p.StationId == officer.StationId, ct))
        {
            throw new DomainException("Premises.Unknown", "No such premises at this station.", RuleKind.Unprocessable, "premisesId");
        }

        if (await db.FirPremises.AnyAsync(l => l.FirId == fir.Id && l.PremisesId == premisesId, ct))
        {
            throw new DomainException("Premises.AlreadyLinked", "The premises is already linked to this FIR.");
        }

        db.FirPremises.Add(new FirPremises(fir.Id, premisesId, clock.GetUtcNow(), officer.Id));
        await db.SaveChangesAsync(ct);
        return await db.LoadPremisesAsync(premisesId, officer, ct);
    }
}
