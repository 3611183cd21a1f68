using CyberCase.Domain.Scrutiny;
using CyberCase.Domain.Scrutiny.Rules;

namespace CyberCase.Domain.Tests.Scrutiny;

public sealed class ElectronicRecordCertificateRuleTests
{
    [Test]
    public void A_signed_certificate_is_clean()
    {
        Assert.That(RuleCheck.Of<ElectronicRecordCertificateRule>(new ScrutinyCase { WithImage = true }), Is.Empty);
        Assert.That(RuleCheck.Of<ElectronicRecordCertificateRule>(new ScrutinyCase { WithImage = true, PartASigned = false }), Is.Empty,
            "under the Evidence Act the examiner's 65B(4) certificate is the whole certificate");
    }

    [Test]
    public void An_image_relied_on_without_its_certificate_is_blocking()
    {
        var old = RuleCheck.Of<ElectronicRecordCertificateRule>(new ScrutinyCase { WithImage = true, ExaminerSigned = false }).Single();
        Assert.That((old.Code, old.Provision), Is.EqualTo(("Evidence.NoCertificate", "IEA 65B(4)")));
        var @new = RuleCheck.Of<ElectronicRecordCertificateRule>(new ScrutinyCase { NewRegime = true, WithImage = true, PartASigned = false }).Single();
        Assert.That((@new.Code, @new.Provision), Is.EqualTo(("Evidence.NoCertificate", "BSA 63(4)(c)")));
    }
}

public sealed class CertificatePartBRuleTests
{
    [Test]
    public void Both_parts_or_the_old_regime_are_clean()
    {
        Assert.That(RuleCheck.Of<CertificatePartBRule>(new ScrutinyCase { NewRegime = true, WithImage = true }), Is.Empty);
        Assert.That(RuleCheck.Of<CertificatePartBRule>(new ScrutinyCase { WithImage = true, ExaminerSigned = false }), Is.Empty, "65B(4) has no Part B");
    }

    [Test]
    public void A_new_regime_certificate_without_part_b_is_blocking() =>
        Assert.That(RuleCheck.Of<CertificatePartBRule>(new ScrutinyCase { NewRegime = true, WithImage = true, ExaminerSigned = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Certificate.NoPartB").And.Property(nameof(Finding.Provision)).EqualTo("BSA 63(4)(c)"));
}

public sealed class SearchReasonsInDiaryTests
{
    [Test]
    public void Reasons_only_on_the_raid_are_a_warning() =>
        Assert.That(RuleCheck.Of<SearchReasonsRecordedRule>(new ScrutinyCase { ReasonsInDiary = false }).Single(),
            Has.Property(nameof(Finding.Code)).EqualTo("Search.ReasonsNotInDiary").And.Property(nameof(Finding.Severity)).EqualTo(Severity.Warning));
}
