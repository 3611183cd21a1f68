using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// What a form prints where the records hold nothing yet: a line to write on, marked with what goes there, so that a
/// missing particular is visibly to be completed (and the scrutiny lists it) rather than left out or silently filled.
/// </summary>
internal static class Form
{
    public const string Line = "________________________";

    /// <summary>"________________________ [to be completed: signature of the examiner]".</summary>
    public static string Blank(string what) => $"{Line} [to be completed: {what}]";

    /// <summary>The marker alone, for a narrow table cell where the line itself would not fit.</summary>
    public static string CellBlank(string what) => $"[to be completed: {what}]";

    public static string OrBlank(string? value, string what) => string.IsNullOrWhiteSpace(value) ? Blank(what) : value;

    public static string DateOrBlank(DateTimeOffset? value, string what) => value is { } v ? Print.Date(v) : Blank(what);

    public static string DateTimeOrBlank(DateTimeOffset? value, string what) => value is { } v ? Print.DateTime(v) : Blank(what);

    public static string TimeOrBlank(DateTimeOffset? value, string what) => value is { } v ? Domain.Common.Ist.FormTime(v) : Blank(what);
}

/// <summary>
/// Signature lines: one row per person who signs the form, with the person named and a line to sign on. Only a person
/// can supply a signature, so the line is always blank and marked.
/// </summary>
internal sealed class SignatureLines(IEnumerable<(string Who, string Name)> signers) : IComponent
{
    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading("Signatures", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Signed by", 0.3f), new("Name", 0.34f), new("Signature", 0.36f)],
            signers.Select(s => new GridRow([s.Who, s.Name, Form.Line + "\n[to be signed]"])).ToList()));
    }
}

/// <summary>The audio-video recordings of a search: what each shows, its file and SHA-256, who recorded it, its forwarding.</summary>
internal sealed class RecordingsTable(IReadOnlyList<Application.CaseFiles.RecordingContent> recordings) : IComponent
{
    public void Compose(PageComposer page)
    {
        foreach (var v in recordings)
        {
            page.Compose(new KeyValueTable(
            [
                ("Recording", $"{v.Reference}: {v.Kind}"),
                ("File", v.FileName),
                ("SHA-256", v.Sha256),
                ("Recorded from", Print.DateTime(v.RecordedFrom)),
                ("Duration", Form.OrBlank(v.Duration, "duration")),
                ("Device", Form.OrBlank(v.Device, "device recorded on")),
                ("Recorded by", v.RecordedBy),
                ("Forwarded to the Magistrate", Form.OrBlank(v.ForwardedTo, "Magistrate forwarded to")),
                ("Forwarded on", Form.DateTimeOrBlank(v.ForwardedAt, "date and time of forwarding")),
                ("Forwarded how", Form.OrBlank(v.ForwardedHow, "how forwarded")),
                ("Acknowledgement", Form.OrBlank(v.Acknowledgement, "acknowledgement received")),
            ]));
        }
    }
}
