using System.Diagnostics;

namespace CyberCase.Api.Tests.CaseFiles;

/// <summary>Runs the command-line PDF checks anyone can run on a bundle (qpdf, poppler-utils); CI installs them.</summary>
public static class PdfTools
{
    public static (int ExitCode, string Output) Run(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore($"{tool} is not installed here (CI installs qpdf and poppler-utils).");
            throw;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
    }

    /// <summary>
    /// The bookmarks of the index rows, in order: the top-level ones, and under an index heading (certificates,
    /// annexures ...) its rows; the headings nested inside a document are not rows.
    /// </summary>
    public static List<(string Title, int Page)> IndexRowBookmarks(UglyToad.PdfPig.Outline.Bookmarks bookmarks) =>
        bookmarks.Roots
            .SelectMany(n => CyberCase.Application.CaseFiles.IndexGroups.All.Contains(n.Title) ? n.Children : [n])
            .OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().Select(n => (n.Title, n.PageNumber)).ToList();

    /// <summary>
    /// Text read back without its line breaks and spacing, and with a hash that wrapped at its middle joined again,
    /// so a test can look for a whole identifier, name or hash however the page laid it out.
    /// </summary>
    public static string Squeeze(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c))).Replace(CyberCase.Infrastructure.CaseFiles.Layout.TextEngine.HashContinuation, "", StringComparison.Ordinal);

    public static string WriteTemp(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cybercase-bundle-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }
}
