using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed class RegisterFirHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock, OffenceSectionCatalog catalog)
    : ICommandHandler<RegisterFirCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterFirCommand command, CancellationToken ct)
    {
        var sections = command.Sections!.Select(s => new FirSection(s.Act!.Value, s.Section!)).Distinct().ToList();
        await EnsureSectionsExistAsync(sections, ct);

        var now = clock.GetUtcNow();
        var serial = await db.NextAsync(officer.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)), ct);
        var i = command.Informant!;
        var fir = Fir.Register(Guid.CreateVersion7(now), officer.StationId, serial, now, officer.Id,
            command.GdEntryNumber, command.OccurredFrom!.Value, command.OccurredTo!.Value, command.PlaceOfOccurrence!.Trim(),
            command.InformationType!.Value,
            new Informant
            {
                Name = i.Name!.Trim(),
                Parentage = i.Parentage,
                Nationality = i.Nationality,
                PassportNumber = i.PassportNumber,
                Address = i.Address,
                Phone = i.Phone,
            },
            sections, command.Narrative!);
        db.Firs.Add(fir);
        await db.SaveChangesAsync(ct);
        return fir.Id;
    }

    private async Task EnsureSectionsExistAsync(List<FirSection> sections, CancellationToken ct)
    {
        var known = await catalog.GetAsync(db, ct);
        var unknown = sections.FirstOrDefault(s => !known.ContainsKey((s.Act, s.Section)));
        if (unknown is not null)
        {
            throw new DomainException("Fir.UnknownSection", $"{unknown} is not in the reference data of acts and sections.",
                RuleKind.Unprocessable, $"sections[{sections.IndexOf(unknown)}].section");
        }
    }
}
