namespace CyberCase.Application.Common;

/// <summary>How free text from a request is kept.</summary>
public static class Input
{
    /// <summary>Trimmed, and null when blank: a blank field is a missing fact (printed for completion), not an empty one.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
