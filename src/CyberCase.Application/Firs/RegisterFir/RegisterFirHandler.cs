using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Mediator;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed class RegisterFirHandler(IFirRegister register, CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock,
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
        // Read the officer now: the FIR may be built while another request holds the writer, where the "current"
        // officer is that request's.
        var (stationId, officerId) = (officer.StationId, officer.Id);
        var fir = await register.RegisterAsync(new FirRegistration(stationId, officerId, officer.UserName,
            (serial, now) => Fir.Register(Guid.CreateVersion7(now), stationId, serial, now, officerId,
                command.GdEntryNumber, command.OccurredFrom!.Value, command.OccurredTo!.Value, command.PlaceOfOccurrence!.Trim(),
                command.InformationType!.Value, informant, sections, command.Narrative!)), ct);
        return FirReads.DescribeNew(fir, await stations.GetAsync(db, fir.StationId, ct), reference, clock.GetUtcNow());
    }
}
