using System.Globalization;
using System.Reflection;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Stations;
using CyberCase.Domain.Statutes;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Infrastructure.Seeding;

/// <summary>
/// Loads the reference data shipped in db/seed/ (embedded in this assembly): stations and the acts and sections
/// with their maximum punishment and IPC -> BNS equivalents. Adds what is missing; never changes existing rows,
/// so a correction made in production is not overwritten by an older file.
/// </summary>
public static class ReferenceData
{
    public static Guid StationId(string code) => DeterministicGuid.From("station:" + code);

    public static IEnumerable<Station> Stations() =>
        ReadCsv("stations.csv").Select(r => new Station(StationId(r[0]), r[0], r[1], r[2], r[3]));

    public static IEnumerable<OffenceSection> Sections() => ReadCsv("sections.csv").Select(ParseSection);

    public static async Task SeedAsync(CyberCaseDbContext db, CancellationToken ct)
    {
        var stationCodes = await db.Stations.Select(s => s.Code).ToListAsync(ct);
        db.Stations.AddRange(Stations().Where(s => !stationCodes.Contains(s.Code)));

        var known = (await db.OffenceSections.Select(s => new { s.Act, s.Section }).ToListAsync(ct))
            .Select(s => (s.Act, s.Section)).ToHashSet();
        db.OffenceSections.AddRange(Sections().Where(s => !known.Contains((s.Act, s.Section))));
        await db.SaveChangesAsync(ct);
    }

    private static OffenceSection ParseSection(string[] r)
    {
        var act = Enum.Parse<Act>(r[0]);
        var (kind, years) = r[3].Trim().ToLowerInvariant() switch
        {
            "life" => (PunishmentKind.Life, (decimal?)null),
            "death" => (PunishmentKind.Death, null),
            "none" => (PunishmentKind.None, null),
            "n/a" => (PunishmentKind.NotApplicable, null),
            var s when s.StartsWith("as ", StringComparison.Ordinal) => (PunishmentKind.AsOffence, null),
            var s => (PunishmentKind.Years, decimal.Parse(s, CultureInfo.InvariantCulture)),
        };
        Act? equivalentAct = null;
        string? equivalentSection = null;
        var eq = r[6].Trim();
        if (eq.Length > 0 && eq != "none")
        {
            var parts = eq.Split(' ', 2);
            equivalentAct = Enum.Parse<Act>(parts[0]);
            equivalentSection = parts[1];
        }

        return new OffenceSection(act, r[1], r[2], kind, years, YesNo(r[4]), YesNo(r[5]), equivalentAct, equivalentSection);
    }

    private static bool? YesNo(string value) => value.Trim() switch
    {
        "yes" => true,
        "no" => false,
        _ => null,
    };

    /// <summary>A small CSV reader: '#' comment lines, a header row, fields quoted with '"' when they hold commas.</summary>
    internal static IEnumerable<string[]> ReadCsv(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("seed." + name)
            ?? throw new InvalidOperationException($"Reference data {name} is not embedded.");
        using var reader = new StreamReader(stream);
        var header = true;
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            rows.Add(SplitCsvLine(line));
        }

        return rows;
    }

    private static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
