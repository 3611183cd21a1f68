using CyberCase.Domain.Complaints;
using CyberCase.Domain.Money;
using CyberCase.Domain.Victims;

namespace CyberCase.Infrastructure.Seeding.Demo;

/// <summary>
/// The founding case's victims and money: four victims abroad (USA, UK, Canada, Australia) who paid by gift cards and
/// wire transfers, the receiving accounts layer by layer with their freeze and lien, and the two NCRP complaints that
/// joined the FIR; FIR 14/2025 (BNS era) with its informant-victim, whose money reached the same J&K Bank account.
/// </summary>
public static class DemoMoney
{
    public static Guid VictimId(string firNumber, int n) => DeterministicGuid.From($"victim:CPS-KZ:{firNumber}:{n}");

    public static Guid ComplaintId(int n) => DeterministicGuid.From($"complaint:CPS-KZ:{n}");

    public static Guid GiftCardBrokerId => DemoSeizures.AccountId("02/2021", 4);

    public const string FirstAckNumber = "31601210000123";
    public const string SecondAckNumber = "31601210000457";

    private static DateTimeOffset Ist(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, Domain.Common.Ist.Offset);

    private static Guid Id(string what) => DeterministicGuid.From("money:" + what);

    public sealed record Money(List<Complaint> Complaints, List<Victim> Victims, List<CaseAccount> Accounts,
        List<MoneyTransaction> Transactions, List<AccountStatusEvent> Statuses, List<ProgressCommunication> Communications);

    public static Money Build()
    {
        var kz = ReferenceData.StationId("CPS-KZ");
        var founding = DemoFirs.FoundingFirId;
        var later = DemoFirs.FirId("CPS-KZ", "14/2025");
        var io = DemoOfficers.IoKashmir.Id;
        var io2 = DemoOfficers.Io2Kashmir.Id;

        var complaints = new List<Complaint>
        {
            Complaint.Register(ComplaintId(1), kz, FirstAckNumber, Ist(2021, 1, 15, 21, 10), ComplaintChannel.Ncrp, "Margaret Ellen Collins",
                "m.collins@example.com", "Columbus, Ohio, United States", "United States", "Online Financial Fraud: Tech support fraud",
                1500.00m, "USD", "Three Google Play gift cards of USD 500 each, codes read out to the caller on 8 January 2021.", null, io,
                Ist(2021, 1, 16, 11, 0)),
            Complaint.Register(ComplaintId(2), kz, SecondAckNumber, Ist(2021, 1, 18, 9, 40), ComplaintChannel.Ncrp, "Graham Whitfield",
                "+61 412 555 019", "Geelong, Victoria, Australia", "Australia", "Online Financial Fraud: Tech support fraud",
                3000.00m, "AUD", "Wire transfer of AUD 3,000 on 6 January 2021 to a J&K Bank account for a \"refund fee\".", null, io,
                Ist(2021, 1, 18, 12, 0)),
        };
        foreach (var c in complaints)
        {
            c.JoinFir(founding);
        }

        Victim V(int n, Guid fir, Guid? complaint, string name, Gender gender, int age, string nationality, string? passport, string country,
            string language, bool interpreter, string contact, string address, bool informant, decimal lost, string currency, DateTimeOffset at) =>
            Victim.Record(VictimId(fir == founding ? "02/2021" : "14/2025", n), kz, fir, complaint, name, null, gender, age, nationality,
                passport, country, language, interpreter, contact, address, informant, lost, currency, [], fir == founding ? io : io2, at);

        var victims = new List<Victim>
        {
            V(1, founding, ComplaintId(1), "Margaret Ellen Collins", Gender.Female, 71, "American", "Passport 561204873 (USA)", "United States",
                "English", false, "m.collins@example.com", "Columbus, Ohio, United States", false, 1500.00m, "USD", Ist(2021, 1, 19, 10, 0)),
            V(2, founding, null, "Oliver James Bennett", Gender.Male, 64, "British", "Passport 123456789 (UK)", "United Kingdom",
                "English", false, "+44 7700 900123", "Leeds, West Yorkshire, United Kingdom", false, 2400.00m, "GBP", Ist(2021, 1, 19, 10, 10)),
            V(3, founding, null, "Sylvie Tremblay", Gender.Female, 68, "Canadian", "Passport AB123456 (Canada)", "Canada",
                "French", true, "+1 418 555 0147", "Québec City, Québec, Canada", false, 1200.00m, "CAD", Ist(2021, 1, 19, 10, 20)),
            V(4, founding, ComplaintId(2), "Graham Whitfield", Gender.Male, 59, "Australian", "Passport PA1234567 (Australia)", "Australia",
                "English", false, "+61 412 555 019", "Geelong, Victoria, Australia", false, 3000.00m, "AUD", Ist(2021, 1, 19, 10, 30)),
            V(1, later, null, "Shabir Ahmad Lone", Gender.Male, 46, "Indian", null, "India", "Kashmiri", false, "+919906512345",
                "Bemina, Srinagar", true, 485000.00m, "INR", Ist(2025, 3, 18, 12, 0)),
        };

        // The gift-card broker who bought the victims' card codes and paid the call centre in rupees (layer 1 for gift cards).
        var accounts = new List<CaseAccount>
        {
            CaseAccount.Record(GiftCardBrokerId, kz, founding, AccountKind.Wallet, "gcbroker.srinagar", null, "Paytm Payments Bank",
                "Unknown gift-card broker", "Bought the victims' gift-card codes; paid the call centre in rupees.", io, Ist(2021, 1, 20, 16, 30),
                "Wallet KYC: minimum KYC only, mobile +91700600xxxx"),
        };

        var jk = DemoSeizures.AccountId("02/2021", 1);
        var hdfc = DemoSeizures.AccountId("02/2021", 2);
        var upi = DemoSeizures.AccountId("02/2021", 3);
        MoneyTransaction T(string key, Guid fir, DateTimeOffset at, decimal amount, string currency, PaymentChannel channel, string reference,
            Guid? victim, Guid? from, Guid to, string? notes = null) =>
            MoneyTransaction.Record(Id("tx:" + key), kz, fir, at, amount, currency, channel, reference, victim, from, to, notes,
                fir == founding ? io : io2, fir == founding ? Ist(2021, 1, 21, 12, 0) : Ist(2025, 3, 26, 12, 0));

        var transactions = new List<MoneyTransaction>
        {
            T("gc1", founding, Ist(2021, 1, 8, 22, 5), 500.00m, "USD", PaymentChannel.GiftCard, "Google Play XXXX-XXXX-7311", VictimId("02/2021", 1), null, GiftCardBrokerId),
            T("gc2", founding, Ist(2021, 1, 8, 22, 9), 500.00m, "USD", PaymentChannel.GiftCard, "Google Play XXXX-XXXX-2864", VictimId("02/2021", 1), null, GiftCardBrokerId),
            T("gc3", founding, Ist(2021, 1, 8, 22, 14), 500.00m, "USD", PaymentChannel.GiftCard, "Google Play XXXX-XXXX-9057", VictimId("02/2021", 1), null, GiftCardBrokerId),
            T("gc4", founding, Ist(2021, 1, 10, 20, 30), 1200.00m, "CAD", PaymentChannel.GiftCard, "Apple XXXX-XXXX-4420", VictimId("02/2021", 3), null, GiftCardBrokerId),
            T("wire1", founding, Ist(2021, 1, 6, 6, 15), 3000.00m, "AUD", PaymentChannel.Wire, "SWIFT ANZBAU3M-210106-0042", VictimId("02/2021", 4), null, jk),
            T("wire2", founding, Ist(2021, 1, 11, 15, 45), 2400.00m, "GBP", PaymentChannel.Wire, "SWIFT BARCGB22-210111-7781", VictimId("02/2021", 2), null, jk),
            T("broker", founding, Ist(2021, 1, 11, 18, 0), 142500.00m, "INR", PaymentChannel.Imps, "IMPS 101118452210", null, GiftCardBrokerId, hdfc),
            T("jk-hdfc", founding, Ist(2021, 1, 12, 11, 20), 95000.00m, "INR", PaymentChannel.Neft, "UTR JAKAN21012123456", null, jk, hdfc),
            T("hdfc-upi", founding, Ist(2021, 1, 12, 14, 5), 25000.00m, "INR", PaymentChannel.Upi, "RRN 101214052233", null, hdfc, upi,
                "Moved out the day before the raids; the UPI account was emptied at an ATM."),
            T("later1", later, Ist(2025, 3, 5, 14, 2), 245000.00m, "INR", PaymentChannel.Upi, "RRN 506414223101", VictimId("14/2025", 1), null, DemoSeizures.AccountId("14/2025", 1)),
            T("later2", later, Ist(2025, 3, 5, 16, 40), 240000.00m, "INR", PaymentChannel.Imps, "IMPS 506416884512", null, DemoSeizures.AccountId("14/2025", 1), DemoSeizures.AccountId("14/2025", 2)),
        };

        var statuses = new List<AccountStatusEvent>();
        void Step(string key, Guid fir, Guid account, AccountStatusKind kind, DateTimeOffset at, string? to, string? reference, decimal? amount, string? notes = null)
        {
            var history = statuses.Where(s => s.AccountId == account).ToList();
            statuses.Add(AccountStatusEvent.Append(history, Id("status:" + key), kz, fir, account, kind, at, to, reference, amount,
                amount is null ? null : "INR", null, null, null, null, notes, fir == founding ? io : io2, at.AddHours(1)));
        }

        Step("jk-1", founding, jk, AccountStatusKind.FreezeRequested, Ist(2021, 1, 13, 20, 0), "Nodal Officer, The Jammu and Kashmir Bank, Srinagar",
            "CPS-KZ/FRZ/07/2021", null, "Debit freeze of the account that received the victims' wire transfers.");
        Step("jk-2", founding, jk, AccountStatusKind.Confirmed, Ist(2021, 1, 15, 12, 30), "Nodal Officer, The Jammu and Kashmir Bank, Srinagar",
            "JKB/NO/2021/118", 345000.00m);
        Step("hdfc-1", founding, hdfc, AccountStatusKind.LienRequested, Ist(2021, 1, 14, 11, 0), "Nodal Officer, HDFC Bank, Mumbai",
            "CPS-KZ/LIEN/09/2021", 142500.00m);
        Step("hdfc-2", founding, hdfc, AccountStatusKind.Confirmed, Ist(2021, 1, 18, 17, 0), "Nodal Officer, HDFC Bank, Mumbai",
            "HDFC/LEA/2021/00931", 118450.00m, "The lien holds what was left in the account.");
        Step("upi-1", founding, upi, AccountStatusKind.FreezeRequested, Ist(2021, 1, 14, 11, 30), "Grievance Officer, Axis Bank (UPI handle okaxis)",
            "CPS-KZ/FRZ/10/2021", null);
        Step("later-1", later, DemoSeizures.AccountId("14/2025", 2), AccountStatusKind.FreezeRequested, Ist(2025, 3, 25, 16, 0),
            "Nodal Officer, The Jammu and Kashmir Bank, Srinagar (CFCFRMS)", "CFCFRMS/JK/2025/004417", null);

        // FIR 14/2025 is under the BNSS: its informant was told of the progress within the 90 days (BNSS 193(3)(ii)).
        var communications = new List<ProgressCommunication>
        {
            ProgressCommunication.Record(Id("progress:14/2025:1"), kz, later, Ist(2025, 3, 18, 11, 5), VictimId("14/2025", 1),
                Ist(2025, 5, 30, 11, 0), CommunicationMeans.Phone, io2,
                "Told that Rs 2,40,000 reached a J&K Bank account now under a debit freeze, and that the account also appears in FIR 02/2021.",
                io2, Ist(2025, 5, 30, 11, 30)),
        };
        return new Money(complaints, victims, accounts, transactions, statuses, communications);
    }
}
