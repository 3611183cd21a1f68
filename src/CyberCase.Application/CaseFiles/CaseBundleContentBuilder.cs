using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseFiles;

/// <summary>Gathers what goes into a case's bundle from the database, for an officer of the case's station.</summary>
public static partial class CaseBundleContentBuilder
{
    public static async Task<CaseBundleContent> BuildAsync(CyberCaseDbContext db, Guid firId, ICurrentOfficer officer,
        OffenceSectionCatalog catalog, TimeProvider clock, CancellationToken ct)
    {
        var fir = await db.LoadDetailsAsync(firId, officer, catalog, clock, ct);
        var state = await db.Stations.AsNoTracking().Where(s => s.Id == fir.Station.Id).Select(s => s.State).SingleAsync(ct);
        // The prosecutor named on the cover is the one exporting; for anyone else the line is left for the prosecutor.
        var prosecutor = officer.IsInRole(Roles.Prosecutor)
            ? await db.Officers.AsNoTracking().Where(o => o.Id == officer.Id).Select(o => o.FullName).SingleOrDefaultAsync(ct)
            : null;

        // The bundle speaks as of the latest dated fact in the case, never the clock: an unchanged case gives the same bytes.
        var asOf = fir.SupplementaryStatements.Select(s => s.RecordedAt).Append(fir.RegisteredAt).Max();
        var header = new CaseHeader(fir.Number, fir.Station.Name, fir.Station.Code, fir.Station.District, state,
            fir.Sections.Select(s => s.Title.Length > 0 ? $"{s.Display} ({s.Title})" : s.Display).ToList(),
            fir.AssignedOfficer?.FullName, prosecutor, asOf, fir.RegisteredAt, fir.RegisteredAt);

        var firContent = new FirContent(fir.Number, fir.RegisteredAt, fir.GdEntryNumber, fir.OccurredFrom, fir.OccurredTo,
            fir.PlaceOfOccurrence, Words(fir.InformationType.ToString()), fir.Informant.Name, fir.Informant.Parentage,
            fir.Informant.Nationality, fir.Informant.Address, fir.Informant.Phone,
            fir.Sections.Select(s => new SectionLine(s.Display, s.Title, s.BnsEquivalent?.Display)).ToList(),
            fir.Narrative, Words(fir.Status.ToString()), fir.AssignedOfficer?.FullName,
            fir.SupplementaryStatements.Select(s => new StatementContent(s.RecordedAt, s.RecordedBy.FullName, s.Text)).ToList());

        // Filled when those records exist (the investigation slice: premises, raids, accused, arrests; the evidence
        // slice: exhibits, evidence files, custody). Until then the bundle holds the FIR and these sections are left out.
        IReadOnlyList<AccusedContent> accused = [];
        IReadOnlyList<PremisesContent> premises = [];
        IReadOnlyList<RaidContent> raids = [];
        IReadOnlyList<SeizureMemoContent> seizureMemos = [];
        IReadOnlyList<ExhibitContent> exhibits = [];
        IReadOnlyList<CustodySequenceContent> custodySequences = [];
        IReadOnlyList<CertificateContent> certificates = [];
        IReadOnlyList<AnnexureContent> annexures = [];

        return new CaseBundleContent(header, firContent, accused, premises, raids, seizureMemos, exhibits, custodySequences,
            certificates, annexures);
    }

    /// <summary>"UnderInvestigation" -> "Under investigation", "SuoMotu" -> "Suo motu".</summary>
    private static string Words(string pascal)
    {
        var words = SplitWords().Replace(pascal, " $1").Trim();
        return words.Length == 0 ? words : words[0] + words[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])")]
    private static partial Regex SplitWords();
}
