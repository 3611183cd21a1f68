using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;

namespace CyberCase.Application.Common;

public static class Concurrency
{
    /// <summary>
    /// The client must send the version it read. A different version means someone saved in between: 409, never
    /// a silent overwrite. The original value is also set on the tracked entry, so a save racing this one fails
    /// in the database's WHERE clause too.
    /// </summary>
    public static void ExpectVersion<T>(this CyberCaseDbContext db, T entity, Guid expected) where T : VersionedEntity
    {
        if (entity.Version != expected)
        {
            throw new ConcurrencyException(typeof(T).Name, db.Entry(entity).Property("Id").CurrentValue ?? "");
        }

        db.Entry(entity).Property(e => e.Version).OriginalValue = expected;
    }
}
