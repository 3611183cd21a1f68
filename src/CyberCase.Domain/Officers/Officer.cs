using CyberCase.Domain.Common;

namespace CyberCase.Domain.Officers;

/// <summary>A police officer (or prosecutor) who uses CyberCase. The login account shares the same id.</summary>
public sealed class Officer : VersionedEntity
{
    public const int NameMaxLength = 200;
    public const int UserNameMaxLength = 64;

    private Officer() { }

    public Officer(Guid id, string userName, string fullName, Rank? rank, Guid stationId)
    {
        Id = id;
        UserName = userName;
        FullName = fullName;
        Rank = rank;
        StationId = stationId;
    }

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string FullName { get; private set; } = "";
    /// <summary>A public prosecutor holds no police rank.</summary>
    public Rank? Rank { get; private set; }
    public Guid StationId { get; private set; }
}
