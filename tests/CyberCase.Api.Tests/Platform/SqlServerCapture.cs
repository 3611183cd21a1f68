#pragma warning disable EF1001 // QueryCompiler is EF-internal: subclassed here only to see every query the application runs.
using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using CyberCase.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Api.Tests.Platform;

/// <summary>
/// Every LINQ query the application executes on a context, replayed on a SQL Server context the moment it runs
/// (while the request it belongs to is alive: its values, such as the signed-in officer, can still be read).
/// One replay per query shape: the same query with other values is the same SQL.
/// </summary>
public sealed class SqlServerReplay(SqlServerCapture capture)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _seen = [];
    private readonly List<string> _untranslated = [];

    public int Replayed { get; private set; }

    public int SqliteOnly { get; private set; }

    public IReadOnlyList<string> Untranslated
    {
        get
        {
            lock (_lock)
            {
                return [.. _untranslated];
            }
        }
    }

    public void Add(Expression query)
    {
        lock (_lock)
        {
            if (!_seen.Add(query.ToString()))
            {
                return;
            }

            if (ToOtherContext.IsProviderSql(query))
            {
                SqliteOnly++;
                return;
            }

            using var sqlServer = capture.NewContext();
            var before = capture.Commands.Count;
            Exception? failure = null;
            try
            {
                ToOtherContext.Run(sqlServer.GetService<IAsyncQueryProvider>(), new ToOtherContext(sqlServer).Visit(query));
            }
            catch (Exception e)
            {
                // No rows come back, so Single() and the like may throw after the SQL was made: only a query that
                // produced no SQL at all failed to translate.
                failure = e;
            }

            if (capture.Commands.Count == before)
            {
                _untranslated.Add($"{query}\n  -> {failure}");
            }

            Replayed++;
        }
    }
}

/// <summary>EF's query compiler, handing each query to the host's <see cref="SqlServerReplay"/> before running it as usual.</summary>
public sealed class RecordingQueryCompiler(
    IQueryContextFactory queryContextFactory,
    ICompiledQueryCache compiledQueryCache,
    ICompiledQueryCacheKeyGenerator compiledQueryCacheKeyGenerator,
    IDatabase database,
    IDiagnosticsLogger<DbLoggerCategory.Query> logger,
    ICurrentDbContext currentContext,
    IEvaluatableExpressionFilter evaluatableExpressionFilter,
    IModel model)
    : QueryCompiler(queryContextFactory, compiledQueryCache, compiledQueryCacheKeyGenerator, database, logger, currentContext,
        evaluatableExpressionFilter, model)
{
    private readonly SqlServerReplay? _log = currentContext.Context.GetService<IDbContextOptions>()
        .FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService<SqlServerReplay>();

    public override TResult Execute<TResult>(Expression query)
    {
        _log?.Add(query);
        return base.Execute<TResult>(query);
    }

    public override TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken = default)
    {
        _log?.Add(query);
        return base.ExecuteAsync<TResult>(query, cancellationToken);
    }
}

/// <summary>
/// A SQL Server context whose connection is never opened: every command's text is recorded and answered in memory
/// (no rows; a count is 0 and an EXISTS is false; a write "affects" what EF expected), so nothing reaches a server.
/// </summary>
public sealed class SqlServerCapture : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor, ISaveChangesInterceptor
{
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get
        {
            lock (_commands)
            {
                return [.. _commands];
            }
        }
    }

    public SqlServerCyberCaseDbContext NewContext(params IInterceptor[] more) =>
        new(new DbContextOptionsBuilder<SqlServerCyberCaseDbContext>()
            .UseSqlServer("Server=(no server: never opened);Database=CyberCase")
            .AddInterceptors([this, .. more]).Options);

    private DataTableReader Answer(DbCommand command)
    {
        lock (_commands)
        {
            _commands.Add(command.CommandText);
        }

        var table = new DataTable();
        var sql = command.CommandText.TrimStart();
        if (sql.StartsWith("SELECT COUNT(", StringComparison.OrdinalIgnoreCase))
        {
            table.Columns.Add("Value", typeof(int));
            table.Rows.Add(0);
        }
        else if (sql.StartsWith("SELECT CASE", StringComparison.OrdinalIgnoreCase) && sql.Contains("EXISTS", StringComparison.OrdinalIgnoreCase))
        {
            table.Columns.Add("Value", typeof(bool));
            table.Rows.Add(false);
        }

        return table.CreateDataReader();
    }

    private int Record(DbCommand command)
    {
        Answer(command).Dispose();
        return 1;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result) => InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command));

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command)));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        InterceptionResult<int>.SuppressWithResult(Record(command));

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(Record(command)));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        InterceptionResult<object>.SuppressWithResult(Record(command));

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(Record(command)));

    // The connection is never opened and transactions are stand-ins.
    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result) => InterceptionResult<DbTransaction>.SuppressWithResult(new NoTransaction(connection));

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult<DbTransaction>.SuppressWithResult(new NoTransaction(connection)));

    // No rows came back for the writes: EF would take that for a concurrency conflict.
    public InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(ConcurrencyExceptionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default) => ValueTask.FromResult(InterceptionResult.Suppress());

    // Without rows nothing comes back from a save (the chain head reads as empty, generated keys stay unset): what
    // was saved is let go, so that the next save's records do not clash with it.
    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        eventData.Context!.ChangeTracker.Clear();
        return ValueTask.FromResult(result);
    }

    private sealed class NoTransaction(DbConnection connection) : DbTransaction
    {
        public override IsolationLevel IsolationLevel => IsolationLevel.ReadCommitted;

        protected override DbConnection DbConnection => connection;

        public override void Commit()
        {
        }

        public override void Rollback()
        {
        }
    }
}

/// <summary>
/// Rewrites a query recorded on the SQLite context for the SQL Server context: its entity roots, and the contexts
/// and queries it captured (a subquery over another set), now point at the SQL Server model.
/// </summary>
public sealed class ToOtherContext(DbContext target) : ExpressionVisitor
{
    private readonly IAsyncQueryProvider _provider = target.GetService<IAsyncQueryProvider>();

    /// <summary>Raw SQL written for SQLite (FTS5 MATCH) has no SQL Server meaning; the SQL Server text search is swept on its own.</summary>
    public static bool IsProviderSql(Expression query)
    {
        var finder = new RawSqlFinder();
        finder.Visit(query);
        return finder.Found;
    }

    protected override Expression VisitExtension(Expression node) => node switch
    {
        EntityQueryRootExpression root => new EntityQueryRootExpression(_provider,
            target.Model.FindEntityType(root.EntityType.Name) ?? throw new InvalidOperationException($"{root.EntityType.Name} is not in the SQL Server model")),
        _ => base.VisitExtension(node),
    };

    protected override Expression VisitMember(MemberExpression node) => Replace(node) ?? base.VisitMember(node);

    protected override Expression VisitConstant(ConstantExpression node) => Replace(node) ?? base.VisitConstant(node);

    private Expression? Replace(Expression node)
    {
        if (typeof(DbContext).IsAssignableFrom(node.Type) && node.Type.IsInstanceOfType(target))
        {
            return Expression.Constant(target, node.Type);
        }

        if (CapturedQuery(node) is { } captured)
        {
            return Visit(captured.Expression);
        }

        return null;
    }

    /// <summary>An EF query the query captured in a closure (a local IQueryable used inside a lambda), if this is one.</summary>
    private static IQueryable? CapturedQuery(Expression node) =>
        typeof(IQueryable).IsAssignableFrom(node.Type) && IsClosureValue(node)
        && Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile()() is IQueryable { Provider: IAsyncQueryProvider } captured
            ? captured
            : null;

    private static bool IsClosureValue(Expression node) => node switch
    {
        ConstantExpression => true,
        MemberExpression { Expression: null } => true,
        MemberExpression { Expression: { } inner } => IsClosureValue(inner),
        _ => false,
    };

    private sealed class RawSqlFinder : ExpressionVisitor
    {
        public bool Found { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is FromSqlQueryRootExpression or SqlQueryRootExpression)
            {
                Found = true;
                return node;
            }

            return base.VisitExtension(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (CapturedQuery(node) is { } captured)
            {
                Visit(captured.Expression);
                return node;
            }

            return base.VisitMember(node);
        }
    }

    /// <summary>Runs a rewritten query synchronously on the target provider (the SQL is the same as the async form's).</summary>
    public static void Run(IQueryProvider provider, Expression query)
    {
        try
        {
            if (typeof(IQueryable).IsAssignableFrom(query.Type))
            {
                foreach (var _ in provider.CreateQuery(query))
                {
                }
            }
            else
            {
                ExecuteMethod.MakeGenericMethod(query.Type).Invoke(provider, [query]);
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
        }
    }

    private static readonly MethodInfo ExecuteMethod = typeof(IQueryProvider).GetMethods()
        .Single(m => m.Name == nameof(IQueryProvider.Execute) && m.IsGenericMethodDefinition);
}
