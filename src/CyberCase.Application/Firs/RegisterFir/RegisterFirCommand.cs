using CyberCase.Application.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using Mediator;
using CyberCase.Application.Firs;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed record InformantInput(string? Name, string? Parentage, string? Nationality, string? PassportNumber,
    string? Address, string? Phone);

public sealed record SectionInput(Act? Act, string? Section);

/// <summary>
/// Register an FIR at the officer's station; answers the FIR as written. Fields are nullable so a missing one is a
/// field error, not a default.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer)]
public sealed record RegisterFirCommand(
    DateTimeOffset? OccurredFrom,
    DateTimeOffset? OccurredTo,
    string? PlaceOfOccurrence,
    InformationType? InformationType,
    InformantInput? Informant,
    IReadOnlyList<SectionInput>? Sections,
    string? Narrative,
    string? GdEntryNumber) : ICommand<FirDetails>;
