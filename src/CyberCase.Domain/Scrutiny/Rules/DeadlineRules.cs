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
        foreach (var a in c.Accused.Where(a => a.Status is AccusedStatus.Arrested or AccusedStatus.PoliceCustody or AccusedStatus.JudicialCustody))
        {
            if (a.FirstArrestedAt is not { } first)
            {
                continue;
            }

            var due = StatutoryClocks.ChargeSheetDue(first, c.ChargedSections);
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
