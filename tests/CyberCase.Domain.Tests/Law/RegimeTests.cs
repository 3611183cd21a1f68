using CyberCase.Domain.Law;
using CyberCase.Domain.Statutes;

namespace CyberCase.Domain.Tests.Law;

public class RegimeTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromHours(5.5);

    [Test]
    public void An_fir_registered_before_1_july_2024_is_handled_under_the_crpc_and_the_evidence_act()
    {
        var regime = Regime.ForFir(new DateTimeOffset(2024, 6, 30, 23, 59, 59, Ist));

        Assert.Multiple(() =>
        {
            Assert.That(regime.IsOld, Is.True);
            Assert.That(regime.Cite(Provision.Fir), Is.EqualTo("CrPC 154"));
            Assert.That(regime.CiteInFull(Provision.PoliceReport), Is.EqualTo("section 173(2) CrPC"));
            Assert.That(regime.Cite(Provision.ElectronicRecordCertificate), Is.EqualTo("IEA 65B(4)"));
            Assert.That(regime.EvidenceActName, Is.EqualTo("Indian Evidence Act, 1872"));
        });
    }

    [Test]
    public void An_fir_registered_from_midnight_ist_on_1_july_2024_is_handled_under_the_bnss_and_the_bsa()
    {
        var regime = Regime.ForFir(new DateTimeOffset(2024, 7, 1, 0, 0, 0, Ist));

        Assert.Multiple(() =>
        {
            Assert.That(regime.IsOld, Is.False);
            Assert.That(regime.Cite(Provision.Fir), Is.EqualTo("BNSS 173"));
            Assert.That(regime.Cite(Provision.PoliceReportCustodySequence), Is.EqualTo("BNSS 193(3)(i)"));
            Assert.That(regime.Cite(Provision.ElectronicRecordCertificate), Is.EqualTo("BSA 63(4)(c)"));
        });
    }

    [Test]
    public void Provisions_without_a_crpc_twin_are_absent_in_the_old_regime_and_cannot_be_cited()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Regime.Old.Has(Provision.SearchAudioVideoRecording), Is.False);
            Assert.That(Regime.New.Has(Provision.SearchAudioVideoRecording), Is.True);
            Assert.That(() => Regime.Old.Cite(Provision.VictimInformedOfProgress), Throws.InvalidOperationException);
        });
    }

    [Test]
    public void Every_provision_is_cited_in_the_new_regime()
    {
        foreach (var provision in Enum.GetValues<Provision>())
        {
            Assert.That(Regime.New.Has(provision), Is.True, provision.ToString());
        }
    }

    [Test]
    public void Offences_follow_the_offence_date_not_the_fir()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Regime.SubstantiveLawFor(new DateTimeOffset(2024, 6, 30, 12, 0, 0, Ist)), Is.EqualTo(Act.IPC));
            Assert.That(Regime.SubstantiveLawFor(new DateTimeOffset(2024, 7, 1, 0, 0, 0, Ist)), Is.EqualTo(Act.BNS));
        });
    }
}
