using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Application.Stations.ListStations;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Stations;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Stations.AddStation;

/// <summary>
/// Adds a police station (a new cyber police station notified by the state). Its code is its stable name (FIR and
/// exhibit numbers are counted per station); a code already taken is refused (409). A station is never edited here:
/// see docs/user-guide-admin.md.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record AddStationCommand(string? Code, string? Name, string? District, string? State) : ICommand<StationView>;

public sealed class AddStationValidator : AbstractValidator<AddStationCommand>
{
    public AddStationValidator()
    {
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(Station.CodeMaxLength)
            .Matches("^[A-Z0-9]+(-[A-Z0-9]+)*$").WithMessage("Capital letters and digits in parts joined by '-' (e.g. CPS-LZ).");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Station.NameMaxLength);
        RuleFor(c => c.District).NotEmpty().MaximumLength(Station.NameMaxLength);
        RuleFor(c => c.State).NotEmpty().MaximumLength(Station.NameMaxLength);
    }
}

public sealed class AddStationHandler(CyberCaseDbContext db, TimeProvider clock) : ICommandHandler<AddStationCommand, StationView>
{
    public async ValueTask<StationView> Handle(AddStationCommand command, CancellationToken ct)
    {
        // Checked inside the write transaction, so two administrators adding the same code cannot both succeed (the
        // unique index on the code backs this up).
        await db.BeginWriteAsync(ct);
        var code = command.Code!.Trim();
        if (await db.Stations.AnyAsync(s => s.Code == code, ct))
        {
            throw new DomainException("Station.CodeTaken", $"A station with the code {code} exists already.", field: "code");
        }

        var station = new Station(Guid.CreateVersion7(clock.GetUtcNow()), code, command.Name!.Trim(), command.District!.Trim(),
            command.State!.Trim());
        db.Stations.Add(station);
        await db.SaveChangesAsync(ct);
        return new StationView(station.Id, station.Code, station.Name, station.District, station.State, 0);
    }
}
