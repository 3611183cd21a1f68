using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Application.Raids;
using CyberCase.Domain.Common;
using CyberCase.Domain.Exhibits;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CyberCase.Application.Exhibits;

/// <summary>
/// How a forensic image was made and by whom (the examiner), and when its certificate was signed: by the examiner
/// (IEA 65B(4); Part B of the BSA Schedule) and, new regime, Part A by the officer producing the record.
/// </summary>
public sealed record ImagingInput(string? ExaminerName, string? ExaminerParentage, string? ExaminerDesignation, string? ExaminerEmployedAt,
    string? Tool, string? ToolVersion, string? Process, string? SourceSha256, DateTimeOffset? ExaminerSignedAt, Guid? PartASignedBy,
    DateTimeOffset? PartASignedAt);

public sealed class ImagingInputValidator : AbstractValidator<ImagingInput>
{
    public ImagingInputValidator()
    {
        RuleFor(i => i.ExaminerName).MaximumLength(ImagingParticulars.TextMaxLength);
        RuleFor(i => i.ExaminerParentage).MaximumLength(ImagingParticulars.TextMaxLength);
        RuleFor(i => i.ExaminerDesignation).MaximumLength(ImagingParticulars.TextMaxLength);
        RuleFor(i => i.ExaminerEmployedAt).MaximumLength(ImagingParticulars.TextMaxLength);
        RuleFor(i => i.Tool).MaximumLength(ImagingParticulars.TextMaxLength);
        RuleFor(i => i.ToolVersion).MaximumLength(ImagingParticulars.TextMaxLength);
        RuleFor(i => i.Process).MaximumLength(ImagingParticulars.ProcessMaxLength);
        RuleFor(i => i.SourceSha256).Matches("^[0-9a-fA-F]{64}$").When(i => i.SourceSha256 is not null)
            .WithMessage("A SHA-256 is 64 hexadecimal digits.");
        RuleFor(i => i.PartASignedAt).Null().When(i => i.PartASignedBy is null)
            .WithMessage("Name the officer who signed Part A (partASignedBy) with its date.");
    }
}

internal static class ImagingInputs
{
    /// <summary>The particulars, with the Part A signer checked to be an officer of the station (422, the field named).</summary>
    public static async Task<ImagingParticulars> ToParticularsAsync(this ImagingInput? i, CyberCaseDbContext db, ICurrentOfficer officer,
        CancellationToken ct)
    {
        if (i is null)
        {
            return ImagingParticulars.None;
        }

        if (i.PartASignedBy is { } signer && !await db.Officers.AnyAsync(o => o.Id == signer && o.StationId == officer.StationId, ct))
        {
            throw new DomainException("Exhibit.SignerNotOfStation", "Part A is signed by an officer of this station.",
                RuleKind.Unprocessable, "imaging.partASignedBy");
        }

        return new ImagingParticulars
        {
            ExaminerName = i.ExaminerName.Clean(),
            ExaminerParentage = i.ExaminerParentage.Clean(),
            ExaminerDesignation = i.ExaminerDesignation.Clean(),
            ExaminerEmployedAt = i.ExaminerEmployedAt.Clean(),
            Tool = i.Tool.Clean(),
            ToolVersion = i.ToolVersion.Clean(),
            Process = i.Process.Clean(),
            SourceSha256 = i.SourceSha256.Clean(),
            ExaminerSignedAt = i.ExaminerSignedAt,
            PartASignedBy = i.PartASignedBy,
            PartASignedAt = i.PartASignedAt,
        };
    }
}
