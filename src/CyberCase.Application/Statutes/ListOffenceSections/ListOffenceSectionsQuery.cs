using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using Mediator;

namespace CyberCase.Application.Statutes.ListOffenceSections;

/// <summary>
/// The acts and sections the system knows (db/seed/sections.csv): title, maximum punishment, cognizable, bailable and
/// the IPC -> BNS equivalent. Read-only: this is the law as enacted, which the charge-sheet clock (BNSS 187) and the
/// regime of every FIR read, so no station may change it; a correction is a reviewed change of the seed file.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListOffenceSectionsQuery : IQuery<IReadOnlyList<OffenceSectionView>>;

public sealed record OffenceSectionView(Act Act, string Section, string Title, PunishmentKind Punishment,
    decimal? MaxPunishmentYears, bool? Cognizable, bool? Bailable, bool Grave, Act? EquivalentAct, string? EquivalentSection);

public sealed class ListOffenceSectionsHandler(CyberCaseDbContext db, OffenceSectionCatalog catalog)
    : IQueryHandler<ListOffenceSectionsQuery, IReadOnlyList<OffenceSectionView>>
{
    public async ValueTask<IReadOnlyList<OffenceSectionView>> Handle(ListOffenceSectionsQuery query, CancellationToken ct) =>
        (await catalog.GetAsync(db, ct)).Values
            .OrderBy(s => s.Act).ThenBy(s => SectionNumber(s.Section)).ThenBy(s => s.Section, StringComparer.Ordinal)
            .Select(s => new OffenceSectionView(s.Act, s.Section, s.Title, s.Punishment, s.MaxPunishmentYears, s.Cognizable,
                s.Bailable, s.IsGrave, s.EquivalentAct, s.EquivalentSection))
            .ToList();

    /// <summary>The leading number of a section ("120-B" -> 120, "318(4)" -> 318), so 66C comes before 420.</summary>
    private static int SectionNumber(string section) =>
        int.TryParse(new string(section.TakeWhile(char.IsAsciiDigit).ToArray()), out var n) ? n : int.MaxValue;
}
