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
    /// <summary>Electronic records need the custody sequence (BNSS 193(3)(i)) and a BSA 63 certificate.</summary>
    public static bool IsElectronic(this ExhibitKind kind) => kind is not (ExhibitKind.Document or ExhibitKind.Other);
}
