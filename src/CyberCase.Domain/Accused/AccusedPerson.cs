using CyberCase.Domain.Common;

namespace CyberCase.Domain.Accused;

public enum Gender
{
    Male,
    Female,
    Transgender,
}

/// <summary>How the forms write parentage: S/o, D/o, W/o.</summary>
public enum ParentageRelation
{
    SonOf,
    DaughterOf,
    WifeOf,
}

/// <summary>A phone number of an accused person, in E.164 (several accused often share one).</summary>
public sealed record AccusedPhone(string Number)
{
    public const int MaxLength = 16;
}

/// <summary>
/// A person accused in one or more of the station's cases. The identity lives here once; each case the person is
/// accused in is a <see cref="CaseAccused"/> with its own code, status and arrest.
/// Only the last four digits of an Aadhaar number are ever kept (Aadhaar Act 2016, s. 29; UIDAI masking rules).
/// </summary>
public sealed class AccusedPerson : VersionedEntity
{
    public const int NameMaxLength = 200;
    public const int AliasMaxLength = 100;
    public const int MaxAliases = 10;
    public const int AddressMaxLength = 500;
    public const int MaxPhones = 10;

    private readonly List<AccusedPhone> _phones = [];

    private AccusedPerson() { }

    public Guid Id { get; private set; }
    public Guid StationId { get; private set; }
    public string Name { get; private set; } = "";
    public string[] Aliases { get; private set; } = [];
    public ParentageRelation? ParentageRelation { get; private set; }
    public string? ParentName { get; private set; }
    public Gender Gender { get; private set; }
    public DateOnly? DateOfBirth { get; private set; }
    /// <summary>The age as stated, when the date of birth is not known.</summary>
    public int? Age { get; private set; }
    public string Address { get; private set; } = "";
    public string? AadhaarLast4 { get; private set; }
    public DateTimeOffset RecordedAt { get; private set; }

    public IReadOnlyList<AccusedPhone> Phones => _phones;

    /// <summary>The printed parentage, e.g. "S/o Ghulam Rasool".</summary>
    public string? Parentage => ParentageRelation is { } relation && ParentName is { } parent
        ? $"{RelationAbbreviation(relation)} {parent}"
        : null;

    public static string RelationAbbreviation(ParentageRelation relation) => relation switch
    {
        Accused.ParentageRelation.SonOf => "S/o",
        Accused.ParentageRelation.DaughterOf => "D/o",
        _ => "W/o",
    };

    /// <summary>The masked form shown anywhere an Aadhaar number appears.</summary>
    public string? AadhaarMasked => AadhaarLast4 is null ? null : "XXXX XXXX " + AadhaarLast4;

    public static AccusedPerson Record(Guid id, Guid stationId, string name, IEnumerable<string> aliases,
        ParentageRelation? relation, string? parentName, Gender gender, DateOnly? dateOfBirth, int? age, string address,
        IEnumerable<string> e164Phones, string? aadhaar, DateTimeOffset recordedAt)
    {
        if (dateOfBirth is not null && age is not null)
        {
            throw new DomainException("Accused.DateOfBirthOrAge", "Give the date of birth or the age, not both.",
                RuleKind.Unprocessable, "age");
        }

        if (dateOfBirth is { } dob && dob > DateOnly.FromDateTime(recordedAt.ToIst().DateTime))
        {
            throw new DomainException("Accused.DateOfBirthInFuture", "The date of birth cannot be in the future.",
                RuleKind.Unprocessable, "dateOfBirth");
        }

        var person = new AccusedPerson
        {
            Id = id,
            StationId = stationId,
            Name = name,
            Aliases = aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).Distinct().ToArray(),
            ParentageRelation = relation,
            ParentName = parentName,
            Gender = gender,
            DateOfBirth = dateOfBirth,
            Age = age,
            Address = address,
            AadhaarLast4 = MaskAadhaar(aadhaar),
            RecordedAt = recordedAt,
        };
        person._phones.AddRange(e164Phones.Distinct().Select(p => new AccusedPhone(p)));
        return person;
    }

    /// <summary>
    /// Keeps the last four digits of an Aadhaar number and nothing else. The full number never reaches the entity,
    /// so it can reach neither the database nor the audit trail.
    /// </summary>
    public static string? MaskAadhaar(string? aadhaar)
    {
        if (string.IsNullOrWhiteSpace(aadhaar))
        {
            return null;
        }

        return IsValidAadhaar(aadhaar)
            ? aadhaar.Replace(" ", "", StringComparison.Ordinal)[^4..]
            : throw new DomainException("Accused.InvalidAadhaar", AadhaarRule, RuleKind.Unprocessable, "aadhaar");
    }

    public const string AadhaarRule = "An Aadhaar number has 12 digits, does not start with 0 or 1, and ends in a Verhoeff check digit.";

    /// <summary>
    /// An Aadhaar number as UIDAI issues them: 12 digits (spaces between the groups of four allowed), the first not
    /// 0 or 1, the last a Verhoeff check digit over the other eleven. The check digit catches every single mistyped
    /// digit and every swap of two neighbouring digits, the usual mistakes in copying a number off a card.
    /// </summary>
    public static bool IsValidAadhaar(string? aadhaar)
    {
        if (aadhaar is null)
        {
            return false;
        }

        var digits = aadhaar.Replace(" ", "", StringComparison.Ordinal);
        if (digits.Length != 12 || !digits.All(char.IsAsciiDigit) || digits[0] is '0' or '1')
        {
            return false;
        }

        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            check = VerhoeffMultiplication[check, VerhoeffPermutation[i % 8, digits[^(i + 1)] - '0']];
        }

        return check == 0;
    }

    // The dihedral group D5 (multiplication) and the position permutation of Verhoeff's scheme.
    private static readonly int[,] VerhoeffMultiplication =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 }, { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 }, { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 }, { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 }, { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 }, { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly int[,] VerhoeffPermutation =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 }, { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 }, { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 }, { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 }, { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };
}
