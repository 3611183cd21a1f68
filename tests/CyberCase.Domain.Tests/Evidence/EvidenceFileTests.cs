using CyberCase.Domain.Common;
using CyberCase.Domain.Evidence;

namespace CyberCase.Domain.Tests.Evidence;

public sealed class EvidenceFileTests
{
    private static readonly DateTimeOffset At = new(2025, 3, 18, 11, 5, 0, Ist.Offset);
    private const string Hash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static EvidenceFile NewFile(string sha256 = Hash, long size = 10) =>
        EvidenceFile.Record(Guid.NewGuid(), Guid.NewGuid(), EvidenceOwnerType.Fir, Guid.NewGuid(), Guid.NewGuid(),
            "memo.pdf", size, EvidenceMediaType.Pdf, sha256, sha256, "  scanned memo  ", Guid.NewGuid(), At);

    [Test]
    public void A_withdrawn_file_keeps_its_record_with_the_reason_and_who_and_when()
    {
        var file = NewFile();
        var by = Guid.NewGuid();
        file.Withdraw(" attached to the wrong FIR ", by, At.AddHours(1));
        Assert.That(file.IsWithdrawn, Is.True);
        Assert.That(file.WithdrawalReason, Is.EqualTo("attached to the wrong FIR"));
        Assert.That(file.WithdrawnBy, Is.EqualTo(by));
        Assert.That(file.Sha256, Is.EqualTo(Hash));
        Assert.That(file.Description, Is.EqualTo("scanned memo"));
    }

    [Test]
    public void A_file_is_withdrawn_once_and_only_with_a_reason()
    {
        var file = NewFile();
        var noReason = Assert.Throws<DomainException>(() => file.Withdraw(" ", Guid.NewGuid(), At))!;
        Assert.That(noReason.Code, Is.EqualTo("Evidence.WithdrawalReasonRequired"));
        file.Withdraw("duplicate", Guid.NewGuid(), At);
        var twice = Assert.Throws<DomainException>(() => file.Withdraw("again", Guid.NewGuid(), At))!;
        Assert.That(twice.Code, Is.EqualTo("Evidence.AlreadyWithdrawn"));
        Assert.That(file.WithdrawalReason, Is.EqualTo("duplicate"));
    }

    [TestCase("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855", Description = "upper case")]
    [TestCase("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", Description = "63 digits")]
    [TestCase("not-a-hash")]
    public void The_hash_must_be_64_lowercase_hex_digits(string sha256)
    {
        var e = Assert.Throws<DomainException>(() => NewFile(sha256))!;
        Assert.That(e.Code, Is.EqualTo("Evidence.InvalidHash"));
    }

    [Test]
    public void An_empty_file_is_not_evidence() =>
        Assert.That(Assert.Throws<DomainException>(() => NewFile(size: 0))!.Code, Is.EqualTo("Evidence.Empty"));
}
