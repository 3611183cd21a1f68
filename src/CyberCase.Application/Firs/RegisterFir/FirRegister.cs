using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Firs;

namespace CyberCase.Application.Firs.RegisterFir;

/// <summary>
/// A registration waiting for its number: who registers it at which station, and how to build the FIR once the
/// register has fixed its serial and registration time (both are decided inside the write, so numbers follow time).
/// <see cref="Register"/> may run inside another request (the one writing the batch): it must use only values
/// captured before, never the "current" officer or request.
/// </summary>
public sealed record FirRegistration(Guid StationId, Guid OfficerId, string UserName, Func<int, DateTimeOffset, Fir> Register);

/// <summary>
/// Writes a new FIR with the next serial of its station and year, and its audit records, in one durable transaction.
/// A domain rule broken by <see cref="FirRegistration.Register"/> is thrown to the caller and uses up no number.
/// </summary>
public interface IFirRegister
{
    Task<Fir> RegisterAsync(FirRegistration registration, CancellationToken ct);
}

/// <summary>The register through EF Core, one transaction per FIR: for SQL Server, whose row locks let writers overlap.</summary>
public sealed class EfFirRegister(CyberCaseDbContext db, AuditScope audit, IWriteGate gate, TimeProvider clock) : IFirRegister
{
    public async Task<Fir> RegisterAsync(FirRegistration registration, CancellationToken ct)
    {
        audit.Action = RegisterFirCommand.AuditAction;
        return await db.InWriteTransactionAsync(gate, async () =>
        {
            var now = clock.GetUtcNow();
            var serial = await db.NextAsync(registration.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)), ct);
            var fir = registration.Register(serial, now);
            db.Firs.Add(fir);
            await db.SaveChangesAsync(ct);
            return fir;
        }, ct);
    }
}
