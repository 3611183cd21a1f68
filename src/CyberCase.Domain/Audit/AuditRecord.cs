using System.Security.Cryptography;
using System.Text;
using CyberCase.Domain.Common;

namespace CyberCase.Domain.Audit;

/// <summary>
/// One append-only entry of the audit trail. Each record stores the SHA-256 of its own content and of the
/// previous record, so an altered, removed or reordered record breaks the chain and is detected.
/// </summary>
public sealed class AuditRecord
{
    public const int ActionMaxLength = 100;
    public const int EntityTypeMaxLength = 100;
    public const int EntityIdMaxLength = 200;

    private AuditRecord() { }

    public AuditRecord(long sequence, DateTimeOffset at, Guid? officerId, string? userName, Guid? stationId,
        string action, string entityType, string? entityId, string changes, string previousHash)
    {
        Sequence = sequence;
        At = Precision.ToStoredPrecision(at);
        OfficerId = officerId;
        UserName = userName;
        StationId = stationId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Changes = changes;
        PreviousHash = previousHash;
        Hash = ComputeHash();
    }

    /// <summary>The hash the first record chains from.</summary>
    public static readonly string GenesisHash = new('0', 64);

    public long Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? OfficerId { get; private set; }
    public string? UserName { get; private set; }
    public Guid? StationId { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string? EntityId { get; private set; }
    /// <summary>JSON object: field -> { "old": ..., "new": ... }.</summary>
    public string Changes { get; private set; } = "{}";
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public string ComputeHash()
    {
        // Unambiguous canonical form: every field on its own line, in a fixed order, times in UTC ticks.
        var content = string.Join('\n',
            Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture),
            At.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            OfficerId?.ToString() ?? "", UserName ?? "", StationId?.ToString() ?? "",
            Action, EntityType, EntityId ?? "", Changes, PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }
}
