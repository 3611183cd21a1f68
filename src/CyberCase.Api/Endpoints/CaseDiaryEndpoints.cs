using CyberCase.Api.Infrastructure;
using CyberCase.Application.CaseDiary.AddDiaryEntry;
using CyberCase.Application.CaseDiary.CloseDiaryDay;
using CyberCase.Application.CaseDiary.GetCaseDiary;
using CyberCase.Application.CaseDiary.ShareCaseDiary;
using CyberCase.Domain.CaseDiary;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record AddDiaryEntryRequest(DateOnly? Day, DateTimeOffset? InformationReceivedAt, DateTimeOffset? InvestigationBeganAt,
    DateTimeOffset? InvestigationClosedAt, IReadOnlyList<string>? PlacesVisited, string? Findings, VernacularLanguage? VernacularLanguage,
    string? VernacularText, Guid? CorrectsEntryId);

public static class CaseDiaryEndpoints
{
    public static void MapCaseDiaryEndpoints(this IEndpointRouteBuilder app)
    {
        var diary = app.MapGroup("/api/firs/{id:guid}/diary").WithTags("Case diary");

        diary.MapPost("", async (Guid id, AddDiaryEntryRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var entry = await mediator.Send(new AddDiaryEntryCommand(id, b.Day, b.InformationReceivedAt, b.InvestigationBeganAt,
                    b.InvestigationClosedAt, b.PlacesVisited, b.Findings, b.VernacularLanguage, b.VernacularText, b.CorrectsEntryId), ct);
                return TypedResults.Created($"/api/firs/{id}/diary", entry);
            })
            .Handles<AddDiaryEntryCommand>()
            .WithSummary("Write a case diary entry for a day of the investigation (IO of the case or SHO); a correction is a new entry with correctsEntryId.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "CaseDiary.DayClosed")
            .Fails(422, "CaseDiary.UnknownEntry", "CaseDiary.TimeInFuture", "CaseDiary.BeforeFirRegistration", "CaseDiary.TimeNotOnDay",
                "CaseDiary.ClosedBeforeBegan");

        diary.MapPost("/days/{day}/close", async (Guid id, DateOnly day, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CloseDiaryDayCommand(id, day), ct)))
            .Handles<CloseDiaryDayCommand>()
            .WithSummary("Close a day of the case diary: its entries get the next pages of the FIR's volume, never renumbered.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "CaseDiary.DayClosed", "CaseDiary.EarlierDayOpen")
            .Fails(422, "CaseDiary.DayEmpty", "CaseDiary.DayInFuture");

        diary.MapPost("/share", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ShareCaseDiaryCommand(id), ct)))
            .Handles<ShareCaseDiaryCommand>()
            .OpenAfterPoliceReport()
            .WithSummary("Share the case diary with the station's prosecutors (SHO); recorded with who and when.")
            .WithErrors()
            .Fails(404, "Fir.NotFound")
            .Fails(409, "CaseDiary.AlreadyShared");

        diary.MapGet("", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCaseDiaryQuery(id), ct)))
            .Handles<GetCaseDiaryQuery>()
            .WithSummary("The case diary day by day with its pages and the provision that governs it (IO of the case, SHO; a prosecutor once shared). Every read is audited.")
            .WithErrors()
            .Fails(404, "Fir.NotFound");
    }
}
