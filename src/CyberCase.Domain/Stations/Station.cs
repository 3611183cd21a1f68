namespace CyberCase.Domain.Stations;

/// <summary>A police station: officers belong to one, and every case record belongs to one.</summary>
public sealed class Station
{
    public const int CodeMaxLength = 32;
    public const int NameMaxLength = 200;

    private Station() { }

    public Station(Guid id, string code, string name, string district, string state)
    {
        Id = id;
        Code = code;
        Name = name;
        District = district;
        State = state;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string District { get; private set; } = "";
    public string State { get; private set; } = "";
}
