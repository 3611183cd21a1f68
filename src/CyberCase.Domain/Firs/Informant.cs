namespace CyberCase.Domain.Firs;

/// <summary>
/// The informant or complainant (IIF-I: name, parentage, date or year of birth, nationality, passport for a foreigner,
/// occupation, address, phone). For a suo motu FIR this is the officer who received the source information.
/// </summary>
public sealed record Informant
{
    public const int NameMaxLength = 200;
    public const int ParentageMaxLength = 200;
    public const int NationalityMaxLength = 64;
    public const int PassportMaxLength = 32;
    public const int AddressMaxLength = 500;
    public const int PhoneMaxLength = 32;
    public const int OccupationMaxLength = 100;
    public const int PlaceMaxLength = 200;

    public required string Name { get; init; }
    /// <summary>The name in the informant's own script (Devanagari, Urdu), kept byte for byte as sent.</summary>
    public string? NameInScript { get; init; }
    public string? Parentage { get; init; }
    /// <summary>The date of birth when known; otherwise <see cref="YearOfBirth"/> (the form asks for either).</summary>
    public DateOnly? DateOfBirth { get; init; }
    public int? YearOfBirth { get; init; }
    public string? Nationality { get; init; }
    public string? PassportNumber { get; init; }
    public DateOnly? PassportIssuedOn { get; init; }
    public string? PassportIssuedAt { get; init; }
    public string? Occupation { get; init; }
    public string? Address { get; init; }
    /// <summary>E.164, normalised exactly as an accused's numbers are (<c>IndianPhone</c>).</summary>
    public string? Phone { get; init; }
}
