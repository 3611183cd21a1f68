using System.Text.RegularExpressions;
using CyberCase.Domain.Evidence;

namespace CyberCase.Domain.Scrutiny.Rules;

/// <summary>
/// A placeholder, demo or sample file annexed to a case: the court copy would carry a document that is not the
/// record it stands for. Told from the file's name and description (the words an officer or a generator leaves on
/// a stand-in), not from its bytes.
/// </summary>
public sealed partial class PlaceholderDocumentRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        c.EvidenceFiles.Where(f => !f.IsWithdrawn && (Placeholder().IsMatch(f.OriginalFileName) || Placeholder().IsMatch(f.Description ?? "")))
            .Select(f => new Finding("Document.Placeholder", Severity.Blocking, RecordKind.EvidenceFile, f.Id, f.OriginalFileName, null,
                $"The file \"{f.OriginalFileName}\" ({f.Description ?? "no description"}) is labelled as a placeholder, demo or sample.",
                "Replace it with the record itself (upload the real scan and withdraw this file with a reason)."));

    [GeneratedRegex(@"(?<![a-z])(demo|placeholder|sample|dummy|lorem|test ?file)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();
}

/// <summary>
/// A file presented as a signed original ("signed by the witnesses", "original") with no signature details: who signed
/// and when. The system holds no signature of its own for an uploaded file, so its description must say whose
/// signatures the scan bears ("signed by Mohammad Ramzan Dar and Abdul Hamid Wani on 13/01/2021"), or the file is
/// labelled for what it is: a transcript or typed copy.
/// </summary>
public sealed partial class SignedOriginalWithoutDetailsRule : IScrutinyRule
{
    public IEnumerable<Finding> Check(CaseRecords c) =>
        c.EvidenceFiles.Where(f => !f.IsWithdrawn && f.Description is { } d && ClaimsSigned().IsMatch(d) && !Transcript().IsMatch(d)
                && !SignedByName().IsMatch(d))
            .Select(f => new Finding("Document.SignedOriginalWithoutDetails", Severity.Blocking, RecordKind.EvidenceFile, f.Id,
                f.OriginalFileName, null,
                $"\"{f.Description}\" presents the file as a signed original, but names nobody who signed it or when.",
                "Say in the description whose signatures the scan bears and the date, or label it as a transcript or typed copy."));

    [GeneratedRegex(@"\b(signed|original)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimsSigned();

    [GeneratedRegex(@"\b(transcript|typed copy|typed from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Transcript();

    /// <summary>"signed by" followed by a capitalised name (not "the witnesses").</summary>
    [GeneratedRegex(@"signed by (?!the\b|all\b|both\b)\p{Lu}\p{L}+")]
    private static partial Regex SignedByName();
}
