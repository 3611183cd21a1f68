using System.Globalization;
using CyberCase.Application.Accused.ArrestAccused;
using CyberCase.Application.Exhibits.RecordSeizure;
using CyberCase.Application.Exhibits.TransferCustody;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Domain.Accused;
using CyberCase.Domain.Exhibits;
using CyberCase.Domain.Firs;
using CyberCase.Domain.Statutes;

namespace CyberCase.Api.Endpoints;

/// <summary>
/// Request bodies of the main writes for the API reference, in the request types themselves so that an example
/// cannot drift from its schema (the linter checks each against it). Drawn from the demo's founding case.
/// </summary>
internal static class OpenApiExamples
{
    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static readonly RegisterFirCommand RegisterFir = new(
        OccurredFrom: At("2025-10-01T10:00:00+05:30"),
        OccurredTo: At("2025-10-02T18:00:00+05:30"),
        PlaceOfOccurrence: "Online; complainant at Lal Chowk, Srinagar",
        InformationType: InformationType.Written,
        Informant: new InformantInput("Farooq Ahmad Shah", "S/o Abdul Ahad Shah", "Indian", null, "Lal Chowk, Srinagar", "+919419012345",
            NameInScript: "فاروق احمد شاہ", YearOfBirth: 1979, Occupation: "Shopkeeper"),
        Sections: [new SectionInput(Act.BNS, "318(4)"), new SectionInput(Act.ITAct, "66D")],
        Narrative: "The complainant was called by a person claiming to be from his bank and lost Rs 50,000 to a fake KYC update.",
        GdEntryNumber: "GD-88/2025",
        InformationReceivedAt: At("2025-10-03T11:20:00+05:30"),
        InformationGdReference: "GD-87/2025",
        DirectionFromStation: "South-east",
        DistanceFromStationKm: 3.5m,
        BeatNumber: "Beat 4",
        DelayReason: "The complainant first approached his bank, which advised him to report to the police.",
        PropertiesInvolved: "Rs 50,000 moved by UPI from the complainant's savings account",
        PropertiesValueRupees: 50000m,
        AccusedParticulars: [new FirAccusedInput(FirAccusedKind.Unknown, null, null, "Caller on +91 7006 000000 posing as a bank officer")]);

    public static readonly SeizureMemoRequest RecordSeizure = new(
        MemoNumber: "SM-01/2025",
        DrawnUpAt: At("2025-10-05T14:30:00+05:30"),
        Witnesses: [new MemoWitnessInput("Bashir Ahmad Dar", "S/o Ghulam Nabi Dar", "Rajbagh, Srinagar"),
            new MemoWitnessInput("Mohammad Yousuf Bhat", "S/o Abdul Rashid Bhat", "Jawahar Nagar, Srinagar")],
        OccupantGivenCopy: "Given to the occupant, Imran Ali, who signed for it",
        Items: [new SeizedItemInput(ExhibitKind.MobilePhone, "Android phone with a cracked back", "Samsung", "Galaxy A52", "Black",
            "R58R123ABC", ["356938035643809"], null, null, "SEAL-0147", "Working, screen locked", "Desk 3, ground floor", null)]);

    public static readonly ArrestAccusedRequest ArrestAccused = new(
        ArrestedAt: At("2025-10-05T15:10:00+05:30"),
        Place: "Call centre, 2nd floor, Residency Road, Srinagar",
        ArrestingOfficerId: Guid.Parse("5b0c9f6e-3a1d-4c55-9a57-2f1e8a9d6b10"),
        RaidId: null,
        GroundsCommunicated: "Cheating by personation over the phone (BNS 319) as told in the FIR; told in Kashmiri and Urdu.",
        AttestingWitness: new AttestingWitnessInput("Bashir Ahmad Dar", "Rajbagh, Srinagar", "Neighbour"),
        CountersignedByArrestee: true,
        RelativeInformed: new RelativeInformedInput("Shabir Ali", "Brother", InformedBy.Phone, At("2025-10-05T15:40:00+05:30"),
            "SI Aijaz Ahmad Bhat", "Arrest intimation book 45/2025"),
        MedicalExamination: new MedicalExaminationInput(At("2025-10-05T17:00:00+05:30"), "Dr. Aijaz Ahmad, SMHS Hospital"),
        Version: Guid.Parse("0c6f3f0e-8d2b-4a4e-9f61-7a0c2b9e5d13"),
        GroundsInWriting: true,
        GroundsLanguage: "Kashmiri and Urdu",
        ToldOfRightToBail: true,
        ReasonsForArrest: "To prevent him from destroying the call records and from threatening the complainant.",
        InjuriesSeen: "None seen",
        ControlRoomInformedAt: At("2025-10-05T15:30:00+05:30"),
        GdEntryNumber: "GD-19/2025");

    public static readonly CustodyTransferRequest TransferCustody = new(
        To: new HolderInput(CustodyHolderKind.ForensicLab, null, "FSL Srinagar, cyber division"),
        At: At("2025-10-07T11:00:00+05:30"),
        Purpose: "Extraction of call logs and chats",
        SealIntact: true,
        HashVerified: null,
        Version: Guid.Parse("7e4b1d2a-90c3-4f7e-8b15-3d6a9c0f2e41"));

    /// <summary>The fields of the multipart form; `file` is the file's bytes.</summary>
    public static readonly object UploadEvidence = new Dictionary<string, string>
    {
        ["ownerType"] = "SeizureMemo",
        ["ownerId"] = "9a3e4f10-6b7c-4d8e-a1f2-0b3c4d5e6f70",
        ["description"] = "Signed seizure memo, scanned",
        ["file"] = "(the file's bytes)",
    };
}
