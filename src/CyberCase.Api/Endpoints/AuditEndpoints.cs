using CyberCase.Api.Infrastructure;
using CyberCase.Application.Audit.GetAuditTrail;
using CyberCase.Application.Audit.VerifyAuditChain;
using Mediator;

namespace CyberCase.Api.Endpoints;

public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/api/audit").WithTags("Audit");

        audit.MapGet("/", async (string? entityType, string? entityId, int? page, int? pageSize, IMediator mediator,
                    CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAuditTrailQuery(entityType, entityId, page, pageSize), ct)))
            .Handles<GetAuditTrailQuery>()
            .WithSummary("The audit trail, newest first (SHO: own station; Admin: all).")
            .WithErrors(400);

        audit.MapGet("/verify", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new VerifyAuditChainQuery(), ct)))
            .Handles<VerifyAuditChainQuery>()
            .WithSummary("Re-walk the audit hash chain (Admin).")
            .WithErrors();
    }
}
