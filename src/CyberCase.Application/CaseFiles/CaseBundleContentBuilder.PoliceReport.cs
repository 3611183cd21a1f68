using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Application.Statements;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using CyberCase.Domain.PoliceReports;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

public static partial class CaseBundleContentBuilder
{
    /// <summary>
    /// The FIR's latest police report (a draft while it is one) worded from the case's records and what the IO wrote;
    /// null when no report has been drafted. Every citation comes from the case's <see cref="Regime"/>.
    /// </summary>
    private static async Task<PoliceReportContent?> PoliceReportAsync(CyberCaseDbContext db, FirDetails fir, CaseFacts f,
        CancellationToken ct)
    {
        // Tracked on purpose: while a report is being forwarded, the tracked instance (already marked forwarded) is the one printed.
        var report = await db.PoliceReports.Where(r => r.FirId == fir.Id)
            .OrderByDescending(r => r.Sequence).FirstOrDefaultAsync(ct);
        if (report is null)
        {
            return null;
        }

        var regime = Regime.ForFir(fir.RegisteredAt);
        var officerIds = new[] { report.DraftedBy, report.SubmittedBy, report.ApprovedBy, report.ForwardedBy }.OfType<Guid>()
            .Append(fir.AssignedOfficer?.Id ?? report.DraftedBy).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, ct);
        string Officer(Guid? id) => id is { } i && officers.TryGetValue(i, out var o)
            ? o.Rank is { } rank ? $"{o.FullName}, {Ranks.Title(rank)}" : o.FullName
            : "—";

        var lines = report.Accused.ToDictionary(a => a.CaseAccusedId);
        var accused = f.Accused.Where(a => lines.ContainsKey(a.Id)).Select(a =>
        {
            var person = f.Persons[a.PersonId];
            var line = lines[a.Id];
            return new ReportAccusedContent(a.Code, person.Name, person.Parentage, person.Address,
                line.SentUp ? ReportStatus(a) : "Not sent up", line.Charges, line.Note);
        }).ToList();

        var bonds = f.Accused.SelectMany(a => a.Custody.Where(c => c.Kind == CustodyRecordKind.Bailed).Select(c =>
            $"{a.Code} {f.Persons[a.PersonId].Name}: released on bail bond on {Ist.FormDate(c.At)}"
            + (c.Court is null ? "" : $" by {c.Court}") + (c.OrderReference is null ? "" : $" (order {c.OrderReference})"))).ToList();
        var inCustody = f.Accused.Where(a => lines.TryGetValue(a.Id, out var l) && l.SentUp
                && a.Status is AccusedStatus.PoliceCustody or AccusedStatus.JudicialCustody)
            .Select(a => $"{a.Code} {f.Persons[a.PersonId].Name}: in {(a.Status == AccusedStatus.JudicialCustody ? "judicial" : "police")} custody")
            .ToList();

        var statements = await db.ListStatementsAsync(fir.Id, fir.RegisteredAt, ct);
        var addresses = await db.Statements.AsNoTracking().Where(s => s.FirId == fir.Id).ToDictionaryAsync(s => s.Id, s => s.Address, ct);
        // A corrected statement is listed by its correction: one line per person examined.
        var witnesses = statements.Where(s => s.CorrectedByStatementId is null).Select((s, i) => new ReportWitnessContent(i + 1,
            s.Name, CodeName.InWords(s.Role.ToString()), addresses[s.Id], s.SpeaksTo,
            $"Statement under {s.Provision} recorded on {Ist.FormDate(s.RecordedAt)} by {s.RecordedBy.FullName}")).ToList();

        var medical = f.Accused.SelectMany(a => a.Arrests.Where(m => m.MedicalExaminedAt is not null).Select(m =>
                $"{a.Code} {f.Persons[a.PersonId].Name}: medically examined on {Ist.FormDateTime(m.MedicalExaminedAt!.Value)} IST"
                + (m.MedicalExaminedBy is null ? "" : $" by {m.MedicalExaminedBy}") + $" ({regime.Cite(Provision.MedicalExamination)})"))
            .ToList();
        if (report.MedicalReports is { } more)
        {
            medical.Add(more);
        }

        CustodyInReportContent? custody = regime.Has(Provision.PoliceReportCustodySequence)
            ? new CustodyInReportContent(regime.CiteInFull(Provision.PoliceReportCustodySequence), CustodySequences(f))
            : null;

        string? further = null;
        if (report.FurtherInvestigationId is { } permissionId)
        {
            var permission = await db.FurtherInvestigations.AsNoTracking().SingleAsync(p => p.Id == permissionId, ct);
            further = $"Supplementary report no. {report.Sequence - 1}, on further investigation under {regime.CiteInFull(Provision.FurtherInvestigation)} "
                + $"permitted by {permission.Court} by order {permission.OrderReference} of {permission.OrderDate:dd/MM/yyyy}.";
        }

        if (report.ForwardedAt is { } forwardedAt
            && await db.FurtherInvestigations.AnyAsync(p => p.FirId == fir.Id && p.RecordedAt >= forwardedAt, ct))
        {
            // Reopened by the court: the records may have grown since, so the copy the court holds is named by its hash.
            further = $"Further investigation was permitted after this report was forwarded; it is printed here from the records as they now stand. "
                + $"The copy forwarded on {Ist.FormDate(report.ForwardedAt!.Value)} is the one the court holds"
                + (report.ForwardedSha256 is { } sha ? $" (SHA-256 {sha})." : ".");
        }

        var kind = report.Kind == PoliceReportKind.ChargeSheet ? "CHARGE-SHEET" : "FINAL REPORT";
        var informant = fir.Informant;
        var provision = regime.CiteInFull(Provision.PoliceReport);
        return new PoliceReportContent(
            (report.IsSupplementary ? "SUPPLEMENTARY " : "") + kind,
            provision,
            report.Status != PoliceReportStatus.Forwarded,
            CodeName.InWords(report.Status.ToString()),
            report.Court,
            fir.Number,
            fir.RegisteredAt,
            fir.Station.Name,
            fir.Station.District,
            fir.Sections.Select(s => s.Title.Length > 0 ? $"{s.Display} ({s.Title})" : s.Display).ToList(),
            Officer(fir.AssignedOfficer?.Id ?? report.DraftedBy),
            report.Closure is { } closure ? ClosureText(closure) : null,
            new[] { informant.Name, informant.Parentage, informant.Address, informant.Phone }.OfType<string>().ToList(),
            $"{CodeName.InWords(fir.InformationType.ToString())} information; occurrence {Ist.FormDateTime(fir.OccurredFrom)} to {Ist.FormDateTime(fir.OccurredTo)} IST at {fir.PlaceOfOccurrence}.",
            accused,
            bonds,
            inCustody,
            witnesses,
            medical,
            custody,
            report.Conclusion,
            [
                ("Investigating officer", Officer(report.DraftedBy) + (report.SubmittedAt is { } s ? $", submitted {Ist.FormDateTime(s)} IST" : ", not submitted")),
                ("Approved by", report.ApprovedBy is null ? null : $"{Officer(report.ApprovedBy)}, {Ist.FormDateTime(report.ApprovedAt!.Value)} IST"),
                ("Forwarded by the officer in charge", report.ForwardedBy is null ? null : $"{Officer(report.ForwardedBy)}, {Ist.FormDateTime(report.ForwardedAt!.Value)} IST"),
            ],
            further);
    }

    /// <summary>The accused's status as the report's form asks it: arrested, in custody, on bail, absconding.</summary>
    private static string ReportStatus(CaseAccused a)
    {
        var since = a.Custody.Where(c => c.Kind != CustodyRecordKind.ProducedBeforeMagistrate).OrderBy(c => c.At).ThenBy(c => c.RecordedAt)
            .LastOrDefault() is { } last ? " since " + Ist.FormDate(last.At) : "";
        return a.Status switch
        {
            AccusedStatus.Suspect => "Not arrested",
            AccusedStatus.Arrested => "Arrested on " + Ist.FormDate(a.Arrest!.ArrestedAt),
            AccusedStatus.PoliceCustody => "In police custody" + since,
            AccusedStatus.JudicialCustody => "In judicial custody" + since,
            AccusedStatus.Bailed => "On bail" + since,
            AccusedStatus.Absconding => "Absconding" + since,
            _ => CodeName.InWords(a.Status.ToString()) + since,
        };
    }

    private static string ClosureText(ClosureKind closure) => closure switch
    {
        ClosureKind.Untraced => "Untraced: the offence is made out but the accused could not be traced",
        ClosureKind.FalseCase => "False case: the information was found to be false",
        ClosureKind.MistakeOfFactOrLaw => "Mistake of fact or of law: no offence made out",
        ClosureKind.CivilNature => "Civil in nature: no offence made out",
        _ => "Insufficient evidence to send any accused up for trial",
    };
}
