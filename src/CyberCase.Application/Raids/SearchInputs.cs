using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Raids;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Raids;

/// <summary>The occupant of the premises: name, whether present at the search, and if not, why not.</summary>
public sealed record OccupantInput(string? Name, bool? Present, string? AbsenceReason);

/// <summary>The forwarding of a recording to the Magistrate: to whom, when, how, and the acknowledgement received.</summary>
public sealed record ForwardingInput(string? To, DateTimeOffset? At, string? How, string? Acknowledgement);

/// <summary>The expert of Part B of a BSA certificate: name, parentage, designation, where employed, and when they signed.</summary>
public sealed record ExpertInput(string? Name, string? Parentage, string? Designation, string? EmployedAt, DateTimeOffset? SignedAt);

public sealed class OccupantInputValidator : AbstractValidator<OccupantInput>
{
    public OccupantInputValidator()
    {
        RuleFor(o => o.Name).MaximumLength(Raid.OccupantMaxLength);
        RuleFor(o => o.AbsenceReason).MaximumLength(Raid.OccupantAbsenceMaxLength);
    }
}

public sealed class ForwardingInputValidator : AbstractValidator<ForwardingInput>
{
    public ForwardingInputValidator()
    {
        RuleFor(f => f.To).MaximumLength(RecordingForwarding.TextMaxLength);
        RuleFor(f => f.How).MaximumLength(RecordingForwarding.TextMaxLength);
        RuleFor(f => f.Acknowledgement).MaximumLength(RecordingForwarding.TextMaxLength);
    }
}

public sealed class ExpertInputValidator : AbstractValidator<ExpertInput>
{
    public ExpertInputValidator()
    {
        RuleFor(e => e.Name).MaximumLength(ExpertAttestation.TextMaxLength);
        RuleFor(e => e.Parentage).MaximumLength(ExpertAttestation.TextMaxLength);
        RuleFor(e => e.Designation).MaximumLength(ExpertAttestation.TextMaxLength);
        RuleFor(e => e.EmployedAt).MaximumLength(ExpertAttestation.TextMaxLength);
    }
}

internal static class SearchInputs
{
    public static string? Clean(this string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static RecordingForwarding ToForwarding(this ForwardingInput? f) =>
        f is null ? RecordingForwarding.None : new(f.To.Clean(), f.At, f.How.Clean(), f.Acknowledgement.Clean());

    public static ExpertAttestation ToExpert(this ExpertInput? e) =>
        e is null ? ExpertAttestation.None : new(e.Name.Clean(), e.Parentage.Clean(), e.Designation.Clean(), e.EmployedAt.Clean(), e.SignedAt);

    /// <summary>The reasons of the search are those of a case diary entry of the station (404-free: an unknown entry is 422, the field named).</summary>
    public static async Task ReferReasonsAsync(this CyberCaseDbContext db, Raid raid, Guid entryId, ICurrentOfficer officer, CancellationToken ct)
    {
        var entry = await db.CaseDiaryEntries.AsNoTracking().Where(e => e.Id == entryId && e.StationId == officer.StationId)
            .Select(e => new { e.FirId, e.WrittenAt }).SingleOrDefaultAsync(ct)
            ?? throw new DomainException("Raid.UnknownDiaryEntry", "No such case diary entry at this station.",
                RuleKind.Unprocessable, "reasonsDiaryEntryId");
        raid.ReferReasonsTo(entryId, entry.FirId, entry.WrittenAt);
    }

    /// <summary>The team records the search; the SHO, who plans it and answers for it, may complete its record too.</summary>
    public static void EnsureMayRecord(this Raid raid, ICurrentOfficer officer)
    {
        if (!raid.IsInTeam(officer.Id) && !officer.IsInRole(Domain.Officers.Roles.StationHouseOfficer))
        {
            throw new ForbiddenException("Only the SHO and the members of the raiding team record the search.");
        }
    }
}
