using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CyberCase.Domain.Common;

namespace CyberCase.Domain.Exhibits;

/// <summary>
/// The number under which a holder entered the exhibit in its own books: the malkhana register entry, the FSL's
/// docket, the court's property number. Each belongs to a hand-over to that kind of holder only.
/// </summary>
public sealed record HolderReference(string? MalkhanaEntryNumber, string? FslDocketNumber, string? CourtPropertyNumber)
{
    public const int MaxLength = 64;

    public static readonly HolderReference None = new(null, null, null);

    public bool IsEmpty => MalkhanaEntryNumber is null && FslDocketNumber is null && CourtPropertyNumber is null;
}

/// <summary>
/// One entry of an exhibit's append-only custody log (the sequence of custody of an electronic device, which the new
/// regime puts into the police report). Entries are hash-chained per exhibit like the audit trail, so an altered,
/// removed or reordered entry is detected.
/// </summary>
public sealed class CustodyEvent
{
    public const int PurposeMaxLength = 500;

    private CustodyEvent() { }

    internal CustodyEvent(Guid id, Guid exhibitId, int sequence, DateTimeOffset at, CustodyHolder? from, CustodyHolder to,
        string purpose, bool sealIntact, string? hashVerified, bool? hashMatched, Guid recordedBy, string previousHash,
        HolderReference? reference = null)
    {
        Id = id;
        ExhibitId = exhibitId;
        Sequence = sequence;
        At = Precision.ToStoredPrecision(at);
        FromKind = from?.Kind;
        FromOfficerId = from?.OfficerId;
        FromName = from?.Name;
        ToKind = to.Kind;
        ToOfficerId = to.OfficerId;
        ToName = to.Name;
        Purpose = purpose;
        SealIntact = sealIntact;
        HashVerified = hashVerified;
        HashMatched = hashMatched;
        RecordedBy = recordedBy;
        PreviousHash = previousHash;
        MalkhanaEntryNumber = reference?.MalkhanaEntryNumber;
        FslDocketNumber = reference?.FslDocketNumber;
        CourtPropertyNumber = reference?.CourtPropertyNumber;
        Hash = ComputeHash();
    }

    public Guid Id { get; private set; }
    public Guid ExhibitId { get; private set; }
    /// <summary>1 for the seizure, then one more per transfer.</summary>
    public int Sequence { get; private set; }
    public DateTimeOffset At { get; private set; }
    public CustodyHolderKind? FromKind { get; private set; }
    public Guid? FromOfficerId { get; private set; }
    public string? FromName { get; private set; }
    public CustodyHolderKind ToKind { get; private set; }
    public Guid? ToOfficerId { get; private set; }
    public string? ToName { get; private set; }
    public string Purpose { get; private set; } = "";
    public bool SealIntact { get; private set; }
    /// <summary>For images: the SHA-256 computed at this hand-over, when it was verified.</summary>
    public string? HashVerified { get; private set; }
    /// <summary>Whether <see cref="HashVerified"/> equals the exhibit's recorded hash.</summary>
    public bool? HashMatched { get; private set; }
    public Guid RecordedBy { get; private set; }
    /// <summary>The malkhana register entry no. of a deposit in the malkhana.</summary>
    public string? MalkhanaEntryNumber { get; private set; }
    /// <summary>The FSL's docket no. of a hand-over to the forensic laboratory.</summary>
    public string? FslDocketNumber { get; private set; }
    /// <summary>The court's property no. of a production in court.</summary>
    public string? CourtPropertyNumber { get; private set; }
    public string PreviousHash { get; private set; } = "";
    public string Hash { get; private set; } = "";

    public CustodyHolder? From => FromKind is { } kind ? new CustodyHolder(kind, FromOfficerId, FromName) : null;
    public CustodyHolder To => new(ToKind, ToOfficerId, ToName);
    public HolderReference Reference => new(MalkhanaEntryNumber, FslDocketNumber, CourtPropertyNumber);

    /// <summary>
    /// The SHA-256 of the entry's content, chained through <see cref="PreviousHash"/>. The holder's register and docket
    /// numbers came later than the first entries: they are hashed after a "v2" line only when the entry has one, so an
    /// entry without them (every entry written before they existed) hashes exactly as it did, and its chain verifies
    /// unchanged, while an entry with them has them under the chain like every other field.
    /// </summary>
    public string ComputeHash()
    {
        var c = CultureInfo.InvariantCulture;
        var content = string.Join('\n', ExhibitId.ToString(), Sequence.ToString(c), At.UtcTicks.ToString(c),
            FromKind?.ToString() ?? "", FromOfficerId?.ToString() ?? "", FromName ?? "",
            ToKind.ToString(), ToOfficerId?.ToString() ?? "", ToName ?? "", Purpose, SealIntact ? "1" : "0",
            HashVerified ?? "", HashMatched?.ToString() ?? "", RecordedBy.ToString(), PreviousHash);
        if (!Reference.IsEmpty)
        {
            content = string.Join('\n', content, "v2", MalkhanaEntryNumber ?? "", FslDocketNumber ?? "", CourtPropertyNumber ?? "");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    /// <summary>True when every entry chains to the one before and hashes to its stored value.</summary>
    public static bool ChainIsIntact(IEnumerable<CustodyEvent> inOrder)
    {
        var previous = Audit.AuditRecord.GenesisHash;
        var expected = 1;
        foreach (var e in inOrder)
        {
            if (e.Sequence != expected++ || e.PreviousHash != previous || e.Hash != e.ComputeHash())
            {
                return false;
            }

            previous = e.Hash;
        }

        return true;
    }
}
