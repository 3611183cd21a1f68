using CyberCase.Application.Common;
using CyberCase.Application.Evidence.Owners;
using CyberCase.Application.Evidence.UploadEvidence;
using CyberCase.Domain.Officers;
using FluentValidation;
using Mediator;

namespace CyberCase.Application.Evidence.CheckEvidenceUpload;

/// <summary>
/// May this officer attach a file to this record? Asked before a byte of the file is received: by the multipart
/// upload once its text fields are read, by a resumable upload when it is created. The same roles, field rules and
/// owner lookup as <see cref="UploadEvidenceCommand"/>, which asks again when the file has arrived.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.MalkhanaInCharge)]
public sealed record CheckEvidenceUploadQuery(string? OwnerType, string? OwnerId, string? Description, string? FileName,
    bool FileAttached) : IQuery<EvidenceOwner>;

public sealed class CheckEvidenceUploadValidator : AbstractValidator<CheckEvidenceUploadQuery>
{
    public CheckEvidenceUploadValidator()
    {
        UploadEvidenceValidator.FieldRules(this, c => c.OwnerType, c => c.OwnerId, c => c.Description);
        RuleFor(c => c.FileAttached).Equal(true).OverridePropertyName("File")
            .WithMessage("Attach the file as the form field 'file', after ownerType, ownerId and description.");
        UploadEvidenceValidator.FileNameRule(this, c => c.FileName).When(c => c.FileAttached);
    }
}

public sealed class CheckEvidenceUploadHandler(ICurrentOfficer officer, EvidenceOwners owners)
    : IQueryHandler<CheckEvidenceUploadQuery, EvidenceOwner>
{
    public async ValueTask<EvidenceOwner> Handle(CheckEvidenceUploadQuery query, CancellationToken ct) =>
        await owners.FindForUploadAsync(query.OwnerType, query.OwnerId, officer, ct);
}
