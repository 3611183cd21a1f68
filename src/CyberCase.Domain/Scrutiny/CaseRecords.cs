using CyberCase.Domain.Accused;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Law;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Places;
using CyberCase.Domain.Raids;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Scrutiny;

/// <summary>
/// The records of one case as the scrutiny reads them, in one snapshot: read once per request (a few queries), then
/// every rule runs over it in memory. <see cref="OtherRaids"/> are the station's raids of other cases that may overlap
/// this case's searches or custody (an officer is in one place at a time whatever the case).
/// </summary>
public sealed class CaseRecords
{
    public required Fir Fir { get; init; }
    /// <summary>The district of the station: where the sun is reckoned when an arrest has no coordinates.</summary>
    public required string StationDistrict { get; init; }
    public required DateTimeOffset Now { get; init; }
    /// <summary>The reference data of the sections the FIR charges (maximum punishment, the 60/90-day class).</summary>
    public IReadOnlyList<OffenceSection> ChargedSections { get; init; } = [];
    public IReadOnlyDictionary<Guid, Officer> Officers { get; init; } = new Dictionary<Guid, Officer>();
    public IReadOnlyList<CaseAccused> Accused { get; init; } = [];
    public IReadOnlyDictionary<Guid, AccusedPerson> Persons { get; init; } = new Dictionary<Guid, AccusedPerson>();
    public IReadOnlyList<Premises> Premises { get; init; } = [];
    public IReadOnlyList<Raid> Raids { get; init; } = [];
    public IReadOnlyList<Raid> OtherRaids { get; init; } = [];
    public IReadOnlyList<SeizureMemo> Memos { get; init; } = [];
    public IReadOnlyList<Exhibit> Exhibits { get; init; } = [];
    public IReadOnlyList<EvidenceFile> EvidenceFiles { get; init; } = [];
    /// <summary>The case's police reports (charge-sheets, final reports), any status.</summary>
    public IReadOnlyList<PoliceReports.PoliceReport> PoliceReports { get; init; } = [];
    /// <summary>The forensic experts' visits to the scenes of the case (BNSS 176(3)).</summary>
    public IReadOnlyList<ForensicVisits.ForensicVisit> ForensicVisits { get; init; } = [];
    /// <summary>The 90-day progress clocks of the informant and the victims (BNSS 193(3)(ii); none under the CrPC).</summary>
    public IReadOnlyList<Clocks.ProgressClock> ProgressClocks { get; init; } = [];

    /// <summary>The regime of the case, decided once from the FIR (<see cref="Law.Regime.ForFir"/>).</summary>
    public Regime Regime => Regime.ForFir(Fir.RegisteredAt);

    public string Cite(Provision provision) => Regime.Cite(provision);

    /// <summary>A raid that took place (started), not one still planned or called off before it began.</summary>
    public IEnumerable<Raid> SearchesMade => Raids.Where(r => r.StartedAt is not null);

    public string AccusedLabel(CaseAccused a) =>
        Persons.TryGetValue(a.PersonId, out var p) ? $"{a.Code} {p.Name}" : a.Code;

    public string OfficerLabel(Guid id) => Officers.TryGetValue(id, out var o) ? o.FullName : $"officer {id}";

    public string PremisesName(Guid id) => Premises.FirstOrDefault(p => p.Id == id)?.Name ?? "premises";

    public string RaidLabel(Raid r) => $"search of {PremisesName(r.PremisesId)}" +
        (r.StartedAt is { } s ? $" on {Common.Ist.FormDateTime(s)}" : $" scheduled {Common.Ist.FormDateTime(r.ScheduledAt)}");

    public static string ExhibitLabel(Exhibit e) => $"{e.Number} {e.Description}";

    public Raid? RaidOf(Guid? raidId) => raidId is { } id ? Raids.FirstOrDefault(r => r.Id == id) : null;

    public SeizureMemo? MemoOf(Exhibit e) => e.SeizureMemoId is { } id ? Memos.FirstOrDefault(m => m.Id == id) : null;

    /// <summary>The longest term any charged section carries, in years (life and death count as more than any term).</summary>
    public decimal? MaxPunishmentYears
    {
        get
        {
            decimal? max = null;
            foreach (var s in ChargedSections)
            {
                decimal? years = s.Punishment switch
                {
                    PunishmentKind.Life or PunishmentKind.Death => 100m,
                    PunishmentKind.Years => s.MaxPunishmentYears,
                    _ => null,
                };
                if (years is { } y && (max is null || y > max))
                {
                    max = y;
                }
            }

            return max;
        }
    }

    public bool ChargesItAct => Fir.Sections.Any(s => s.Act == Act.ITAct);
}
