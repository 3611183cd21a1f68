namespace CyberCase.Domain.Firs;

/// <summary>The informant or complainant. For a suo motu FIR this is the officer who received the source information.</summary>
public sealed record Informant
{
    public const int NameMaxLength = 200;
    public const int ParentageMaxLength = 200;
    public const int NationalityMaxLength = 64;
    public const int PassportMaxLength = 32;
    public const int AddressMaxLength = 500;
    public const int PhoneMaxLength = 32;

    public required string Name { get; init; }
    public string? Parentage { get; init; }
    public string? Nationality { get; init; }
    public string? PassportNumber { get; init; }
    public string? Address { get; init; }
    public string? Phone { get; init; }
}
