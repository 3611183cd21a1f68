namespace CyberCase.Api;

/// <summary>
/// The labels of the pages: the English text is the key (Resources/Labels.resx), Resources/Labels.hi.resx has the
/// Hindi. A test fails when a page uses a label that a resource file lacks.
/// </summary>
public sealed class Labels;
