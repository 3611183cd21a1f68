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

        var digits = new string(aadhaar.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 12
            ? digits[^4..]
            : throw new DomainException("Accused.InvalidAadhaar", "An Aadhaar number has 12 digits.", RuleKind.Unprocessable, "aadhaar");
    }
}
