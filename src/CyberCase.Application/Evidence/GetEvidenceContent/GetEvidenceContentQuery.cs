using CyberCase.Application.Common;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;
using CyberCase.Domain.Officers;
using Mediator;

namespace CyberCase.Application.Evidence.GetEvidenceContent;

/// <summary>
/// The stored bytes of an evidence file, checked against the recorded hash before any of them is sent. Every copy
/// served is recorded in the audit trail (who, which file, which hash); so is a copy refused because it no longer
/// matches.
/// </summary>
[AllowedRoles(Roles.InvestigatingOfficer, Roles.StationHouseOfficer, Roles.Prosecutor, Roles.MalkhanaInCharge, Roles.Admin)]
[KeepsRecordWhenRefused]
public sealed record GetEvidenceContentQuery(Guid Id) : IQuery<EvidenceContent>;

/// <summary>Verified content, positioned at its start. The caller disposes <see cref="Content"/>.</summary>
public sealed record EvidenceContent(Stream Content, string MediaType, string FileName, string Sha256, long Size);

public sealed class GetEvidenceContentHandler(CyberCaseDbContext db, ICurrentOfficer officer, IEvidenceStore store, AuditScope audit)
    : IQueryHandler<GetEvidenceContentQuery, EvidenceContent>
{
    public async ValueTask<EvidenceContent> Handle(GetEvidenceContentQuery query, CancellationToken ct)
    {
        var file = await db.FindOwnEvidenceAsync(query.Id, officer, ct);

        // Hash and serve the same open file, so what was checked is what is sent.
        var content = await store.OpenReadAsync(file.StorageKey, ct);
        string? actual = null;
        try
        {
            if (content is not null)
            {
                actual = await StreamedSha256.OfAsync(content, ct);
                if (actual == file.Sha256)
                {
                    if (content.CanSeek)
                    {
                        content.Seek(0, SeekOrigin.Begin);
                    }
                    else
                    {
                        await content.DisposeAsync();
                        content = await store.OpenReadAsync(file.StorageKey, ct)
                            ?? throw new InvalidOperationException("The evidence disappeared while it was being read.");
                    }

                    // Who took a copy of the evidence, and of which bytes, is part of its record.
                    audit.Record(new AuditEvent("DownloadEvidence", nameof(EvidenceFile), file.Id.ToString(),
                        new { firId = file.FirId, fileName = file.OriginalFileName, sha256 = file.Sha256, size = file.Size }));
                    return new EvidenceContent(content, file.MediaType, file.OriginalFileName, file.Sha256, file.Size);
                }
            }
        }
        catch
        {
            if (content is not null)
            {
                await content.DisposeAsync();
            }

            throw;
        }

        if (content is not null)
        {
            await content.DisposeAsync();
        }

        audit.RecordFailure(file, actual, "Download");
        throw new DomainException(EvidenceIntegrity.FailureCode,
            "The stored file no longer matches the SHA-256 recorded when it was uploaded. It is not served; the " +
            "mismatch has been recorded in the audit trail. Report it to the SHO.");
    }
}
