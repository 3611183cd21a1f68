using System.Globalization;
using CyberCase.Domain.Common;
using CyberCase.Domain.Law;

namespace CyberCase.Domain.Scrutiny.Rules;

/// <summary>
/// BNSS 176(3) (new regime only; the CrPC had no such duty): on information of an offence punishable with seven years or
/// more, the officer in charge causes a forensic expert to visit the scene to collect the forensic evidence, and the
/// process to be video-graphed. No visit on the record is blocking: the defence asks where the expert was. Visits none of
/// which was video-graphed are a warning: the visit stands on the expert's report, without the record the section asks for.
/// </summary>
public sealed class ForensicExpertVisitRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c)
    {
        if (!c.Regime.Has(Provision.ForensicExpertVisit) || c.MaxPunishmentYears is not { } years || years < 7)
        {
            yield break;
        }

        if (c.ForensicVisits.Count == 0)
        {
            yield return new Finding("Investigation.NoForensicExpertVisit", Severity.Blocking, RecordKind.Fir, c.Fir.Id, $"FIR {c.Fir.Number}",
                c.Cite(Provision.ForensicExpertVisit),
                string.Create(CultureInfo.InvariantCulture, $"The offences charged carry {(years >= 100 ? "imprisonment for life or death" : $"up to {years:0.#} years")}, ") +
                "and no forensic expert's visit to the scene is recorded.",
                "Record the forensic expert's visit to the scene (expert, laboratory, when, what was collected) with its videography.");
            yield break;
        }

        if (c.ForensicVisits.All(v => !v.VideoRecorded))
        {
            var visit = c.ForensicVisits.OrderBy(v => v.VisitedAt).First();
            yield return new Finding("Investigation.ForensicVisitNotVideoRecorded", Severity.Warning, RecordKind.ForensicVisit, visit.Id,
                $"visit of {visit.ExpertName} ({visit.Laboratory}) on {Ist.FormDateTime(visit.VisitedAt)}", c.Cite(Provision.ForensicExpertVisit),
                "The forensic expert's visit to the scene was not video-graphed.",
                "Attach the video of the process if one was made; if not, say why in the case diary.");
        }
    }
}
