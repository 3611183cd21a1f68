namespace CyberCase.Domain.Firs;

/// <summary>A later fact appended to an FIR: the FIR text itself is never edited after registration.</summary>
public sealed class SupplementaryStatement
{
    public const int TextMaxLength = 20_000;

    private SupplementaryStatement() { }

    internal SupplementaryStatement(Guid id, Guid firId, string text, Guid recordedBy, DateTimeOffset recordedAt)
    {
        Id = id;
        FirId = firId;
        Text = text;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }
    public Guid FirId { get; private set; }
    public string Text { get; private set; } = "";
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }
}
