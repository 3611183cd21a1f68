using CyberCase.Domain.Evidence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace CyberCase.Application.Evidence;

/// <summary>
/// Receives a file sent in one request (the multipart upload) into the store's staging area: its first bytes are read
/// and their type checked before anything is written (415 for a type not allowed, 400 for an empty file), then the
/// rest is streamed, hashed and written. The staged file is then recorded by the UploadEvidence command.
/// </summary>
public sealed class EvidenceStaging(IEvidenceStore store, IOptions<EvidenceOptions> options)
{
    public async Task<IStagedEvidence> StageAsync(Stream content, CancellationToken ct)
    {
        var limits = options.Value;
        var head = await ReadHeadAsync(content, ct);
        CheckHead(head.Span, limits);
        return await store.StageAsync(new PrefixedStream(head, content), limits.MaxFileSizeBytes, ct);
    }

    /// <summary>The media type of a file from its first bytes: 400 when there are none, 415 when the type is not allowed.</summary>
    public static string CheckHead(ReadOnlySpan<byte> head, EvidenceOptions limits)
    {
        if (head.Length == 0)
        {
            throw new ValidationException([new ValidationFailure("File", "The file is empty.")]);
        }

        var mediaType = EvidenceMediaType.Detect(head);
        return limits.IsAllowed(mediaType) ? mediaType : throw new EvidenceMediaTypeNotAllowedException(mediaType);
    }

    /// <summary>The first bytes of the file, enough to tell its type, read before anything is written anywhere.</summary>
    private static async Task<ReadOnlyMemory<byte>> ReadHeadAsync(Stream content, CancellationToken ct)
    {
        var head = new byte[EvidenceMediaType.HeadLength];
        var filled = 0;
        try
        {
            int read;
            while (filled < head.Length && (read = await content.ReadAsync(head.AsMemory(filled), ct)) > 0)
            {
                filled += read;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new EvidenceUploadIncompleteException("The upload broke off before the file was received.", e);
        }

        return head.AsMemory(0, filled);
    }
}
