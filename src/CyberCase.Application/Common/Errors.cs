namespace CyberCase.Application.Common;

/// <summary>The record does not exist, or exists at another station (ids must not leak, so both answer 404).</summary>
public sealed class NotFoundException(string entity, object id)
    : Exception($"{entity} {id} was not found.")
{
    public string Code { get; } = $"{entity}.NotFound";
}

/// <summary>The officer is authenticated but their role does not allow this.</summary>
public sealed class ForbiddenException(string message) : Exception(message)
{
    public string Code { get; } = "Access.Forbidden";
}

/// <summary>Credentials refused (401).</summary>
public sealed class UnauthorizedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>Someone else changed the record since it was read (409 Concurrency.Conflict).</summary>
public sealed class ConcurrencyException(string entity, object id)
    : Exception($"{entity} {id} was changed by someone else since you read it. Reload it and try again.")
{
    public string Code { get; } = "Concurrency.Conflict";
}
