using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Audit;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Audit.VerifyAuditChain;

[AllowedRoles(Roles.Admin)]
public sealed record VerifyAuditChainQuery : IQuery<AuditChainReport>;

/// <summary><c>firstBrokenId</c> is the sequence number (the id) of the first record that fails the chain.</summary>
public sealed record AuditChainReport(bool Valid, long Records, long? FirstBrokenId);

public sealed class VerifyAuditChainHandler(CyberCaseDbContext db) : IQueryHandler<VerifyAuditChainQuery, AuditChainReport>
{
    public async ValueTask<AuditChainReport> Handle(VerifyAuditChainQuery query, CancellationToken ct)
    {
        var walker = new AuditChainWalker();
        await foreach (var record in db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            walker.Accept(record);
        }

        var verdict = walker.Verdict;
        return new AuditChainReport(verdict.Valid, verdict.Records, verdict.FirstBrokenSequence);
    }
}
