using CyberCase.Api.Infrastructure;
using CyberCase.Application.Accused.AddAccused;
using CyberCase.Application.Accused.ArrestAccused;
using CyberCase.Application.Accused.GetAccused;
using CyberCase.Application.Accused.ListFirAccused;
using CyberCase.Application.Accused.RecordCustody;
using CyberCase.Application.Arrests.GetArrestDisplay;
using CyberCase.Application.Deadlines.GetDeadlines;
using CyberCase.Domain.Accused;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record AddAccusedRequest(Guid? PersonId, string? Name, IReadOnlyList<string>? Aliases, ParentageInput? Parentage,
    Gender? Gender, DateOnly? DateOfBirth, int? Age, string? Address, IReadOnlyList<string>? PhoneNumbers, string? Aadhaar,
    AccusedRole? Role, string? RoleNote, Guid? PremisesId);
public sealed record ArrestAccusedRequest(DateTimeOffset? ArrestedAt, string? Place, Guid? ArrestingOfficerId, Guid? RaidId,
    string? GroundsCommunicated, AttestingWitnessInput? AttestingWitness, bool? CountersignedByArrestee,
    RelativeInformedInput? RelativeInformed, MedicalExaminationInput? MedicalExamination, Guid? Version,
    bool? GroundsInWriting = null, string? GroundsLanguage = null, bool? ToldOfRightToBail = null, string? ReasonsForArrest = null,
    string? InjuriesSeen = null, DateTimeOffset? ControlRoomInformedAt = null, WomanArrestSafeguardsInput? WomanArrestSafeguards = null,
    string? GdEntryNumber = null);
public sealed record RecordCustodyRequest(CustodyRecordKind? Event, DateTimeOffset? At, string? Court, string? OrderReference,
    DateOnly? Until, string? Notes, Guid? Version, int? JourneyMinutes = null);

public static class AccusedEndpoints
{
    public static void MapAccusedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/accused", async (Guid id, AddAccusedRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var accused = await mediator.Send(new AddAccusedCommand(id, b.PersonId, b.Name, b.Aliases, b.Parentage, b.Gender,
                    b.DateOfBirth, b.Age, b.Address, b.PhoneNumbers, b.Aadhaar, b.Role, b.RoleNote, b.PremisesId), ct);
                return TypedResults.Created($"/api/accused/{accused.Id}", accused);
            })
            .WithTags("Accused")
            .Handles<AddAccusedCommand>()
            .WithSummary("Add an accused to the FIR with the next code (A1, A2...): a new person, or personId of one already recorded.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Accused.AlreadyInCase")
            .Fails(422, "Accused.UnknownPerson", "Accused.UnknownPremises", "Accused.DateOfBirthOrAge", "Accused.DateOfBirthInFuture",
                "Accused.InvalidAadhaar");

        app.MapGet("/api/firs/{id:guid}/accused", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFirAccusedQuery(id), ct)))
            .WithTags("Accused")
            .Handles<ListFirAccusedQuery>()
            .WithSummary("The accused of an FIR (id, code, name, status).")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        var accused = app.MapGroup("/api/accused").WithTags("Accused");

        accused.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAccusedQuery(id), ct)))
            .Handles<GetAccusedQuery>()
            .WithSummary("An accused with the person, arrest memo, custody, all the person's FIRs, shared phones and deadlines.")
            .WithErrors()
            .Fails(404, "Accused.NotFound");

        accused.MapPost("/{id:guid}/arrest", async (Guid id, ArrestAccusedRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArrestAccusedCommand(id, b.ArrestedAt, b.Place, b.ArrestingOfficerId, b.RaidId,
                    b.GroundsCommunicated, b.AttestingWitness, b.CountersignedByArrestee, b.RelativeInformed, b.MedicalExamination,
                    b.Version, b.GroundsInWriting, b.GroundsLanguage, b.ToldOfRightToBail, b.ReasonsForArrest, b.InjuriesSeen,
                    b.ControlRoomInformedAt, b.WomanArrestSafeguards, b.GdEntryNumber), ct)))
            .Handles<ArrestAccusedCommand>()
            .WithSummary("Record the memorandum of arrest (CrPC 41B / BNSS 36 by the FIR's date): Suspect -> Arrested.")
            .WithDescription("Only the time, place and arresting officer are required. The attesting witness, countersignature, " +
                "grounds and how told, right to bail, reasons for arrest (offences of seven years or less), nominated person " +
                "informed, inspection memo, medical examination, control room, a woman's arrest at night and the GD entry may " +
                "be left out: each then prints on the memorandum as a blank line to be completed. Impossible times are 422.")
            .WithRequestExample(OpenApiExamples.ArrestAccused)
            .WithErrors(400)
            .Fails(404, "Accused.NotFound")
            .Fails(409, "Accused.IllegalStatusChange", "Concurrency.Conflict")
            .Fails(422, "Accused.ArrestInFuture", "Accused.ArrestBeforePrevious", "Accused.InformedBeforeArrest",
                "Accused.ExaminedBeforeArrest", "Accused.ArrestingOfficerNotOfStation", "Accused.RaidNotUnderway", "Accused.RaidOfAnotherCase",
                "Accused.ArrestOutsideRaid", "Accused.ControlRoomInformedBeforeArrest");

        accused.MapPost("/{id:guid}/custody", async (Guid id, RecordCustodyRequest b, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordCustodyCommand(id, b.Event, b.At, b.Court, b.OrderReference, b.Until,
                    b.Notes, b.Version, b.JourneyMinutes), ct)))
            .Handles<RecordCustodyCommand>()
            .WithSummary("Record production before the Magistrate, police or judicial custody, bail, absconding, charge-sheet or discharge.")
            .WithErrors(400)
            .Fails(404, "Accused.NotFound")
            .Fails(409, "Accused.IllegalStatusChange", "Concurrency.Conflict")
            .Fails(422, "Accused.CustodyInFuture", "Accused.CustodyBeforeArrest", "Accused.CustodyOutOfOrder",
                "Accused.JourneyLongerThanCustody");

        app.MapGet("/api/stations/current/arrests", async (DateOnly? date, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetArrestDisplayQuery(date), ct)))
            .WithTags("Accused")
            .Handles<GetArrestDisplayQuery>()
            .WithSummary("The station's arrested persons of a day for the public display (BNSS 37): names, addresses, offences.")
            .WithErrors(400);

        app.MapGet("/api/deadlines", async (string? within, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDeadlinesQuery(within), ct)))
            .WithTags("Deadlines")
            .Handles<GetDeadlinesQuery>()
            .WithSummary("The station's statutory deadlines due within a window (7d, 24h), overdue ones included.")
            .WithErrors(400);
    }
}
