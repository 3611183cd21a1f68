using System.Collections.Concurrent;
using System.Reflection;

namespace CyberCase.Application.Common;

/// <summary>
/// The action name the audit trail records for a use case, where it should differ from the message's type name
/// (which is the default: <c>RegisterFirCommand</c> is recorded as <c>RegisterFir</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditActionAttribute(string action) : Attribute
{
    public string Action { get; } = action;

    private static readonly ConcurrentDictionary<Type, string> Names = new();

    public static string Of(Type messageType) => Names.GetOrAdd(messageType, static t =>
        t.GetCustomAttribute<AuditActionAttribute>()?.Action
        ?? TrimSuffix(TrimSuffix(t.Name, "Command"), "Query"));

    private static string TrimSuffix(string name, string suffix) =>
        name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length ? name[..^suffix.Length] : name;
}

/// <summary>
/// The use case keeps its record when it is refused: what it had saved before the refusal (a failed sign-in counting
/// towards lockout) and the audit events it recorded (the failed sign-in itself, an integrity alarm, a refused
/// download) are committed, and the refusal is then answered. Anything else it changed but had not saved is dropped.
/// Without this attribute a failing use case leaves nothing behind.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class KeepsRecordWhenRefusedAttribute : Attribute
{
    private static readonly ConcurrentDictionary<Type, bool> Marked = new();

    public static bool IsOn(Type messageType) =>
        Marked.GetOrAdd(messageType, static t => t.GetCustomAttribute<KeepsRecordWhenRefusedAttribute>() is not null);
}
