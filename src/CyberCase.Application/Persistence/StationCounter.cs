using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Persistence;

/// <summary>
/// A numbering counter of a station: "FIR/2021" (FIR serials restart each calendar year), "EXHIBIT" (exhibit
/// numbers run station-wide). Incremented in place inside the writing transaction, so numbers never repeat.
/// </summary>
public sealed class StationCounter
{
    public const int NameMaxLength = 32;

    public Guid StationId { get; set; }
    public string Name { get; set; } = "";
    public int Value { get; set; }

    public static string ForFirs(int year) => $"FIR/{year}";

    public const string Exhibits = "EXHIBIT";
}

public static class StationCounters
{
    /// <summary>
    /// The next number of a counter: an atomic UPDATE inside the unit of work's write transaction, which it opens, or the first row. Two officers writing at the same moment never get the same number.
    /// </summary>
    public static async Task<int> NextAsync(this CyberCaseDbContext db, Guid stationId, string name, CancellationToken ct)
    {
        // A counter first created earlier in this unit of work is not in the database yet (the first seizure memo of a
        // station with several items): count on in memory rather than add a second row with the same key.
        if (db.StationCounters.Local.FirstOrDefault(s => s.StationId == stationId && s.Name == name) is { } pending
            && db.Entry(pending).State == EntityState.Added)
        {
            return ++pending.Value;
        }

        await db.BeginWriteAsync(ct);
        var counter = db.StationCounters.Where(s => s.StationId == stationId && s.Name == name);
        if (await counter.ExecuteUpdateAsync(s => s.SetProperty(x => x.Value, x => x.Value + 1), ct) == 1)
        {
            return await counter.Select(s => s.Value).SingleAsync(ct);
        }

        db.StationCounters.Add(new StationCounter { StationId = stationId, Name = name, Value = 1 });
        return 1;
    }
}
