namespace CyberCase.Domain.Firs;

/// <summary>How the information reached the station (BNSS 173): a suo motu FIR rests on source information.</summary>
public enum InformationType
{
    Oral,
    Written,
    Electronic,
    SuoMotu,
}

/// <summary>Registered -> UnderInvestigation -> ChargeSheeted | FinalReport (closure).</summary>
public enum FirStatus
{
    Registered,
    UnderInvestigation,
    ChargeSheeted,
    FinalReport,
}
