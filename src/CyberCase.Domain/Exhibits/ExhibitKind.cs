namespace CyberCase.Domain.Exhibits;

public enum ExhibitKind
{
    Laptop,
    Desktop,
    MobilePhone,
    HardDisk,
    SimCard,
    Router,
    PenDrive,
    Dvr,
    Document,
    Other,
    /// <summary>A forensic image or extraction made from a seized device: a child exhibit with its own hash.</summary>
    ForensicImage,
}

public static class ExhibitKinds
{
    /// <summary>
    /// Whether the kind alone makes an exhibit electronic. It is not the whole answer: an exhibit is electronic also by
    /// its identifiers (<see cref="Exhibit.IsElectronic"/>), which is what the custody sequence and the registers use.
    /// </summary>
    public static bool IsElectronic(this ExhibitKind kind) => kind is not (ExhibitKind.Document or ExhibitKind.Other);
}
