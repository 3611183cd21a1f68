using CyberCase.Application.Common;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Officers;
using CyberCase.Domain.Statutes;
using Mediator;

namespace CyberCase.Application.Firs.RegisterFir;

public sealed record InformantInput(string? Name, string? Parentage, string? Nationality, string? PassportNumber,
    string? Address, string? Phone);

public sealed record SectionInput(Act? Act, string? Section);

/// <summary>
/// Register an FIR at the officer's station; answers the new FIR's id. Fields are nullable so a missing one is a
/// field error, not a default. The endpoint reads the FIR back with <see cref="GetFir.GetFirQuery"/> after the
/// commit, so the write transaction (one writer at a time on SQLite) holds only the write.
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
    string? GdEntryNumber) : ICommand<Guid>;
