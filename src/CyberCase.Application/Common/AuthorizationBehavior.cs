using Mediator;

namespace CyberCase.Application.Common;

/// <summary>Role check before anything else runs: a wrong role answers 403 before validation or a database read.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentOfficer officer)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var (anonymous, roles) = RoleRules.Of(message.GetType());

        if (!anonymous)
        {
            if (!officer.IsAuthenticated)
            {
                throw new UnauthorizedException("Auth.Required", "Sign in first.");
            }

            if (roles is null || !roles.Any(officer.IsInRole))
            {
                throw new ForbiddenException("Your role does not allow this action.");
            }
        }

        return next(message, cancellationToken);
    }
}
