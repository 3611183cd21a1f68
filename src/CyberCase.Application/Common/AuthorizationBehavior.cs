using System.Collections.Concurrent;
using System.Reflection;
using Mediator;

namespace CyberCase.Application.Common;

/// <summary>Role check before anything else runs: a wrong role answers 403 before validation or a database read.</summary>
public sealed class AuthorizationBehavior<TMessage, TResponse>(ICurrentOfficer officer)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly ConcurrentDictionary<Type, (bool Anonymous, IReadOnlyList<string>? Roles)> Rules = new();

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var (anonymous, roles) = Rules.GetOrAdd(message.GetType(), static type =>
            (type.GetCustomAttribute<AnonymousAttribute>() is not null, type.GetCustomAttribute<AllowedRolesAttribute>()?.Roles));

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
