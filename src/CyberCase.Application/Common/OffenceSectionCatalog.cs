using CyberCase.Application.Persistence;
using CyberCase.Domain.Statutes;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Common;

/// <summary>
/// The acts and sections reference data, read once per process: every FIR registration and read needs it, and it
/// changes only when reference data is loaded at startup (call <see cref="Invalidate"/> if that ever changes).
/// </summary>
public sealed class OffenceSectionCatalog
{
    private volatile IReadOnlyDictionary<(Act, string), OffenceSection>? _sections;

    public async ValueTask<IReadOnlyDictionary<(Act Act, string Section), OffenceSection>> GetAsync(CyberCaseDbContext db, CancellationToken ct) =>
        _sections ??= (await db.OffenceSections.AsNoTracking().ToListAsync(ct)).ToDictionary(s => (s.Act, s.Section));

    public void Invalidate() => _sections = null;
}
