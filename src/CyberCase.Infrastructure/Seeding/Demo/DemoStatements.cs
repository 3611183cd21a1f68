using CyberCase.Domain.Statements;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// Statements of the founding case (CrPC 161: the FIR is of January 2021): two independent witnesses of the searches
/// and the bank officer who froze the receiving account. Names are invented, like the rest of the scenario.
/// </summary>
public static class DemoStatements
{
    public static Guid StatementId(int n) => DeterministicGuid.From($"statement:CPS-KZ:02/2021:{n}");

    private static DateTimeOffset Ist(int m, int d, int h, int min) => new(2021, m, d, h, min, 0, Domain.Common.Ist.Offset);

    public static List<Statement> All(DateTimeOffset firRegisteredAt, DateTimeOffset now)
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var fir = DemoFirs.FoundingFirId;
        var io = DemoOfficers.IoKashmir.Id;
        var io2 = DemoOfficers.Io2Kashmir.Id;
        return
        [
            Statement.Record(StatementId(1), kz, fir, firRegisteredAt, "Mohammad Ramzan Dar", "محمد رمضان ڈار", StatementPersonRole.Witness,
                "S/o Ghulam Mohammad Dar", "Rangreth, Srinagar", "+919419055611", Ist(1, 14, 11, 0), "Police Station Cyber Kashmir Zone, Srinagar",
                "Kashmiri", io,
                "The search of Skyline Tech Solutions, Rangreth, on 13 January 2021: the eight persons found at work, the seizure of the desktops, headsets, phones and router, and his signature on the seizure memo.",
                "Stated that on 13 January 2021 at about 10 in the morning he was asked by the police to accompany them to the first floor of Ahad Complex, Rangreth, where he saw about twenty computers with headsets and eight young men at work. The police seized the computers, headsets, mobile phones and a router in his presence, sealed them and prepared a memo, which he signed after it was read over to him.",
                null, null, io, now),
            Statement.Record(StatementId(2), kz, fir, firRegisteredAt, "Ghulam Mohi ud Din Sofi", "غلام محی الدین صوفی", StatementPersonRole.Witness,
                "S/o Ali Mohammad Sofi", "Rangreth, Srinagar", null, Ist(1, 14, 12, 15), "Police Station Cyber Kashmir Zone, Srinagar",
                "Urdu", io2,
                "The search of Nexgen Support Services, Rangreth, on 13 January 2021: the seven persons arrested and the calling scripts shown on the systems.",
                "Stated that he was present when the police searched Building 14 near Rangreth Chowk on 13 January 2021. Seven persons were working on computers at night-shift desks; the police showed him scripts on the screens in which callers posed as software company staff. He signed the seizure memo.",
                null, null, io2, now),
            Statement.Record(StatementId(3), kz, fir, firRegisteredAt, "Rafiq Ahmad Bhat", null, StatementPersonRole.Other,
                "S/o Ghulam Qadir Bhat", "Branch Manager, The Jammu and Kashmir Bank, Natipora, Srinagar", null, Ist(1, 21, 11, 0),
                "The Jammu and Kashmir Bank, Natipora branch", "English", io,
                "The account of Tanveer Ahmad Mir (A21) at the Natipora branch: wire transfers from abroad and the debit freeze of 20 January 2021.",
                "Stated that the account stands in the name of Tanveer Ahmad Mir, opened in 2019, and that from October 2020 it received frequent inward remittances from the USA in small amounts, withdrawn in cash within a day. On the police request of 20 January 2021 a debit freeze was placed on the account. He produced the account statement and the account-opening form.",
                null, null, io, now),
        ];
    }
}
