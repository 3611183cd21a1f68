using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseDiary.AddDiaryEntry;

/// <summary>
/// Writes an entry of the case diary for a day of the investigation (CrPC 172 / BNSS 192). Entries are never edited:
/// to correct one, write a new entry with <c>correctsEntryId</c>. A closed day, or a day before the last closed one,
/// takes no new entry (the volume's pages run in day order and are never renumbered).
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record AddDiaryEntryCommand(Guid FirId, DateOnly? Day, DateTimeOffset? InformationReceivedAt, DateTimeOffset? InvestigationBeganAt,
    DateTimeOffset? InvestigationClosedAt, IReadOnlyList<string>? PlacesVisited, string? Findings, VernacularLanguage? VernacularLanguage,
    string? VernacularText, Guid? CorrectsEntryId) : ICommand<CaseDiaryEntryView>;

public sealed class AddDiaryEntryValidator : AbstractValidator<AddDiaryEntryCommand>
{
    public AddDiaryEntryValidator()
    {
        RuleFor(c => c.Day).NotNull();
        RuleFor(c => c.InvestigationBeganAt).NotNull();
        RuleFor(c => c.InvestigationClosedAt).NotNull();
        RuleFor(c => c.PlacesVisited).NotNull().Must(p => p is null || p.Count <= CaseDiaryEntry.MaxPlaces)
            .WithMessage($"At most {CaseDiaryEntry.MaxPlaces} places.");
        RuleForEach(c => c.PlacesVisited).NotEmpty().MaximumLength(CaseDiaryEntry.PlaceMaxLength);
        RuleFor(c => c.Findings).NotEmpty().MaximumLength(CaseDiaryEntry.TextMaxLength);
        RuleFor(c => c.VernacularLanguage).IsInEnum().NotNull().When(c => c.VernacularText is not null)
            .WithMessage("Say which language the vernacular text is in.");
        RuleFor(c => c.VernacularText).NotEmpty().MaximumLength(CaseDiaryEntry.TextMaxLength).When(c => c.VernacularLanguage is not null);
    }
}

public sealed class AddDiaryEntryHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<AddDiaryEntryCommand, CaseDiaryEntryView>
{
    public async ValueTask<CaseDiaryEntryView> Handle(AddDiaryEntryCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        CaseDiaryReads.EnsureMayWrite(fir, officer);
        var now = clock.GetUtcNow();
        var day = command.Day!.Value;

        if (command.CorrectsEntryId is { } corrected && !await db.CaseDiaryEntries.AnyAsync(e => e.Id == corrected && e.FirId == fir.Id, ct))
        {
            throw new DomainException("CaseDiary.UnknownEntry", "No such entry in this FIR's case diary.", RuleKind.Unprocessable, "correctsEntryId");
        }

        // The number and the closed days are read inside the write transaction: a day being closed at the same moment
        // either takes this entry onto its pages or refuses it, never leaves it unpaged on a closed day.
        await db.BeginWriteAsync(ct);
        if (await db.CaseDiaryDays.AnyAsync(d => d.FirId == fir.Id && d.Day >= day, ct))
        {
            throw new DomainException("CaseDiary.DayClosed",
                "That day of the diary is closed (or a later day is): its pages are numbered and take no new entry. Write the entry on an open day.");
        }

        var number = (await db.CaseDiaryEntries.Where(e => e.FirId == fir.Id).MaxAsync(e => (int?)e.Number, ct) ?? 0) + 1;
        var entry = CaseDiaryEntry.Write(Guid.CreateVersion7(now), officer.StationId, fir.Id, fir.RegisteredAt, number, day,
            command.InformationReceivedAt, command.InvestigationBeganAt!.Value, command.InvestigationClosedAt!.Value,
            command.PlacesVisited!.Select(p => p.Trim()), command.Findings!.Trim(), command.VernacularLanguage, command.VernacularText,
            command.CorrectsEntryId, officer.Id, now);
        db.CaseDiaryEntries.Add(entry);
        await db.SaveChangesAsync(ct);

        var writer = await db.OfficerRefAsync(officer.Id, ct);
        return new CaseDiaryEntryView(entry.Id, entry.Number, entry.Day, null, writer, entry.WrittenAt, entry.InformationReceivedAt,
            entry.InvestigationBeganAt, entry.InvestigationClosedAt, entry.PlacesVisited, entry.Findings, entry.VernacularLanguage,
            entry.VernacularText, entry.CorrectsEntryId, []);
    }
}
