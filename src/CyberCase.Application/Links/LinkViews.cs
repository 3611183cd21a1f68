using CyberCase.Application.Common;

namespace CyberCase.Application.Links;

/// <summary>What kind of identifier links two FIRs.</summary>
public enum LinkKind
{
    Imei,
    Phone,
    Account,
    Premises,
}

/// <summary>Where an identifier was found in an FIR.</summary>
public enum LinkSource
{
    ExhibitImei,
    AccusedPhone,
    CaseAccount,
    Premises,
}

/// <summary>One record of an FIR that carries the identifier: the exhibit, the accused, the account or the premises.</summary>
public sealed record LinkAppearance(FirRef Fir, LinkSource How, Guid RecordId, string Label);

/// <summary>The station's FIRs where an identifier appears, and how.</summary>
public sealed record LinksView(LinkKind Kind, string Value, IReadOnlyList<FirRef> Firs, IReadOnlyList<LinkAppearance> Appearances);

/// <summary>An identifier this FIR shares with the other FIR; <c>label</c> names the other FIR's record that carries it.</summary>
public sealed record SharedIdentifier(LinkKind Kind, string Value, LinkSource How, Guid RecordId, string Label);

public sealed record LinkedFir(FirRef Fir, IReadOnlyList<SharedIdentifier> Shared);
