using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Application.Raids;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Raids;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits.RecordSeizure;

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
        if (drawnUpAt > clock.GetUtcNow().AddMinutes(5) || (raid.StartedAt is { } started && drawnUpAt < started))
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
