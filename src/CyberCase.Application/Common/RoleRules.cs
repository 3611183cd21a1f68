using System.Collections.Concurrent;
using System.Reflection;

namespace CyberCase.Application.Common;

/// <summary>
/// The roles a message allows (<see cref="AllowedRolesAttribute"/>, <see cref="AnonymousAttribute"/>), read once per type:
/// <see cref="AuthorizationBehavior{TMessage,TResponse}"/> enforces them, and a page asks the same question to decide
/// whether to offer the action at all, so a button is shown exactly when the API would accept its role.
/// </summary>
public static class RoleRules
{
    private static readonly ConcurrentDictionary<Type, (bool Anonymous, IReadOnlyList<string>? Roles)> Rules = new();

    public static (bool Anonymous, IReadOnlyList<string>? Roles) Of(Type messageType) =>
        Rules.GetOrAdd(messageType, static type =>
            (type.GetCustomAttribute<AnonymousAttribute>() is not null, type.GetCustomAttribute<AllowedRolesAttribute>()?.Roles));

    /// <summary>Whether the officer's roles let them send a message of this type (the handler may still refuse, e.g. not the IO of the case).</summary>
    public static bool Allows<TMessage>(ICurrentOfficer officer)
    {
        var (anonymous, roles) = Of(typeof(TMessage));
        return anonymous || (officer.IsAuthenticated && roles is not null && roles.Any(officer.IsInRole));
    }
}
