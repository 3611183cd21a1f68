using CyberCase.Application.Persistence;
using CyberCase.Domain.Evidence;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Evidence.Owners;

public sealed class FirEvidenceOwnerResolver(CyberCaseDbContext db) : IEvidenceOwnerResolver
{
    public EvidenceOwnerType OwnerType => EvidenceOwnerType.Fir;

    public Task<EvidenceOwner?> FindAsync(Guid id, Guid stationId, CancellationToken ct) =>
        db.Firs.AsNoTracking().Where(f => f.Id == id && f.StationId == stationId)
            .Select(f => new EvidenceOwner(EvidenceOwnerType.Fir, f.Id, f.StationId, f.Id))
            .SingleOrDefaultAsync(ct);
}
