using CyberCase.Domain.Common;

namespace CyberCase.Application.Scrutiny;

/// <summary>
/// An export asked for while the case has open blocking findings and no acknowledgement of them (422
/// <see cref="CodeValue"/>); the answer lists them, so that the officer sees what a court would return.
/// </summary>
public sealed class ScrutinyBlockedException(IReadOnlyList<FindingView> findings)
    : DomainException(CodeValue,
        $"The case has {findings.Count} open blocking finding{(findings.Count == 1 ? "" : "s")} of the pre-filing scrutiny. Cure them, " +
        "or export with acknowledgeBlockingFindings: true and a reason (recorded in the audit trail).", RuleKind.Unprocessable)
{
    public const string CodeValue = "Scrutiny.BlockingFindings";

    public IReadOnlyList<FindingView> Findings { get; } = findings;
}
