using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Mediator;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed class RegisterFirHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock,
    OffenceSectionCatalog catalog, StationDirectory stations)
    : ICommandHandler<RegisterFirCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(RegisterFirCommand command, CancellationToken ct)
    {
        var sections = command.Sections!.Select(s => new FirSection(s.Act!.Value, s.Section!)).Distinct().ToList();
        var reference = await catalog.GetAsync(db, ct);
        var unknown = sections.FirstOrDefault(s => !reference.ContainsKey((s.Act, s.Section)));
        if (unknown is not null)
        {
            throw new DomainException("Fir.UnknownSection", $"{unknown} is not in the reference data of acts and sections.",
                RuleKind.Unprocessable, $"sections[{sections.IndexOf(unknown)}].section");
        }

        var i = command.Informant!;
        var informant = new Informant
        {
            Name = i.Name!.Trim(),
            Parentage = i.Parentage,
            Nationality = i.Nationality,
            PassportNumber = i.PassportNumber,
            Address = i.Address,
            Phone = i.Phone,
        };
        // The registration time and the serial are both taken inside the write transaction, so serials follow
        // registration time across every process that writes to the database.
        await db.BeginWriteAsync(ct);
        var now = clock.GetUtcNow();
        var serial = await db.NextAsync(officer.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)), ct);
        var fir = Fir.Register(Guid.CreateVersion7(now), officer.StationId, serial, now, officer.Id,
            command.GdEntryNumber, command.OccurredFrom!.Value, command.OccurredTo!.Value, command.PlaceOfOccurrence!.Trim(),
            command.InformationType!.Value, informant, sections, command.Narrative!);
        db.Firs.Add(fir);
        await db.SaveChangesAsync(ct);
        return FirReads.DescribeNew(fir, await stations.GetAsync(db, fir.StationId, ct), reference, clock.GetUtcNow());
    }
}
