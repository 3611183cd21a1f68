using QRCoder;

namespace CyberCase.Api.Web;

/// <summary>QR codes drawn on the server (QRCoder) as PNG data URIs: no script, nothing fetched from elsewhere.</summary>
public static class QrCodes
{
    public static string PngDataUri(string text, int pixelsPerModule = 6)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(pixelsPerModule));
    }
}
