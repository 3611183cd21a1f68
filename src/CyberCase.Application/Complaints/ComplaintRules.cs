using System.Text.RegularExpressions;
using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Complaints;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Complaints;

public static partial class ComplaintRules
{
    /// <summary>The NCRP acknowledgement number: 14 digits (e.g. 31601210000123: state code, year, serial).</summary>
    public static bool IsAckNumber(string? value) => value is not null && AckPattern().IsMatch(value.Trim());

    public static async Task<Complaint> FindOwnComplaintAsync(this CyberCaseDbContext db, Guid id, ICurrentOfficer officer, CancellationToken ct) =>
        await db.Complaints.SingleOrDefaultAsync(c => c.Id == id && c.StationId == officer.StationId, ct)
        ?? throw new NotFoundException("Complaint", id);

    [GeneratedRegex("^[0-9]{14}$")]
    private static partial Regex AckPattern();
}
