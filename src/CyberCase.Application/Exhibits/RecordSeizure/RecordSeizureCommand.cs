using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Application.Raids;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Raids;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.RecordSeizure;

public sealed record MemoWitnessInput(string? Name, string? Parentage, string? Address);

/// <summary>One seized item as the memo lists it. <c>seizedFromAccusedId</c> is the accused of the case (id from /api/firs/{id}/accused); otherwise it was found at the premises.</summary>
public sealed record SeizedItemInput(ExhibitKind? Kind, string? Description, string? Make, string? Model, string? Colour,
    string? SerialNumber, IReadOnlyList<string>? Imeis, string? MacAddress, string? Iccid, string? SealNumber, string? Condition,
    string? FoundAt, Guid? SeizedFromAccusedId);

/// <summary>The specimen of the seal used on the parcels: its number, its impression, where the specimen is kept.</summary>
public sealed record SpecimenSealInput(string? Number, string? Impression, string? KeptAt);

public sealed class SpecimenSealInputValidator : AbstractValidator<SpecimenSealInput>
{
    public SpecimenSealInputValidator()
    {
        RuleFor(s => s.Number).MaximumLength(SpecimenSeal.TextMaxLength);
        RuleFor(s => s.Impression).MaximumLength(SpecimenSeal.TextMaxLength);
        RuleFor(s => s.KeptAt).MaximumLength(SpecimenSeal.TextMaxLength);
    }
}

/// <summary>
/// The seizure memo (panchnama) of a raid: number, time, witnesses, the occupant's copy and who signed for it, the
/// specimen seal, and the items seized, each with where exactly it was found.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordSeizureCommand(Guid RaidId, string? MemoNumber, DateTimeOffset? DrawnUpAt,
    IReadOnlyList<MemoWitnessInput>? Witnesses, string? OccupantGivenCopy, IReadOnlyList<SeizedItemInput>? Items,
    string? CopyReceivedBy = null, SpecimenSealInput? SpecimenSeal = null)
    : ICommand<SeizureMemoView>;

public sealed class RecordSeizureValidator : AbstractValidator<RecordSeizureCommand>
{
    public const int MaxItems = 500;

    public RecordSeizureValidator()
    {
        RuleFor(c => c.MemoNumber).NotEmpty().MaximumLength(SeizureMemo.MemoNumberMaxLength);
        RuleFor(c => c.DrawnUpAt).NotNull();
        // Separate rules: a When() on a chain also switches off the NotNull before it, and a missing list reached the handler.
        RuleFor(c => c.Witnesses).NotNull().WithMessage("A seizure memo needs at least two independent witnesses.");
        RuleFor(c => c.Witnesses).Must(w => w!.Count >= SeizureMemo.MinimumWitnesses).When(c => c.Witnesses is not null)
            .WithMessage("A seizure memo needs at least two independent witnesses.");
        RuleForEach(c => c.Witnesses).NotNull().WithMessage("A witness cannot be empty.");
        RuleForEach(c => c.Witnesses).ChildRules(w =>
        {
            w.RuleFor(x => x.Name).NotEmpty().MaximumLength(MemoWitness.NameMaxLength);
            w.RuleFor(x => x.Parentage).MaximumLength(MemoWitness.NameMaxLength);
            w.RuleFor(x => x.Address).NotEmpty().MaximumLength(MemoWitness.AddressMaxLength);
        });
        RuleFor(c => c.OccupantGivenCopy).MaximumLength(SeizureMemo.OccupantMaxLength);
        RuleFor(c => c.CopyReceivedBy).MaximumLength(SeizureMemo.OccupantMaxLength);
        RuleFor(c => c.SpecimenSeal!).SetValidator(new SpecimenSealInputValidator()).When(c => c.SpecimenSeal is not null);
        RuleFor(c => c.Items).NotEmpty().WithMessage("List at least one seized item.");
        RuleFor(c => c.Items).Must(i => i!.Count <= MaxItems).When(c => c.Items is not null).WithMessage($"At most {MaxItems} items per memo.");
        RuleForEach(c => c.Items).NotNull().WithMessage("An item cannot be empty.");
        RuleForEach(c => c.Items).SetValidator(new SeizedItemValidator());
    }
}

/// <summary>Identifiers are checked as they are recorded: a mistyped IMEI points the case at someone else's phone.</summary>
public sealed class SeizedItemValidator : AbstractValidator<SeizedItemInput>
{
    public SeizedItemValidator()
    {
        RuleFor(i => i.Kind).NotNull().IsInEnum().NotEqual(ExhibitKind.ForensicImage)
            .WithMessage("Seize devices and documents; record forensic images on the exhibit they come from.");
        RuleFor(i => i.Description).NotEmpty().MaximumLength(Exhibit.LongTextMaxLength);
        RuleFor(i => i.Make).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.Model).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.Colour).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.Condition).MaximumLength(Exhibit.TextMaxLength);
        RuleFor(i => i.SerialNumber).MaximumLength(64);
        RuleFor(i => i.SealNumber).MaximumLength(64);
        RuleFor(i => i.FoundAt).NotEmpty().WithMessage("Say where exactly the item was found.").MaximumLength(Exhibit.LongTextMaxLength);
        RuleFor(i => i.Imeis).Must(list => list!.Count <= 4).When(i => i.Imeis is not null).WithMessage("At most 4 IMEIs per device.");
        RuleForEach(i => i.Imeis).Must(DeviceIdentifiers.IsValidImei)
            .WithMessage("Not a valid IMEI: 15 digits ending in a correct Luhn check digit.");
        RuleFor(i => i.MacAddress).Must(DeviceIdentifiers.IsValidMac).When(i => i.MacAddress is not null)
            .WithMessage("Not a MAC address (six pairs of hexadecimal digits).");
        RuleFor(i => i.Iccid).Must(DeviceIdentifiers.IsValidIccid).When(i => i.Iccid is not null)
            .WithMessage("Not a SIM ICCID: 19 or 20 digits starting 89 with a correct Luhn check digit.");
    }
}

internal static class SpecimenSeals
{
    public static SpecimenSeal ToSeal(this SpecimenSealInput? s) =>
        s is null ? new SpecimenSeal(null, null, null) : new SpecimenSeal(s.Number.Clean(), s.Impression.Clean(), s.KeptAt.Clean());
}

public sealed class RecordSeizureHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<RecordSeizureCommand, SeizureMemoView>
{
    public async ValueTask<SeizureMemoView> Handle(RecordSeizureCommand command, CancellationToken ct)
    {
        var raid = await db.FindOwnRaidAsync(command.RaidId, officer, ct);
        // Things are seized during the search: a planned or called-off raid has nothing to list yet.
        if (raid.Status is not (RaidStatus.InProgress or RaidStatus.Completed))
        {
            throw new DomainException("SeizureMemo.RaidNotExecuted", $"A seizure memo needs a raid in progress or completed; this one is {raid.Status}.");
        }

        var drawnUpAt = command.DrawnUpAt!.Value;
        if (EventTimes.IsInFuture(drawnUpAt, clock.GetUtcNow()) || (raid.StartedAt is { } started && drawnUpAt < started))
        {
            throw new DomainException("SeizureMemo.TimeOutsideRaid", "The memo is drawn up during or after the search, never before it or in the future.",
                RuleKind.Unprocessable, "drawnUpAt");
        }

        var memoNumber = command.MemoNumber!.Trim();
        if (await db.SeizureMemos.AnyAsync(m => m.StationId == officer.StationId && m.MemoNumber == memoNumber, ct))
        {
            throw new DomainException("SeizureMemo.NumberTaken", $"Seizure memo {memoNumber} already exists at this station.",
                RuleKind.Conflict, "memoNumber");
        }

        var items = command.Items!;
        var accusedIds = items.Where(i => i.SeizedFromAccusedId is not null).Select(i => i.SeizedFromAccusedId!.Value).Distinct().ToList();
        var knownAccused = await db.CaseAccused.Where(a => accusedIds.Contains(a.Id) && a.FirId == raid.FirId).Select(a => a.Id).ToListAsync(ct);
        for (var n = 0; n < items.Count; n++)
        {
            if (items[n].SeizedFromAccusedId is { } a && !knownAccused.Contains(a))
            {
                throw new DomainException("SeizureMemo.UnknownAccused", "The person seized from is not an accused of this FIR.",
                    RuleKind.Unprocessable, $"items[{n}].seizedFromAccusedId");
            }
        }

        var me = await db.Officers.SingleAsync(o => o.Id == officer.Id, ct);
        var memo = SeizureMemo.DrawUp(Guid.CreateVersion7(drawnUpAt), officer.StationId, raid.FirId, raid.Id, raid.PremisesId, memoNumber,
            drawnUpAt, command.Witnesses!.Select(w => new MemoWitness(w.Name!.Trim(), w.Parentage?.Trim(), w.Address!.Trim())).ToList(),
            command.OccupantGivenCopy?.Trim(), officer.Id);
        memo.RecordParticulars(command.CopyReceivedBy.Clean(), command.SpecimenSeal.ToSeal(), null, null, clock.GetUtcNow());
        db.SeizureMemos.Add(memo);

        foreach (var item in items)
        {
            var serial = await db.NextAsync(officer.StationId, StationCounter.Exhibits, ct);
            var imeis = (item.Imeis ?? []).Select(i => DeviceIdentifiers.TryNormaliseImei(i, out var imei) ? imei : i).ToList();
            string? mac = item.MacAddress is not null && DeviceIdentifiers.TryNormaliseMac(item.MacAddress, out var m) ? m : null;
            string? iccid = item.Iccid is not null && DeviceIdentifiers.TryNormaliseIccid(item.Iccid, out var c) ? c : null;
            db.Exhibits.Add(Exhibit.Seize(Guid.CreateVersion7(drawnUpAt), officer.StationId, raid.FirId, memo.Id, serial,
                new Exhibit.Identity(item.Kind!.Value, item.Description!.Trim(), item.Make, item.Model, item.Colour,
                    item.SerialNumber?.Trim(), imeis, mac, iccid, item.SealNumber?.Trim(), item.Condition, item.FoundAt!.Trim(),
                    item.SeizedFromAccusedId is null ? raid.PremisesId : null, item.SeizedFromAccusedId, null),
                drawnUpAt, me.Id, me.FullName));
        }

        await db.SaveChangesAsync(ct);
        return await db.LoadSeizureMemoAsync(memo.Id, officer, ct);
    }
}
