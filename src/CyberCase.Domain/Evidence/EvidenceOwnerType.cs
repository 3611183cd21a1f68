namespace CyberCase.Domain.Evidence;

/// <summary>The record an evidence file is attached to. Every owner belongs to one FIR (the case file).</summary>
public enum EvidenceOwnerType
{
    Fir,
    Raid,
    SeizureMemo,
    Exhibit,
    Accused,
}
