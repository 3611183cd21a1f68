namespace CyberCase.Domain.Statutes;

/// <summary>The statutes a section can come from. IPC for offences before 1 July 2024, BNS on or after; the IT Act always.</summary>
public enum Act
{
    IPC,
    BNS,
    ITAct,
}
