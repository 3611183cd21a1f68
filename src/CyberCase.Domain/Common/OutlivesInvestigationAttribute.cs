namespace CyberCase.Domain.Common;

/// <summary>
/// A record of an FIR that is still written after the police report has been forwarded and the investigation
/// records are locked: the report itself, the court's permission for further investigation, copies supplied to the
/// accused, exports and sharing. Every other record that belongs to an FIR is refused once it is closed.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutlivesInvestigationAttribute : Attribute;
