namespace CyberCase.Domain.Common;

/// <summary>
/// A record that two officers can edit at once. SQLite has no rowversion, so the token is an
/// application-managed Guid renewed on every save (see the DbContext); a stale write is refused, never merged.
/// </summary>
public abstract class VersionedEntity
{
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void RenewVersion() => Version = Guid.NewGuid();
}
