using CyberCase.Domain.Common;

namespace CyberCase.Domain.Money;

/// <summary>How the money moved: a bank account (number and IFSC), a UPI id, a wallet, a card (masked), or a crypto address.</summary>
public enum AccountKind
{
    BankAccount,
    Upi,
    Wallet,
    /// <summary>A payment card, kept masked only (first six and last four digits at most: PCI DSS), as a bank reply prints it.</summary>
    Card,
    /// <summary>A crypto-asset address (a wallet on a chain), case kept as written where the chain's encoding needs it.</summary>
    Crypto,
}

/// <summary>
/// An account of the money trail of a case: where victims' money went (or came from). The same account in two FIRs is
/// one of the first leads in organised cyber fraud (BNS 111 needs more than one charge-sheet), so the identifier is kept
/// in one canonical form: account digits with the IFSC ("50100234567890/HDFC0001234"), a UPI id or wallet id in lower case.
/// </summary>
public sealed class CaseAccount : VersionedEntity
{
    public const int IdentifierMaxLength = 100;
    public const int NumberMaxLength = 80;
    public const int TextMaxLength = 200;
    public const int NotesMaxLength = 1000;

    private CaseAccount() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public Guid FirId { get; private set; }
    public AccountKind Kind { get; private set; }
    /// <summary>The canonical identifier, unique per FIR and compared across FIRs.</summary>
    public string Identifier { get; private set; } = "";
    /// <summary>The account number digits (bank), or the UPI/wallet id: what an officer searches by when the IFSC is not known.</summary>
    public string Number { get; private set; } = "";
    public string? Ifsc { get; private set; }
    public string? Bank { get; private set; }
    public string? Holder { get; private set; }
    public string? Notes { get; private set; }
    /// <summary>KYC particulars the bank or the provider gave (PAN, Aadhaar masked, address), when known.</summary>
    public string? Kyc { get; private set; }
    public Guid RecordedBy { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public static string CanonicalIdentifier(AccountKind kind, string number, string? ifsc) =>
        kind == AccountKind.BankAccount && ifsc is not null ? $"{number}/{ifsc}" : number;

    /// <summary>Records an account already normalised (digits and upper-case IFSC, or a lower-case UPI/wallet id).</summary>
    public static CaseAccount Record(Guid id, Guid stationId, Guid firId, AccountKind kind, string number, string? ifsc,
        string? bank, string? holder, string? notes, Guid recordedBy, DateTimeOffset recordedAt, string? kyc = null)
    {
        if (kind == AccountKind.BankAccount && ifsc is null)
        {
            throw new DomainException("CaseAccount.IfscRequired", "A bank account is identified by its number and the branch IFSC.",
                RuleKind.Unprocessable, "ifsc");
        }

        return new CaseAccount
        {
            Id = id,
            StationId = stationId,
            FirId = firId,
            Kind = kind,
            Number = number,
            Ifsc = kind == AccountKind.BankAccount ? ifsc : null,
            Identifier = CanonicalIdentifier(kind, number, ifsc),
            Bank = bank,
            Holder = holder,
            Notes = notes,
            Kyc = kyc,
            RecordedBy = recordedBy,
            RecordedAt = Precision.ToStoredPrecision(recordedAt),
        };
    }
}
