using System.Globalization;
using CyberCase.Application.CaseFiles;
using CyberCase.Domain.Law;
using CyberCase.Infrastructure.CaseFiles.Layout;

namespace CyberCase.Infrastructure.CaseFiles.Documents;

/// <summary>
/// The FIR in the order of the Integrated Investigation Form I (IIF-I), every item of legal-forms.md, under the
/// provisions of the case's regime (CrPC 154 / 157 before 1 July 2024, BNSS 173 / 176(1) after). The sections printed
/// are the law charged: a pre-2024 FIR shows its IPC sections only, never a "now under BNS" column. What the record
/// does not hold is a blank line marked for completion; the two signatures are lines to be signed.
/// </summary>
internal sealed class FirDocument(FirContent fir) : IBundleDocument
{
    private readonly Regime _regime = Regime.ForFir(fir.RegisteredAt);

    public string Title => $"First Information Report No. {fir.Number}";

    public void Compose(PageComposer page)
    {
        page.Compose(new SectionHeading($"FIRST INFORMATION REPORT\n(under {_regime.CiteInFull(Provision.Fir)})"));
        ComposeParticulars(page);
        ComposeSections(page);
        ComposeOccurrenceAndInformant(page);
        ComposeAccusedAndProperty(page);
        ComposeNarrative(page);
        ComposeActionAndSignatures(page);
        ComposeStatements(page);
    }

    private FirFormContent? Form => fir.Form;

    private void ComposeParticulars(PageComposer page) =>
        page.Compose(new KeyValueTable(
        [
            ("1. District", Form?.District),
            ("Police station", Form?.PoliceStation),
            ("Year", Form?.Year.ToString(CultureInfo.InvariantCulture)),
            ("FIR number", fir.Number),
            ("Date and time of FIR", Print.DateTime(fir.RegisteredAt)),
            ("General Diary entry (FIR)", Print.OrBlank(fir.GdEntryNumber)),
        ]));

    private void ComposeSections(PageComposer page)
    {
        page.Compose(new SectionHeading("2. Acts and sections", Typography.Heading, Align.Left));
        page.Compose(new GridTable(
            [new("Act and section", 0.3f), new("Offence", 0.7f)],
            fir.Sections.Select(s => new GridRow([s.Section, s.Title])).ToList()));
    }

    private void ComposeOccurrenceAndInformant(PageComposer page)
    {
        page.Compose(new KeyValueTable(
        [
            ("3. (a) Occurrence of offence", $"{Day(fir.OccurredFrom)} to {Day(fir.OccurredTo)}"),
            ("(b) Information received at the police station", Print.OrBlank(Form?.InformationReceivedAt)),
            ("(c) General Diary reference of the information", Print.OrBlank(Form?.InformationGdReference)),
            ("4. Type of information", fir.InformationType),
            ("5. Place of occurrence: (a) direction and distance from the police station", Print.OrBlank(Form?.DirectionAndDistance)),
            ("Beat number", Print.OrBlank(Form?.BeatNumber)),
            ("(b) Address", fir.PlaceOfOccurrence),
            ("6. Complainant / informant: (a) name", Print.Lines(new[] { fir.InformantName, Form?.InformantNameInScript }.OfType<string>())),
            ("(b) Father's / husband's name", Print.OrBlank(fir.InformantParentage)),
            ("(c) Date or year of birth", Print.OrBlank(Form?.InformantBirth)),
            ("(d) Nationality", Print.OrBlank(fir.InformantNationality)),
            // Asked of a foreigner only: an Indian informant's blank is not a gap.
            ("(e) Passport no., date and place of issue", Form?.InformantPassport
                ?? (IsIndian(fir.InformantNationality) ? "Not applicable (Indian national)" : Print.ToComplete)),
            ("(f) Occupation", Print.OrBlank(Form?.InformantOccupation)),
            ("(g) Address", Print.OrBlank(fir.InformantAddress)),
            ("(h) Phone", Print.OrBlank(fir.InformantPhone)),
        ]));
    }

    private void ComposeAccusedAndProperty(PageComposer page)
    {
        var accused = Form?.AccusedParticulars is { Count: > 0 } list ? Print.Lines(list) : Print.ToComplete;
        page.Compose(new KeyValueTable(
        [
            ("7. Known / suspected / unknown accused with particulars", accused),
            ("8. Reasons for delay in reporting by the complainant / informant", Print.OrBlank(Form?.DelayReason)),
            ("9. Particulars of properties involved", Print.OrBlank(Form?.PropertiesInvolved)),
            ("10. Total value of properties involved", Print.OrBlank(Form?.PropertiesValue)),
            ("11. Inquest report / U.D. case no., if any", null),
        ]));
    }

    private void ComposeNarrative(PageComposer page)
    {
        page.Compose(new SectionHeading("12. First information contents", Typography.Heading, Align.Left));
        page.Compose(new Paragraph(fir.Narrative));
        if (Form?.NarrativeInScript is { } script)
        {
            page.Compose(new SectionHeading("The information in the informant's words", Typography.Heading, Align.Left));
            page.Compose(new Paragraph(script));
        }
    }

    private void ComposeActionAndSignatures(PageComposer page)
    {
        page.Compose(new KeyValueTable(
        [
            ("13. Action taken", Form?.ActionTaken),
            ("Investigating officer (name, rank)", Print.OrBlank(fir.InvestigatingOfficer)),
            ("Investigating officer's number", Print.ToComplete),
            ("Status", fir.Status),
            ($"15. Date and time of dispatch to the court ({_regime.CiteInFull(Provision.FirSentToMagistrate)})",
                Form?.DispatchedToMagistrateAt is { } sent
                    ? Print.DateTime(sent) + (Form.DispatchedToMagistrateHow is { } how ? "; " + how : "")
                    : Print.ToComplete),
        ]));

        // The new law lets information be given electronically if the informant signs it within three days.
        var informant = Form?.ElectronicInformation == true && !_regime.IsOld
            ? "14. Signature / thumb impression of the complainant / informant (information given electronically: to be signed within three days)"
            : "14. Signature / thumb impression of the complainant / informant";
        page.Compose(new SignatureLines(
        [
            ("Signature of the officer in charge of the police station", Form?.OfficerInCharge ?? "name and rank " + Print.ToComplete),
            (informant, fir.InformantName),
        ]));
    }

    private void ComposeStatements(PageComposer page)
    {
        if (fir.SupplementaryStatements.Count == 0)
        {
            return;
        }

        page.Compose(new SectionHeading("Supplementary statements", Typography.Heading, Align.Left));
        foreach (var s in fir.SupplementaryStatements)
        {
            page.Compose(new Paragraph($"{Print.DateTime(s.RecordedAt)}, recorded by {s.RecordedBy}:", Typography.Heading));
            page.Compose(new Paragraph(s.Text));
        }
    }

    /// <summary>"Thursday 01/10/2020 00:00 IST": the form asks for the day as well as the date and time.</summary>
    private static string Day(DateTimeOffset at) =>
        at.ToOffset(Domain.Common.Ist.Offset).DayOfWeek.ToString() + " " + Print.DateTime(at);

    private static bool IsIndian(string? nationality) =>
        nationality is not null && nationality.Trim().Equals("Indian", StringComparison.OrdinalIgnoreCase);
}
