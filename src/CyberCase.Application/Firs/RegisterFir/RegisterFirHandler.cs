using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed class RegisterFirHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RegisterFirCommand, FirDetails>
{
    public async ValueTask<FirDetails> Handle(RegisterFirCommand command, CancellationToken ct)
    {
        var sections = command.Sections!.Select(s => new FirSection(s.Act!.Value, s.Section!)).Distinct().ToList();
        await EnsureSectionsExistAsync(sections, ct);

        var now = clock.GetUtcNow();
        var serial = await NextSerialAsync(officer.StationId, Fir.RegistrationYear(now), ct);
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
        return await db.LoadDetailsAsync(fir.Id, officer, clock, ct);
    }

    private async Task EnsureSectionsExistAsync(List<FirSection> sections, CancellationToken ct)
    {
        var acts = sections.Select(s => s.Act).Distinct().ToList();
        var known = (await db.OffenceSections.Where(s => acts.Contains(s.Act)).Select(s => new { s.Act, s.Section })
            .ToListAsync(ct)).Select(s => new FirSection(s.Act, s.Section)).ToHashSet();
        var unknown = sections.FirstOrDefault(s => !known.Contains(s));
        if (unknown is not null)
        {
            throw new DomainException("Fir.UnknownSection", $"{unknown} is not in the reference data of acts and sections.",
                RuleKind.Unprocessable, $"sections[{sections.IndexOf(unknown)}].section");
        }
    }

    /// <summary>
    /// Increments the station's counter for the year in place (an atomic UPDATE, a row lock on SQL Server; the
    /// command's BEGIN IMMEDIATE transaction on SQLite), so two officers registering at once never get the same number.
    /// </summary>
    private async Task<int> NextSerialAsync(Guid stationId, int year, CancellationToken ct)
    {
        var counter = db.FirNumberSequences.Where(s => s.StationId == stationId && s.Year == year);
        var updated = await counter.ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSerial, x => x.LastSerial + 1), ct);
        if (updated == 1)
        {
            return await counter.Select(s => s.LastSerial).SingleAsync(ct);
        }

        db.FirNumberSequences.Add(new FirNumberSequence { StationId = stationId, Year = year, LastSerial = 1 });
        return 1;
    }
}
