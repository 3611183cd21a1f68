using CyberCase.Api.Infrastructure;
using CyberCase.Application.Statements.GetStatement;
using CyberCase.Application.Statements.ListFirStatements;
using CyberCase.Application.Statements.RecordStatement;
using CyberCase.Domain.Statements;
using Mediator;

namespace CyberCase.Api.Endpoints;

public sealed record RecordStatementRequest(string? Name, string? NameInScript, StatementPersonRole? Role, string? Parentage,
    string? Address, string? Phone, DateTimeOffset? RecordedAt, string? Place, string? Language, Guid? RecordedById, string? SpeaksTo,
    string? Text, Guid? AudioVideoFileId, Guid? CorrectsStatementId);

public static class StatementEndpoints
{
    public static void MapStatementEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/firs/{id:guid}/statements", async (Guid id, RecordStatementRequest b, IMediator mediator, CancellationToken ct) =>
            {
                var statement = await mediator.Send(new RecordStatementCommand(id, b.Name, b.NameInScript, b.Role, b.Parentage, b.Address,
                    b.Phone, b.RecordedAt, b.Place, b.Language, b.RecordedById, b.SpeaksTo, b.Text, b.AudioVideoFileId,
                    b.CorrectsStatementId), ct);
                return TypedResults.Created($"/api/statements/{statement.Id}", statement);
            })
            .WithTags("Statements")
            .Handles<RecordStatementCommand>()
            .WithSummary("Record a statement under CrPC 161 / BNSS 180 (by the FIR's date); a correction refers to the statement it corrects.")
            .WithErrors(400)
            .Fails(404, "Fir.NotFound")
            .Fails(409, "Statement.AlreadyCorrected")
            .Fails(422, "Statement.RecordedInFuture", "Statement.RecordedBeforeFir", "Statement.RecorderNotOfStation",
                "Statement.UnknownRecording", "Statement.RecordingOfAnotherCase", "Statement.RecordingNotAudioVideo",
                "Statement.RecordingWithdrawn", "Statement.UnknownCorrected", "Statement.CorrectsAnotherCase",
                "Statement.CorrectionBeforeOriginal");

        app.MapGet("/api/firs/{id:guid}/statements", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListFirStatementsQuery(id), ct)))
            .WithTags("Statements")
            .Handles<ListFirStatementsQuery>()
            .WithSummary("The statements of an FIR: each person, their role and what they speak to (the police report's list of witnesses).")
            .WithErrors()
            .Fails(404, "Fir.NotFound");

        app.MapGet("/api/statements/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetStatementQuery(id), ct)))
            .WithTags("Statements")
            .Handles<GetStatementQuery>()
            .WithSummary("A statement in full, with its provision, recording and the correction that replaced it.")
            .WithErrors()
            .Fails(404, "Statement.NotFound");
    }
}
