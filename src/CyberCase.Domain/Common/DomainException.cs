namespace CyberCase.Domain.Common;

/// <summary>How a broken rule is reported: a state conflict (409) or an unprocessable fact (422).</summary>
public enum RuleKind
{
    Conflict,
    Unprocessable,
}

/// <summary>
/// A broken domain rule. The <see cref="Code"/> is stable: clients and tests key on it, so it never changes
/// once published. <see cref="Field"/> names the request field at fault when there is one.
/// </summary>
public class DomainException(string code, string message, RuleKind kind = RuleKind.Conflict, string? field = null)
    : Exception(message)
{
    public string Code { get; } = code;
    public RuleKind Kind { get; } = kind;
    public string? Field { get; } = field;
}
