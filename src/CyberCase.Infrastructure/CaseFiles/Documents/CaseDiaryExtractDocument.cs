using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The case diary's closed pages in the court's copy of the bundle, each diary page from a new sheet as in the diary
/// volume, under a notice of what the law allows: the court may use it in aid of the trial, the accused may not call
/// for it. It comes after the annexures (see <see cref="CaseBundleRenderer"/>), so it moves no page number of the
/// documents an accused's copy shares.
/// </summary>
internal sealed class CaseDiaryExtractDocument(CaseDiaryExtractContent extract, Regime regime) : IBundleDocument
{
    public string Title => TitleOf(extract);

    public static string TitleOf(CaseDiaryExtractContent extract) => extract.Volume.Pages.Count == 0
        ? "Case diary extract (restricted)"
        : $"Case diary extract (restricted), diary pages {extract.Volume.Pages[0].Page}-{extract.Volume.Pages[^1].Page}";

    public void Compose(PageComposer composer)
    {
        var diary = extract.Volume;
        composer.Compose(new SectionHeading($"CASE DIARY EXTRACT\n(under {diary.Provision})"));
        composer.Compose(new Paragraph(
            $"RESTRICTED. For the court, which may use the case diary in aid of the inquiry or trial " +
            $"({regime.Cite(Provision.CaseDiaryForTheCourt)}). Neither the accused nor their agents are entitled to call for it " +
            $"({regime.Cite(Provision.CaseDiaryNotForTheAccused)}): this part is not in the copies supplied under " +
            $"{regime.Cite(Provision.CopiesToAccused)}, whose pages are otherwise the same as this bundle's."));
        composer.Compose(new KeyValueTable(
        [
            ("Shared with the prosecution by", $"{extract.SharedBy} on {Print.DateTime(extract.SharedAt)}"),
            ("Diary pages", diary.Pages.Count == 0 ? "No day of the diary has been closed: it has no numbered page yet."
                : $"{diary.Pages[0].Page} to {diary.Pages[^1].Page}, as numbered when each day was closed (never renumbered)"),
        ]));
        foreach (var page in diary.Pages)
        {
            composer.NewPage();
            new CaseDiaryPageDocument(diary, page).Compose(composer);
        }
    }
}
