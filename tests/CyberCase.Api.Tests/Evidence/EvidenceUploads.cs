using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;

namespace CyberCase.Api.Tests.Evidence;

/// <summary>Builds multipart uploads and looks at the evidence folder the way an examiner would.</summary>
internal static class EvidenceUploads
{
    public static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Unique bytes that open like a PNG (type detection reads the signature only).</summary>
    public static byte[] Png(int size = 10_000)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        PngSignature.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>Unique bytes that open like an MP4 (an ISO base media "ftyp" box), detected as video/mp4.</summary>
    public static byte[] Mp4()
    {
        var bytes = Png();
        byte[] head = [0, 0, 0, 0x20, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>The form in the order given: text fields, then the file (claiming whatever type the client likes).</summary>
    public static MultipartFormDataContent Form(string? ownerType, object? ownerId, HttpContent? file, string fileName = "photo.png",
        string? description = null)
    {
        var form = new MultipartFormDataContent();
        if (ownerType is not null)
        {
            form.Add(new StringContent(ownerType), "ownerType");
        }

        if (ownerId is not null)
        {
            form.Add(new StringContent(ownerId.ToString()!), "ownerId");
        }

        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        if (file is not null)
        {
            form.Add(file, "file", fileName);
        }

        return form;
    }

    public static ByteArrayContent Bytes(byte[] bytes, string claimedType = "application/octet-stream")
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(claimedType);
        return content;
    }

    public static Task<HttpResponseMessage> Upload(this HttpClient client, Guid firId, byte[] bytes, string fileName = "photo.png",
        string? description = null) =>
        client.PostAsync("/api/evidence", Form("Fir", firId, Bytes(bytes), fileName, description));

    public static async Task<Guid> NewFir(this CyberCaseApp app)
    {
        var io = await app.ClientFor(Demo.IoKashmir);
        var fir = await (await io.PostAsJsonAsync("/api/firs", Demo.NewFirBody())).ShouldBe(HttpStatusCode.Created);
        return fir.GetProperty("id").GetGuid();
    }

    public static string EvidenceRoot(this CyberCaseApp app) => Path.Combine(app.DataDirectory, "evidence");

    /// <summary>Every file under the evidence folder, staging included.</summary>
    public static HashSet<string> EvidenceFiles(this CyberCaseApp app) =>
        Directory.Exists(app.EvidenceRoot())
            ? Directory.EnumerateFiles(app.EvidenceRoot(), "*", SearchOption.AllDirectories).ToHashSet()
            : [];

    public static string StoredPath(this CyberCaseApp app, string sha256) =>
        Path.Combine(app.EvidenceRoot(), sha256[..2], sha256[2..4], sha256);

}
