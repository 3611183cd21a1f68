using System.Net;
using CyberCase.Api.Tests.Infrastructure;
using CyberCase.Api.Tests.Investigation;
using UglyToad.PdfPig;

namespace CyberCase.Api.Tests.Money;

/// <summary>The founding case's bundle carries its victims and money trail, read back from the PDF as a court would.</summary>
public sealed class MoneyTrailBundleTests : ApiTest
{
    [Test]
    public async Task The_bundle_has_the_victims_the_transactions_the_frozen_accounts_the_totals_and_a_vector_drawing_of_the_trail()
    {
        var prosecutor = await App.ClientFor(Demo.ProsecutorKashmir);
        var bundle = await (await prosecutor.PostAsync($"/api/firs/{Demo.FoundingFirId}/case-bundle", null)).ShouldBe(HttpStatusCode.Created);
        var pdf = await (await prosecutor.GetAsync($"/api/case-bundles/{bundle.Id()}/content")).Content.ReadAsByteArrayAsync();
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var start = pages.FindIndex(p => p.Text.Contains("VICTIMS AND MONEY TRAIL", StringComparison.Ordinal));
        Assert.That(start, Is.GreaterThan(0), "the section is in the bundle");
        var index = string.Concat(pages.Take(start).Select(p => p.Text));
        Assert.That(index, Does.Contain("Victims and money trail"), "and in the index");

        var section = string.Concat(pages.Skip(start).TakeWhile((p, i) => i == 0 || !p.Text.Contains("CERTIFICATE", StringComparison.Ordinal)).Select(p => p.Text));
        Assert.That(section, Does.Contain("Margaret Ellen Collins").And.Contain("Sylvie Tremblay").And.Contain("French (interpreter needed)"));
        Assert.That(section, Does.Contain("USD 1,500.00").And.Contain("AUD 3,000.00"), "amounts lost, in their own currency");
        Assert.That(section, Does.Contain("SWIFT BARCGB22-210111-7781").And.Contain("Gift card").And.Contain("NEFT"), "the transactions");
        Assert.That(section, Does.Contain("Debit freeze requested on 13/01/2021").And.Contain("held INR 345,000.00"));
        Assert.That(section, Does.Contain("Paid by the victims: AUD 3,000.00; CAD 1,200.00; GBP 2,400.00; USD 1,500.00"), "never summed across currencies");
        Assert.That(section, Does.Not.Contain("BNSS").And.Not.Contain("107"), "a 2021 case cites no BNSS provision");

        // The drawing: the boxes' labels are text on the page, the boxes and arrows are lines, and there is no picture.
        var drawing = pages.Skip(start).First(p => p.Text.Contains("The trail", StringComparison.Ordinal));
        Assert.That(drawing.Text, Does.Contain("V1 Margaret Ellen Collins").And.Contain("(cash-out)"));
        Assert.That(drawing.GetImages(), Is.Empty);
        Assert.That(drawing.Paths.Count, Is.GreaterThan(20), "boxes and arrows are vector paths");
    }
}
