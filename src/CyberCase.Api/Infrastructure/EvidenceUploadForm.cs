using System.Text;
using CyberCase.Application.Evidence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CyberCase.Api.Infrastructure;

/// <summary>
/// Reads a multipart/form-data upload off the request body as it arrives (MultipartReader, not form binding, which
/// would buffer the whole file): the small text fields first, then stops at the part named "file" and hands over its
/// body stream unread. So the text fields must come before the file, as with browser uploads to object stores; a
/// field after the file is never read.
/// </summary>
public sealed class EvidenceUploadForm
{
    /// <summary>Room in the request body for the part headers and the text fields around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    private const int MaxFieldBytes = 8 * 1024;
    private const int ReadBufferBytes = 64 * 1024;

    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    public string? FileName { get; private set; }

    /// <summary>The body of the file part, not yet read; null when the request has no file part.</summary>
    public Stream? File { get; private set; }

    public string? Field(string name) => _fields.GetValueOrDefault(name);

    public static async Task<EvidenceUploadForm> ReadUntilFileAsync(HttpRequest request, EvidenceOptions limits, CancellationToken ct)
    {
        var maxFileBytes = limits.MaxFileSizeBytes;
        var limit = maxFileBytes + FormOverheadBytes;
        if (request.ContentLength > limit)
        {
            throw new EvidenceTooLargeException(maxFileBytes);
        }

        // Kestrel's default limit (30 MB) would cut off a search video; this endpoint allows up to the evidence limit.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = limit;
        }

        EvidenceUploadConcurrency.ApplyMinimumDataRate(request, limits);

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            throw Invalid("file", "Send the upload as multipart/form-data with the fields ownerType, ownerId, description and file.");
        }

        var form = new EvidenceUploadForm();
        // The file part is read through this buffer: larger than the default 4 KB (fewer calls), and small enough to
        // stay in the core's cache between the two copies through it (docs/performance.md, evidence upload).
        var reader = new MultipartReader(boundary, request.Body, ReadBufferBytes);
        var fieldBytes = 0;
        while (await NextSectionAsync(reader, ct) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (name.Equals("file", StringComparison.OrdinalIgnoreCase))
            {
                form.File = section.Body;
                form.FileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value is { Length: > 0 } star
                    ? star
                    : HeaderUtilities.RemoveQuotes(disposition.FileName).Value;
                break;
            }

            var value = await ReadFieldAsync(section, name, ct);
            fieldBytes += Encoding.UTF8.GetByteCount(value);
            if (fieldBytes > FormOverheadBytes / 2)
            {
                throw Invalid(name, "The form has too much text besides the file.");
            }

            form._fields[name] = value;
        }

        return form;
    }

    private static async Task<MultipartSection?> NextSectionAsync(MultipartReader reader, CancellationToken ct)
    {
        try
        {
            return await reader.ReadNextSectionAsync(ct);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or BadHttpRequestException)
        {
            throw new EvidenceUploadIncompleteException("The multipart body is malformed or broke off.", e);
        }
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, string name, CancellationToken ct)
    {
        var buffer = new byte[MaxFieldBytes + 1];
        var filled = 0;
        try
        {
            int read;
            while (filled < buffer.Length && (read = await section.Body.ReadAsync(buffer.AsMemory(filled), ct)) > 0)
            {
                filled += read;
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or BadHttpRequestException)
        {
            throw new EvidenceUploadIncompleteException("The multipart body is malformed or broke off.", e);
        }

        if (filled > MaxFieldBytes)
        {
            throw Invalid(name, $"The field is longer than {MaxFieldBytes} bytes.");
        }

        return Encoding.UTF8.GetString(buffer, 0, filled);
    }

    private static ValidationException Invalid(string field, string message) =>
        new([new ValidationFailure(field, message)]);
}
