namespace CyberCase.Application.Common;

/// <summary>
/// Which roles may send this command or query. Every message must carry one (or <see cref="AnonymousAttribute"/>):
/// a test fails for a message that has neither, so no use case is open by accident.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowedRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>The message is sent before anyone is authenticated (login).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AnonymousAttribute : Attribute;
