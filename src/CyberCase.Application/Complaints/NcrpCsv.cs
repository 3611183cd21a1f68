using System.Globalization;
using System.Text;
using CyberCase.Domain.Common;
using CyberCase.Domain.Complaints;
using CyberCase.Domain.Money;
using nietras.SeparatedValues;

namespace CyberCase.Application.Complaints;

/// <summary>One row of an NCRP export as read, with its errors per column (JSON field names) when it cannot be imported.</summary>
public sealed record NcrpRow(int Line, string? AckNumber, DateTimeOffset? ReceivedAt, ComplaintChannel Channel, string? ComplainantName,
    string? ComplainantContact, string? ComplainantAddress, string? ComplainantCountry, string? Category, decimal? AmountReported,
    string? Currency, string? TransactionsReported, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Valid => Errors.Count == 0;
}

/// <summary>
/// The NCRP complaint export (CSV, as the portal's "download complaints" gives it to a station; docs/money-trail.md):
/// one complaint per row, a header row naming the columns (any order; unknown columns ignored). Every row is checked
/// here, and the whole file is refused when any row is wrong: an import never leaves half a file behind.
/// </summary>
public static class NcrpCsv
{
    /// <summary>An export of a few thousand complaints is well under a megabyte; more is not an NCRP export.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;
    public const int MaxRows = 5000;

    public const string AckColumn = "Acknowledgement No";
    public const string DateColumn = "Complaint Date";
    public const string NameColumn = "Complainant Name";
    public const string MobileColumn = "Mobile";
    public const string EmailColumn = "Email";
    public const string AddressColumn = "Address";
    public const string CountryColumn = "Country";
    public const string CategoryColumn = "Category";
    public const string SubCategoryColumn = "Sub Category";
    public const string AmountColumn = "Amount Lost";
    public const string CurrencyColumn = "Currency";
    public const string TransactionsColumn = "Transaction Details";
    public const string SourceColumn = "Source";

    private static readonly string[] Required = [AckColumn, DateColumn, NameColumn, CategoryColumn];

    private static readonly string[] DateFormats =
        ["dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy HH:mm", "dd-MM-yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd"];

    /// <summary>Reads every row; a file that is not such a CSV at all (no header, a required column missing) fails as a whole.</summary>
    public static (IReadOnlyList<NcrpRow> Rows, string? FileError) Read(byte[] content)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return ([], "The file is not UTF-8 text.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ([], "The file is empty.");
        }

        try
        {
            using var reader = Sep.New(',').Reader(o => o with { Unescape = true, Trim = SepTrim.All, DisableColCountCheck = true }).FromText(text);
            var header = reader.Header.ColNames.Select(n => n.Trim()).ToList();
            var missing = Required.Where(r => !header.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                return ([], $"The header lacks the column(s) {string.Join(", ", missing.Select(m => $"\"{m}\""))}.");
            }

            int? Index(string name) => header.FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0 ? i : null;
            var columns = new[] { AckColumn, DateColumn, NameColumn, MobileColumn, EmailColumn, AddressColumn, CountryColumn, CategoryColumn,
                SubCategoryColumn, AmountColumn, CurrencyColumn, TransactionsColumn, SourceColumn }.ToDictionary(c => c, Index);
            var rows = new List<NcrpRow>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var row in reader)
            {
                if (rows.Count >= MaxRows)
                {
                    return ([], $"The file has more than {MaxRows} complaints; split it.");
                }

                // A row is a ref struct: its cells are copied out before they are checked.
                var cells = new string?[header.Count];
                for (var i = 0; i < Math.Min(header.Count, row.ColCount); i++)
                {
                    cells[i] = row[i].ToString() is { Length: > 0 } v ? v : null;
                }

                string? Cell(string column) => columns[column] is { } i ? cells[i] : null;
                rows.Add(ReadRow(row.LineNumberFrom, Cell, seen));
            }

            return rows.Count == 0 ? ([], "The file has a header but no complaints.") : (rows, null);
        }
        catch (InvalidDataException e)
        {
            return ([], "The file is not a well-formed CSV: " + e.Message);
        }
    }

    private static NcrpRow ReadRow(int line, Func<string, string?> cell, Dictionary<string, int> seen)
    {
        var errors = new Dictionary<string, List<string>>();
        void Error(string field, string message) => (errors.TryGetValue(field, out var l) ? l : errors[field] = []).Add(message);

        var ack = cell(AckColumn);
        if (ack is null)
        {
            Error("ackNumber", "The acknowledgement number is missing.");
        }
        else if (!ComplaintRules.IsAckNumber(ack))
        {
            Error("ackNumber", "An NCRP acknowledgement number has 14 digits.");
        }
        else if (seen.TryGetValue(ack, out var first))
        {
            Error("ackNumber", $"The same acknowledgement number is on line {first}.");
        }
        else
        {
            seen[ack] = line;
        }

        DateTimeOffset? received = null;
        var date = cell(DateColumn);
        if (date is null)
        {
            Error("receivedAt", "The complaint date is missing.");
        }
        else if (DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) && date.Contains('T', StringComparison.Ordinal))
        {
            received = iso;
        }
        else if (DateTime.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            // The portal writes the station's local time (IST).
            received = new DateTimeOffset(local, Ist.Offset);
        }
        else
        {
            Error("receivedAt", "Write the date as DD-MM-YYYY (with HH:MM:SS when known) or ISO 8601.");
        }

        var name = cell(NameColumn);
        if (name is null)
        {
            Error("complainantName", "The complainant's name is missing.");
        }
        else if (name.Length > Complaint.NameMaxLength)
        {
            Error("complainantName", $"At most {Complaint.NameMaxLength} characters.");
        }

        var category = string.Join(": ", new[] { cell(CategoryColumn), cell(SubCategoryColumn) }.OfType<string>());
        if (cell(CategoryColumn) is null)
        {
            Error("category", "The category is missing.");
        }
        else if (category.Length > Complaint.TextMaxLength)
        {
            Error("category", $"At most {Complaint.TextMaxLength} characters.");
        }

        var currency = cell(CurrencyColumn)?.ToUpperInvariant() ?? "INR";
        decimal? amount = null;
        if (!Currency.IsKnown(currency))
        {
            Error("currency", "Give the ISO 4217 code of the currency (e.g. INR, USD).");
        }

        if (cell(AmountColumn) is { } amountText)
        {
            // Indian grouping ("1,20,000.50") is common in the portal's export.
            if (!decimal.TryParse(amountText.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                    CultureInfo.InvariantCulture, out var value))
            {
                Error("amountReported", "The amount is not a number.");
            }
            else if (value < 0)
            {
                Error("amountReported", "An amount is not negative.");
            }
            else if (Currency.IsKnown(currency) && !Currency.FitsDecimals(value, currency))
            {
                Error("amountReported", $"{currency} amounts have at most {Currency.DecimalsOf(currency)} decimals.");
            }
            else
            {
                amount = value;
            }
        }

        var contact = string.Join(", ", new[] { cell(MobileColumn), cell(EmailColumn) }.OfType<string>());
        if (contact.Length > Complaint.TextMaxLength)
        {
            Error("complainantContact", $"At most {Complaint.TextMaxLength} characters.");
        }

        var address = cell(AddressColumn);
        if (address?.Length > Complaint.AddressMaxLength)
        {
            Error("complainantAddress", $"At most {Complaint.AddressMaxLength} characters.");
        }

        var country = cell(CountryColumn);
        if (country?.Length > Complaint.TextMaxLength)
        {
            Error("complainantCountry", $"At most {Complaint.TextMaxLength} characters.");
        }

        var transactions = cell(TransactionsColumn);
        if (transactions?.Length > Complaint.TransactionsMaxLength)
        {
            Error("transactionsReported", $"At most {Complaint.TransactionsMaxLength} characters.");
        }

        var channel = cell(SourceColumn) is { } source && source.Contains("1930", StringComparison.Ordinal)
            ? ComplaintChannel.Helpline1930
            : ComplaintChannel.Ncrp;
        return new NcrpRow(line, ack, received, channel, name, contact.Length == 0 ? null : contact, address, country,
            category.Length == 0 ? null : category, amount, amount is null ? null : currency, transactions,
            errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
