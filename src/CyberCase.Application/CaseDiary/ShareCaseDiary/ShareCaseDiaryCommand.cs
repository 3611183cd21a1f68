using CyberCase.Application.Common;
using CyberCase.Application.Firs;
using CyberCase.Application.Persistence;
using CyberCase.Domain.CaseDiary;
using CyberCase.Domain.Common;
using CyberCase.Domain.Officers;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.CaseDiary.ShareCaseDiary;

/// <summary>The SHO lets the station's prosecutors read the FIR's case diary; who shared it and when is recorded.</summary>
[AllowedRoles(Roles.StationHouseOfficer)]
public sealed record ShareCaseDiaryCommand(Guid FirId) : ICommand<CaseDiaryShareView>;

public sealed class ShareCaseDiaryHandler(CyberCaseDbContext db, ICurrentOfficer officer, TimeProvider clock)
    : ICommandHandler<ShareCaseDiaryCommand, CaseDiaryShareView>
{
    public async ValueTask<CaseDiaryShareView> Handle(ShareCaseDiaryCommand command, CancellationToken ct)
    {
        var fir = await db.FindOwnAsync(command.FirId, officer, ct);
        if (await db.CaseDiaryShares.AnyAsync(s => s.FirId == fir.Id, ct))
        {
            throw new DomainException("CaseDiary.AlreadyShared", "The case diary is already shared with the prosecutors.");
        }

        var now = clock.GetUtcNow();
        var share = CaseDiaryShare.Share(Guid.CreateVersion7(now), officer.StationId, fir.Id, officer.Id, now);
        db.CaseDiaryShares.Add(share);
        await db.SaveChangesAsync(ct);

        var sho = await db.OfficerRefAsync(officer.Id, ct);
        return new CaseDiaryShareView(sho, share.SharedAt);
    }
}
