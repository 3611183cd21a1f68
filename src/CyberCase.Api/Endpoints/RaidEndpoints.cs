using CyberCase.Api.Infrastructure;
using CyberCase.Application.Raids;
using CyberCase.Application.Raids.AddSearchRecording;
using CyberCase.Application.Raids.AttestSearchRecording;
using CyberCase.Application.Raids.RecordSearchParticulars;
using CyberCase.Application.Raids.CallOffRaid;
using CyberCase.Application.Raids.CompleteRaid;
using CyberCase.Application.Raids.GetRaid;
using CyberCase.Application.Raids.ListFirRaids;
using CyberCase.Application.Raids.PlanRaid;
using CyberCase.Application.Raids.SearchRaids;
using CyberCase.Application.Raids.StartRaid;
using CyberCase.Domain.Raids;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record PlanRaidRequest(Guid? PremisesId, DateTimeOffset? ScheduledAt, Guid? LeadOfficerId,
    IReadOnlyList<TeamMemberInput>? Members, string? Purpose, string? Reasons, Guid? ReasonsDiaryEntryId = null);
public sealed record SearchParticularsRequest(Guid? ReasonsDiaryEntryId, OccupantInput? Occupant, Guid? Version);
public sealed record SearchRecordingRequest(SearchRecordingKind? Kind, Guid? EvidenceFileId, DateTimeOffset? RecordedFrom, int? DurationSeconds,
    string? Device, Guid? RecordedByOfficerId, ForwardingInput? Forwarding, DateTimeOffset? CertificateSignedAt, ExpertInput? Expert,
    Guid? Version);
public sealed record SearchRecordingAttestationRequest(ForwardingInput? Forwarding, DateTimeOffset? CertificateSignedAt, ExpertInput? Expert,
    Guid? Version);
public sealed record StartRaidRequest(DateTimeOffset? StartedAt, IReadOnlyList<WitnessInput>? Witnesses, Guid? Version);
public sealed record CompleteRaidRequest(DateTimeOffset? EndedAt, IReadOnlyList<WitnessInput>? Witnesses, bool? AudioVideoRecorded,
    DateTimeOffset? RecordingForwardedAt, string? OutcomeNotes, Guid? Version);
public sealed record CallOffRaidRequest(string? Reason, Guid? Version);

public static class RaidEndpoints
{
    public static void MapRaidEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/raids", async (Guid id, PlanRaidRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var raid = await mediator.Send(new PlanRaidCommand(id, body.PremisesId, body.ScheduledAt, body.LeadOfficerId, body.Members,
                    body.Purpose, body.Reasons, body.ReasonsDiaryEntryId), ct);
                return TypedResults.Created($"/api/raids/{raid.Id}", raid);
            })
            .WithTags("Raids")
            .Handles<PlanRaidCommand>()
            .WithSummary("Plan a raid on a premises of the case, with the team and the reasons recorded before the search (SHO).")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(422, "Raid.UnknownPremises", "Raid.LeadNotOfStation", "Raid.MemberNotOfStation", "Raid.ReasonsRequired",
                "Raid.BeforeFirRegistration", "Raid.OfficerInOverlappingRaid", "Raid.UnknownDiaryEntry", "Raid.DiaryEntryOfAnotherCase");

        app.MapGet("/api/firs/{id:guid}/raids", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFirRaidsQuery(id), ct)))
            .WithTags("Raids")
            .Handles<ListFirRaidsQuery>()
            .WithSummary("The raids of an FIR.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        var raids = app.MapGroup("/api/raids").WithTags("Raids");

        raids.MapGet("/", async (RaidStatus? status, DateTimeOffset? from, DateTimeOffset? to, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchRaidsQuery(status, from, to), ct)))
            .Handles<SearchRaidsQuery>()
            .WithSummary("The station's raid board by status and scheduled time (from inclusive, to exclusive).")
            .WithErrors(400);

        raids.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetRaidQuery(id), ct)))
            .Handles<GetRaidQuery>()
            .WithSummary("A raid with its team, premises, witnesses, arrests and (with seizures) seizure memos.")
            .WithErrors()
            .Fails(404, "Raid.NotFound");

        raids.MapPost("/{id:guid}/start", async (Guid id, StartRaidRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new StartRaidCommand(id, body.StartedAt, body.Witnesses, body.Version), ct)))
            .Handles<StartRaidCommand>()
            .WithSummary("Record that the search began (lead or team member): Planned -> InProgress.")
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "Raid.IllegalStatusChange", "Concurrency.Conflict")
            .Fails(422, "Raid.TimeInFuture", "Raid.TooManyWitnesses", "Raid.BeforeFirRegistration", "Raid.ReasonsAfterSearch");

        raids.MapPost("/{id:guid}/complete", async (Guid id, CompleteRaidRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CompleteRaidCommand(id, body.EndedAt, body.Witnesses, body.AudioVideoRecorded,
                    body.RecordingForwardedAt, body.OutcomeNotes, body.Version), ct)))
            .Handles<CompleteRaidCommand>()
            .WithSummary("Record the end of the search with at least two independent witnesses: InProgress -> Completed.")
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "Raid.IllegalStatusChange", "Concurrency.Conflict")
            .Fails(422, "Raid.WitnessesRequired", "Raid.TooManyWitnesses", "Raid.EndBeforeStart", "Raid.TimeInFuture",
                "Raid.NoRecordingToForward", "Raid.ForwardedBeforeSearch");

        raids.MapPut("/{id:guid}/search-particulars", async (Guid id, SearchParticularsRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RecordSearchParticularsCommand(id, body.ReasonsDiaryEntryId, body.Occupant, body.Version), ct)))
            .Handles<RecordSearchParticularsCommand>()
            .WithSummary("Record the case diary entry holding the reasons for the search (written before it began) and the occupant of the premises.")
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "Concurrency.Conflict")
            .Fails(422, "Raid.UnknownDiaryEntry", "Raid.DiaryEntryOfAnotherCase", "Raid.ReasonsAfterSearch", "Raid.OccupantPresentAndAbsent");

        raids.MapPost("/{id:guid}/recordings", async (Guid id, SearchRecordingRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var raid = await mediator.Send(new AddSearchRecordingCommand(id, body.Kind, body.EvidenceFileId, body.RecordedFrom,
                    body.DurationSeconds, body.Device, body.RecordedByOfficerId, body.Forwarding, body.CertificateSignedAt, body.Expert,
                    body.Version), ct);
                return TypedResults.Created($"/api/raids/{raid.Id}", raid);
            })
            .Handles<AddSearchRecordingCommand>()
            .WithSummary("Add an audio-video recording of the search or of the list being signed: a video uploaded as evidence of the raid.")
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "Raid.RecordingAlreadyAdded", "Concurrency.Conflict")
            .Fails(422, "Raid.RecordingFileNotOfRaid", "Raid.RecordingNotVideo", "Raid.RecorderNotOfStation", "Raid.RecordingBeforeSearch",
                "Raid.TooManyRecordings", "Raid.TimeInFuture", "Raid.ForwardedBeforeRecording", "Raid.CertificateBeforeRecording");

        raids.MapPut("/{id:guid}/recordings/{number:int}", async (Guid id, int number, SearchRecordingAttestationRequest body, IMediator mediator,
                CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new AttestSearchRecordingCommand(id, number, body.Forwarding, body.CertificateSignedAt,
                    body.Expert, body.Version), ct)))
            .Handles<AttestSearchRecordingCommand>()
            .WithSummary("Record a recording's forwarding to the Magistrate and its certificate's signatures (replaces what was recorded).")
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "Concurrency.Conflict")
            .Fails(422, "Raid.RecordingNotFound", "Raid.TimeInFuture", "Raid.ForwardedBeforeRecording", "Raid.CertificateBeforeRecording");

        raids.MapPost("/{id:guid}/call-off", async (Guid id, CallOffRaidRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CallOffRaidCommand(id, body.Reason, body.Version), ct)))
            .Handles<CallOffRaidCommand>()
            .WithSummary("Call off a planned or running raid (SHO).")
            .WithErrors(400)
            .Fails(404, "Raid.NotFound")
            .Fails(409, "Raid.IllegalStatusChange", "Concurrency.Conflict");
    }
}
