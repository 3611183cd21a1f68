namespace CyberCase.Application.Complaints;

public enum ImportRowOutcome
{
    /// <summary>Will be added (was added).</summary>
    New,
    /// <summary>The acknowledgement number is already registered at the station: left as it is.</summary>
    AlreadyRegistered,
    /// <summary>Has errors: the file cannot be imported until they are corrected.</summary>
    Invalid,
}

public sealed record ImportRowView(int Line, string? AckNumber, string? ComplainantName, DateTimeOffset? ReceivedAt, decimal? AmountReported,
    string? Currency, ImportRowOutcome Outcome, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>What an import would do, row by row; nothing is written. Confirm with the same file and its <c>sha256</c>.</summary>
public sealed record ImportPreview(string Sha256, bool AlreadyImported, int New, int AlreadyRegistered, int Invalid,
    IReadOnlyList<ImportRowView> Rows);

public sealed record ImportResult(Guid? ImportId, string Sha256, bool AlreadyImported, int Added, int AlreadyRegistered);

/// <summary>An upload larger than the import allows (413).</summary>
public sealed class ImportTooLargeException(long limit)
    : Exception($"An NCRP export is at most {limit / (1024 * 1024)} MiB; split a larger one.")
{
    public string Code => "Import.TooLarge";
}
