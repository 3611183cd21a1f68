using CyberCase.Domain.Accused;
using CyberCase.Domain.Clocks;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Law;

namespace CyberCase.Domain.Scrutiny.Rules;

/// <summary>
/// CrPC 167(2) / BNSS 187(3): while an accused is in custody, the police report is due 60 days (90 for offences
/// punishable with death, life or ten years or more) from the first arrest; after that the accused is entitled to
/// default bail. Overdue is blocking; due within <see cref="CloseWindow"/> a warning, so that it shows as it falls due.
/// </summary>
public sealed class ChargeSheetDueRule : IScrutinyRule
{
    public static readonly TimeSpan CloseWindow = TimeSpan.FromDays(15);

    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (c.Fir.Status is not (FirStatus.Registered or FirStatus.UnderInvestigation))
        {
            yield break;
        }

        var days = StatutoryClocks.ChargeSheetPeriodDays(c.ChargedSections);
        // A charge-sheet forwarded to the court answers the clock, whatever the FIR's status says since (further investigation).
        var forwarded = c.PoliceReports.Where(r => r.Kind == PoliceReports.PoliceReportKind.ChargeSheet && r.ForwardedAt is not null)
            .Select(r => r.ForwardedAt).Min();
        foreach (var a in c.Accused.Where(a => a.Status is AccusedStatus.Arrested or AccusedStatus.PoliceCustody or AccusedStatus.JudicialCustody))
        {
            if (a.FirstArrestedAt is not { } first)
            {
                continue;
            }

            var due = StatutoryClocks.ChargeSheetDue(first, c.ChargedSections);
            if (forwarded is { } filed && filed <= due)
            {
                continue;
            }

            if (c.Now > due)
            {
                yield return Arrests.Finding(c, "Deadline.ChargeSheetOverdue", Severity.Blocking, a, Provision.Remand,
                    $"In custody since {Ist.FormDateTime(first)}; the police report was due within {days} days, by {Ist.FormDate(due)}: " +
                    "the accused is entitled to default bail.",
                    "File the police report now; oppose bail only on a report filed in time.", due);
            }
            else if (StatutoryClocks.IsDueWithin(due, c.Now, CloseWindow))
            {
                yield return Arrests.Finding(c, "Deadline.ChargeSheetDue", Severity.Warning, a, Provision.Remand,
                    $"In custody since {Ist.FormDateTime(first)}; the police report is due within {days} days, by {Ist.FormDate(due)}.",
                    "Forward the police report before the date, or the accused is entitled to default bail.", due);
            }
        }
    }
}

/// <summary>
/// BNSS 193(3)(ii) (new regime only): the informant and each victim are told of the progress of the investigation
/// within 90 days. Not told and overdue is blocking; told late, or due within <see cref="ChargeSheetDueRule.CloseWindow"/>, a warning.
/// </summary>
public sealed class VictimInformedOfProgressRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (!c.Regime.Has(Provision.VictimInformedOfProgress))
        {
            yield break;
        }

        var provision = c.Cite(Provision.VictimInformedOfProgress);
        foreach (var clock in c.ProgressClocks)
        {
            var who = clock.VictimId is null ? $"the informant {clock.Name}" : $"the victim {clock.Name}";
            if (clock.ToldAt is { } told)
            {
                if (told > clock.DueAt)
                {
                    yield return new Finding("Victim.InformedLate", Severity.Warning, RecordKind.Fir, c.Fir.Id, $"FIR {c.Fir.Number}", provision,
                        $"{who} was told of the progress on {Ist.FormDate(told)}, after the 90 days ({Ist.FormDate(clock.DueAt)}).",
                        "Record the reason for the delay in the case diary.", clock.DueAt);
                }
            }
            else if (c.Now > clock.DueAt)
            {
                yield return new Finding("Victim.NotInformed", Severity.Blocking, RecordKind.Fir, c.Fir.Id, $"FIR {c.Fir.Number}", provision,
                    $"{who} has not been told of the progress of the investigation; it was due by {Ist.FormDate(clock.DueAt)}.",
                    "Inform them (by any means, including electronic) and record the communication.", clock.DueAt);
            }
            else if (StatutoryClocks.IsDueWithin(clock.DueAt, c.Now, ChargeSheetDueRule.CloseWindow))
            {
                yield return new Finding("Victim.UpdateDue", Severity.Warning, RecordKind.Fir, c.Fir.Id, $"FIR {c.Fir.Number}", provision,
                    $"{who} is to be told of the progress by {Ist.FormDate(clock.DueAt)}.",
                    "Inform them and record the communication.", clock.DueAt);
            }
        }
    }
}
