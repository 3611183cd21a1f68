using CyberCase.Application.Common;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Exhibits.RecordSeizure;

public sealed record MemoWitnessInput(string? Name, string? Parentage, string? Address);

/// <summary>One seized item as the memo lists it. <c>seizedFromAccusedId</c> is the accused of the case (id from /api/firs/{id}/accused); otherwise it was found at the premises.</summary>
public sealed record SeizedItemInput(ExhibitKind? Kind, string? Description, string? Make, string? Model, string? Colour,
    string? SerialNumber, IReadOnlyList<string>? Imeis, string? MacAddress, string? Iccid, string? SealNumber, string? Condition,
    string? FoundAt, Guid? SeizedFromAccusedId);

/// <summary>The seizure memo (panchnama) of a raid: number, time, witnesses, the occupant's copy, and the items seized.</summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RecordSeizureCommand(Guid RaidId, string? MemoNumber, DateTimeOffset? DrawnUpAt,
    IReadOnlyList<MemoWitnessInput>? Witnesses, string? OccupantGivenCopy, IReadOnlyList<SeizedItemInput>? Items)
    : ICommand<SeizureMemoView>;
