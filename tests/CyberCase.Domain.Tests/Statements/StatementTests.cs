using CyberCase.Domain.Common;
using CyberCase.Domain.Statements;

namespace CyberCase.Domain.Tests.Statements;

public sealed class StatementTests
{
    [Test]
    public void The_provision_follows_the_FIRs_registration_either_side_of_midnight_IST_on_1_July_2024()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Statement.Provision(Ist.NewCriminalLawsCommencement.AddTicks(-1)), Is.EqualTo("CrPC 161"));
            Assert.That(Statement.Provision(Ist.NewCriminalLawsCommencement), Is.EqualTo("BNSS 180"));
            // 30 June 2024 20:00 UTC is already 1 July in IST.
            Assert.That(Statement.Provision(new DateTimeOffset(2024, 6, 30, 20, 0, 0, TimeSpan.Zero)), Is.EqualTo("BNSS 180"));
        });
    }

    [TestCase("video/mp4", true)]
    [TestCase("video/quicktime", true)]
    [TestCase("audio/mpeg", true)]
    [TestCase("image/png", false)]
    [TestCase("application/pdf", false)]
    [TestCase("application/octet-stream", false)]
    public void A_recording_is_audio_or_video(string mediaType, bool recording) =>
        Assert.That(Statement.IsAudioVideo(mediaType), Is.EqualTo(recording));
}
