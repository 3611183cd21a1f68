namespace CyberCase.Application.Common;

/// <summary>
/// The command commits its own transaction: because it must keep a record even when it fails (a refused login
/// still counts towards lockout and still lands in the audit trail), or because its writer batches commits
/// (FIR registration on SQLite).
/// </summary>
public interface IOwnTransaction;
