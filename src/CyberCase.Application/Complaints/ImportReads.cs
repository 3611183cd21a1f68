using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints;

internal static class ImportReads
{
    /// <summary>Reads the file and sorts each row into new, already registered or invalid; a file that is not an export at all is 422.</summary>
    public static async Task<(List<NcrpRow> Rows, List<ImportRowView> Views)> ClassifyAsync(this CyberCaseDbContext db, Guid stationId,
        byte[] content, CancellationToken ct)
    {
        var (rows, fileError) = NcrpCsv.Read(content);
        if (fileError is not null)
        {
            throw new DomainException("Import.NotAnExport", fileError, RuleKind.Unprocessable, "file");
        }

        var acks = rows.Where(r => r.AckNumber is not null).Select(r => r.AckNumber).ToList();
        var registered = (await db.Complaints.Where(c => c.StationId == stationId && acks.Contains(c.AckNumber)).Select(c => c.AckNumber!)
            .ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var views = rows.Select(r => new ImportRowView(r.Line, r.AckNumber, r.ComplainantName, r.ReceivedAt, r.AmountReported, r.Currency,
            !r.Valid ? ImportRowOutcome.Invalid : registered.Contains(r.AckNumber!) ? ImportRowOutcome.AlreadyRegistered : ImportRowOutcome.New,
            r.Errors)).ToList();
        return (rows.ToList(), views);
    }
}
