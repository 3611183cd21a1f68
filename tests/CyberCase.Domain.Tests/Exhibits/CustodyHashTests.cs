using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CyberCase.Domain.Audit;
using CyberCase.Domain.Exhibits;

namespace CyberCase.Domain.Tests.Exhibits;

/// <summary>
/// The holder's register, docket and property numbers came after the custody log: an entry without them hashes exactly
/// as every entry did before (so the chains already stored still verify), and an entry with them has them under the hash.
/// </summary>
public sealed class CustodyHashTests
{
    private static readonly DateTimeOffset At = new(2021, 1, 13, 15, 0, 0, TimeSpan.FromHours(5.5));
    private static readonly Guid Officer = Guid.Parse("0195a000-0000-7000-8000-000000000001");

    private static Exhibit Seized() => Exhibit.Seize(Guid.Parse("0195a000-0000-7000-8000-000000000002"), Guid.NewGuid(), Guid.NewGuid(), null, 1,
        new Exhibit.Identity(ExhibitKind.Other, "SIM box", null, null, null, null, ["490154203237518", "356938035643809"], null, null, null, null,
            "Store room", null, null, null), At, Officer, "SI Mehvish Jan");

    /// <summary>The content hashed before the numbers existed, written out here on purpose: it must never change.</summary>
    private static string LegacyHash(CustodyEvent e)
    {
        var c = CultureInfo.InvariantCulture;
        var content = string.Join('\n', e.ExhibitId.ToString(), e.Sequence.ToString(c), e.At.UtcTicks.ToString(c),
            e.FromKind?.ToString() ?? "", e.FromOfficerId?.ToString() ?? "", e.FromName ?? "",
            e.ToKind.ToString(), e.ToOfficerId?.ToString() ?? "", e.ToName ?? "", e.Purpose, e.SealIntact ? "1" : "0",
            e.HashVerified ?? "", e.HashMatched?.ToString() ?? "", e.RecordedBy.ToString(), e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
    }

    [Test]
    public void An_entry_without_numbers_hashes_as_before_and_one_with_them_does_not()
    {
        var exhibit = Seized();
        var plain = exhibit.Transfer(Guid.NewGuid(), At.AddHours(1), new CustodyHolder(CustodyHolderKind.Malkhana, null, null), "Deposit", true, null,
            Officer, false);
        Assert.That(plain.Hash, Is.EqualTo(LegacyHash(plain)));

        var numbered = exhibit.Transfer(Guid.NewGuid(), At.AddHours(2), new CustodyHolder(CustodyHolderKind.ForensicLab, null, "FSL Srinagar"),
            "Examination", true, null, Officer, true, new HolderReference(null, "FSL/CY/33/2025", null));
        Assert.That(numbered.Hash, Is.Not.EqualTo(LegacyHash(numbered)), "the docket number is hashed");
        Assert.That(CustodyEvent.ChainIsIntact(exhibit.Custody), Is.True);
        Assert.That(exhibit.IsElectronic, Is.True, "kind Other, but it has IMEIs");
        Assert.That(AuditRecord.GenesisHash, Is.EqualTo(exhibit.Custody[0].PreviousHash));
    }

    [Test]
    public void A_number_belongs_to_a_hand_over_to_its_own_kind_of_holder()
    {
        var exhibit = Seized();
        var refused = Assert.Throws<Common.DomainException>(() => exhibit.Transfer(Guid.NewGuid(), At.AddHours(1),
            new CustodyHolder(CustodyHolderKind.Malkhana, null, null), "Deposit", true, null, Officer, false,
            new HolderReference(null, null, "Property 12/2025")))!;
        Assert.That((refused.Code, refused.Field), Is.EqualTo(("Custody.ReferenceOfAnotherHolder", "courtPropertyNumber")));
    }

    [Test]
    public void An_exhibit_of_kind_Other_without_identifiers_is_not_electronic()
    {
        var exhibit = Exhibit.Seize(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), null, 1,
            new Exhibit.Identity(ExhibitKind.Other, "Register of calls", null, null, null, null, [], null, null, null, null, "Desk", null, null, null),
            At, Officer, "SI Mehvish Jan");
        Assert.That(exhibit.IsElectronic, Is.False);
    }
}
