using CyberCase.Domain.Common;
using CyberCase.Domain.Law;

namespace CyberCase.Domain.Scrutiny.Rules;

/// <summary>A raid cannot begin before the FIR whose investigation it is part of was registered.</summary>
public sealed class RaidBeforeFirRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        c.SearchesMade.Where(r => r.StartedAt < c.Fir.RegisteredAt).Select(r =>
            Searches.Finding(c, "Order.RaidBeforeFir", Severity.Blocking, r, Provision.Fir,
                $"The search began {Ist.FormDateTime(r.StartedAt!.Value)}, before the FIR was registered ({Ist.FormDateTime(c.Fir.RegisteredAt)}).",
                "Correct the time of the search or of the FIR from the GD; a search before any FIR is not a search in this investigation."));
}

/// <summary>An arrest recorded as made in a raid lies between the raid's start and end.</summary>
public sealed class ArrestOutsideRaidRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var (a, m) in Arrests.Of(c))
        {
            if (c.RaidOf(m.RaidId) is not { StartedAt: { } start } raid)
            {
                continue;
            }

            if (m.ArrestedAt < start || (raid.EndedAt is { } end && m.ArrestedAt > end))
            {
                yield return Arrests.Finding(c, "Order.ArrestOutsideRaid", Severity.Blocking, a, Provision.ArrestProcedure,
                    $"Arrested {Ist.FormDateTime(m.ArrestedAt)} in the {c.RaidLabel(raid)}, which ran " +
                    $"{Ist.FormDateTime(start)}-{(raid.EndedAt is { } e ? Ist.FormTime(e) : "on")}.",
                    "Correct the time of the arrest or unlink it from the raid if it was made elsewhere.");
            }
        }
    }
}

/// <summary>Items are seized in the search and listed on the memo: not before the search began, not after the memo was drawn up.</summary>
public sealed class SeizureAfterMemoRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var m in c.Memos)
        {
            if (c.RaidOf(m.RaidId) is { StartedAt: { } start } && m.DrawnUpAt < start)
            {
                yield return new Finding("Order.MemoBeforeSearch", Severity.Blocking, RecordKind.SeizureMemo, m.Id, $"Seizure memo {m.MemoNumber}",
                    c.Cite(Provision.SearchWitnessesAndList),
                    $"Drawn up {Ist.FormDateTime(m.DrawnUpAt)}, before its search began ({Ist.FormDateTime(start)}).",
                    "Correct the time of the memo or of the search.");
            }
        }

        foreach (var e in c.Exhibits.Where(e => e.ParentExhibitId is null))
        {
            if (c.MemoOf(e) is { } memo && e.SeizedAt > memo.DrawnUpAt)
            {
                yield return Custody.Finding(c, "Order.SeizureAfterMemo", e, Provision.SearchWitnessesAndList,
                    $"Seized {Ist.FormDateTime(e.SeizedAt)}, after memo {memo.MemoNumber} listing it was drawn up ({Ist.FormDateTime(memo.DrawnUpAt)}).",
                    "Correct the seizure time, or list the item on a supplementary memo of its own.");
            }
        }
    }
}

/// <summary>Custody follows the seizure, in time order; an accused's custody follows the arrest, in time order.</summary>
public sealed class CustodyBeforeSeizureRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        foreach (var e in c.Exhibits)
        {
            var log = e.Custody.OrderBy(x => x.Sequence).ToList();
            // Custody times are kept to the millisecond (Precision); the seizure is compared at the same precision.
            var seized = Precision.ToStoredPrecision(e.SeizedAt);
            var bad = log.FirstOrDefault(x => x.At < seized);
            var reversed = log.Zip(log.Skip(1)).FirstOrDefault(p => p.Second.At < p.First.At);
            if (bad is not null || reversed != default)
            {
                yield return Custody.Finding(c, "Order.CustodyBeforeSeizure", e, Custody.For(c),
                    bad is not null
                        ? $"Custody entry {bad.Sequence} is dated {Ist.FormDateTime(bad.At)}, before the seizure ({Ist.FormDateTime(e.SeizedAt)})."
                        : $"Custody entry {reversed.Second.Sequence} is dated before entry {reversed.First.Sequence}.",
                    "Correct the times from the malkhana register and the hand-over receipts.");
            }
        }

        foreach (var a in c.Accused)
        {
            var first = a.FirstArrestedAt;
            var custody = a.Custody.OrderBy(x => x.RecordedAt).ToList();
            var early = custody.FirstOrDefault(x => first is { } f && x.At < f && x.Kind != Accused.CustodyRecordKind.Absconding);
            if (early is not null)
            {
                yield return Arrests.Finding(c, "Order.CustodyBeforeArrest", Severity.Blocking, a, Provision.ProductionWithin24Hours,
                    $"A custody record ({early.Kind}) is dated {Ist.FormDateTime(early.At)}, before the arrest ({Ist.FormDateTime(first!.Value)}).",
                    "Correct the times from the arrest memo and the court's order.");
            }
        }
    }
}

/// <summary>Nothing recorded lies in the future (beyond the one clock-skew tolerance of <see cref="EventTimes"/>).</summary>
public sealed class EventInFutureRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        bool Future(DateTimeOffset? at) => at is { } t && EventTimes.IsInFuture(t, c.Now);
        const string cure = "Correct the time: it cannot be later than now.";
        const string code = "Order.InFuture";

        foreach (var r in c.Raids.Where(r => Future(r.StartedAt) || Future(r.EndedAt) || Future(r.RecordingForwardedToMagistrateAt)))
        {
            yield return Searches.Finding(c, code, Severity.Blocking, r, null, "A time of the search is in the future.", cure);
        }

        foreach (var a in c.Accused.Where(a => a.Arrests.Any(m => Future(m.ArrestedAt) || Future(m.RelativeInformedAt) || Future(m.MedicalExaminedAt))
            || a.Custody.Any(x => Future(x.At))))
        {
            yield return Arrests.Finding(c, code, Severity.Blocking, a, null, "A time of the arrest or custody is in the future.", cure);
        }

        foreach (var m in c.Memos.Where(m => Future(m.DrawnUpAt)))
        {
            yield return new Finding(code, Severity.Blocking, RecordKind.SeizureMemo, m.Id, $"Seizure memo {m.MemoNumber}", null,
                $"Drawn up {Ist.FormDateTime(m.DrawnUpAt)}, in the future.", cure);
        }

        foreach (var e in c.Exhibits.Where(e => Future(e.SeizedAt) || e.Custody.Any(x => Future(x.At))))
        {
            yield return Custody.Finding(c, code, e, null, "A seizure or custody time of the exhibit is in the future.", cure);
        }
    }
}
