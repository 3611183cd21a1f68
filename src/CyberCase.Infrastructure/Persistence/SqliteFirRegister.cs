using System.Collections.Concurrent;
using System.Globalization;
using CyberCase.Application.Common;
using CyberCase.Application.Firs.RegisterFir;
using CyberCase.Application.Persistence;
using CyberCase.Domain.Audit;
using CyberCase.Domain.Common;
using CyberCase.Domain.Firs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// FIR registration on SQLite, with group commit. SQLite has one writer and every commit waits for an fsync, so a
/// transaction per registration caps a station at a few hundred a second, most of it spent in EF's change tracking
/// and in committing. Here a registration joins a queue; whichever request next enters the write gate writes every
/// queued registration in one transaction (serials in arrival order, one stretch of the audit chain, one fsync) and
/// hands each its FIR. The writer keeps a connection of its own with its statements prepared once (it is used only
/// inside the write gate); the rows are plain INSERTs built from the EF model (<see cref="ModelInsert"/>), stored
/// exactly as EF stores them, with the audit records the <see cref="AuditingInterceptor"/> would write for the FIR.
/// One per process.
/// </summary>
public sealed class SqliteFirRegister(IServiceScopeFactory scopes, IWriteGate gate, TimeProvider clock) : IFirRegister, IDisposable
{
    /// <summary>Enough to amortise a commit; small enough that one batch never holds the writer for long.</summary>
    private const int MaxBatch = 64;

    private readonly ConcurrentQueue<Pending> _queue = new();
    private Statements? _statements;

    private sealed class Pending(FirRegistration registration)
    {
        public FirRegistration Registration { get; } = registration;

        // Completed by whichever request writes it; its own request continues on another thread, never inside the gate.
        public TaskCompletionSource<Fir> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public async Task<Fir> RegisterAsync(FirRegistration registration, CancellationToken ct)
    {
        var pending = new Pending(registration);
        _queue.Enqueue(pending);
        // Not cancellable from here on: a queued registration is written by this request or by one ahead of it, so a
        // client that gives up never leaves a registration behind in the queue.
        await using (await gate.EnterAsync(CancellationToken.None))
        {
            while (!pending.Written.Task.IsCompleted)
            {
                var batch = new List<Pending>();
                while (batch.Count < MaxBatch && _queue.TryDequeue(out var next))
                {
                    batch.Add(next);
                }

                await WriteAsync(batch);
            }
        }

        return await pending.Written.Task;
    }

    public void Dispose() => _statements?.Dispose();

    /// <summary>Writes the batch in one transaction; if that fails, each registration alone, so one failure fails one.</summary>
    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await WriteTogetherAsync(batch);
        }
        catch (Exception e)
        {
            // The connection may be what failed: the next write opens a fresh one.
            _statements?.Dispose();
            _statements = null;
            if (batch.Count == 1)
            {
                batch[0].Written.TrySetException(e);
                return;
            }

            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
    }

    private async Task WriteTogetherAsync(List<Pending> batch)
    {
        var s = _statements ??= await Statements.OpenAsync(scopes);
        await using var tx = s.Connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE: the writer's lock now
        var now = clock.GetUtcNow();
        var chain = await s.ChainHeadAsync(tx);
        var serials = new Dictionary<(Guid Station, string Counter), int>();
        var written = new List<(Pending Pending, Fir Fir)>();
        foreach (var pending in batch.Where(p => !p.Written.Task.IsCompleted))
        {
            var registration = pending.Registration;
            var counter = (registration.StationId, StationCounter.ForFirs(Fir.RegistrationYear(now)));
            if (!serials.TryGetValue(counter, out var last))
            {
                last = await s.CounterValueAsync(tx, counter);
            }

            Fir fir;
            try
            {
                fir = registration.Register(last + 1, now);
            }
            catch (DomainException e)
            {
                // Refused before anything of it was written: the serial stays free for the next registration.
                pending.Written.TrySetException(e);
                continue;
            }

            serials[counter] = last + 1;
            await s.Firs.ExecuteAsync(tx, new ModelRow(fir));
            foreach (var section in fir.Sections)
            {
                await s.Sections.ExecuteAsync(tx, new ModelRow(section, fir.Id));
            }

            foreach (var record in s.AuditRecordsOf(fir, registration, now, ref chain))
            {
                await s.Audit.ExecuteAsync(tx, new ModelRow(record));
            }

            written.Add((pending, fir));
        }

        foreach (var ((station, name), value) in serials)
        {
            await s.Counters.ExecuteAsync(tx, new ModelRow(new StationCounter { StationId = station, Name = name, Value = value }));
        }

        await tx.CommitAsync();
        foreach (var (pending, fir) in written)
        {
            pending.Written.TrySetResult(fir);
        }
    }

    /// <summary>The writer's own connection and its statements, prepared once.</summary>
    private sealed class Statements : IDisposable
    {
        private readonly IModel _model;
        private readonly Dictionary<Type, IEntityType> _types = [];
        private readonly SqliteCommand _chainHead;
        private readonly SqliteCommand _counterValue;

        private Statements(IModel model, SqliteConnection connection)
        {
            _model = model;
            Connection = connection;
            Firs = new ModelInsert(model, connection, typeof(Fir));
            Sections = new ModelInsert(model, connection, typeof(FirSection));
            Audit = new ModelInsert(model, connection, typeof(AuditRecord));
            Counters = new ModelInsert(model, connection, typeof(StationCounter),
                onConflict: $"""ON CONFLICT ("{nameof(StationCounter.StationId)}", "{nameof(StationCounter.Name)}") DO UPDATE SET "{nameof(StationCounter.Value)}" = excluded."{nameof(StationCounter.Value)}" """);
            _chainHead = connection.CreateCommand();
            _chainHead.CommandText = """SELECT "Sequence", "Hash" FROM "AuditRecords" ORDER BY "Sequence" DESC LIMIT 1""";
            _counterValue = connection.CreateCommand();
            _counterValue.CommandText = """SELECT "Value" FROM "StationCounters" WHERE "StationId" = @station AND "Name" = @name""";
        }

        public SqliteConnection Connection { get; }
        public ModelInsert Firs { get; }
        public ModelInsert Sections { get; }
        public ModelInsert Audit { get; }
        public ModelInsert Counters { get; }

        public static async Task<Statements> OpenAsync(IServiceScopeFactory scopes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CyberCaseDbContext>();
            var connection = new SqliteConnection(db.Database.GetConnectionString());
            await connection.OpenAsync();
            await using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = SqlitePragmas.Pragmas;
                await pragmas.ExecuteNonQueryAsync();
            }

            return new Statements(db.Model, connection);
        }

        public async Task<(long Sequence, string Hash)> ChainHeadAsync(SqliteTransaction tx)
        {
            _chainHead.Transaction = tx;
            await using var reader = await _chainHead.ExecuteReaderAsync();
            return await reader.ReadAsync() ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditRecord.GenesisHash);
        }

        public async Task<int> CounterValueAsync(SqliteTransaction tx, (Guid Station, string Name) counter)
        {
            var type = _model.FindEntityType(typeof(StationCounter))!;
            _counterValue.Transaction = tx;
            _counterValue.Parameters.Clear();
            foreach (var (name, property, value) in new[] { ("@station", nameof(StationCounter.StationId), (object)counter.Station), ("@name", nameof(StationCounter.Name), counter.Name) })
            {
                _counterValue.Parameters.Add(type.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(_counterValue, name, value));
            }

            return await _counterValue.ExecuteScalarAsync() is { } found ? Convert.ToInt32(found, CultureInfo.InvariantCulture) : 0;
        }

        /// <summary>One record per row written, as the interceptor records an added entity: every field, old value null.</summary>
        public List<AuditRecord> AuditRecordsOf(Fir fir, FirRegistration registration, DateTimeOffset now,
            ref (long Sequence, string Hash) chain)
        {
            var rows = new List<(object Entity, Guid? OwnerKey)> { (fir, null), (fir.Informant, fir.Id) };
            rows.AddRange(fir.Sections.Select(s => ((object)s, (Guid?)fir.Id)));
            var records = new List<AuditRecord>(rows.Count);
            foreach (var (entity, ownerKey) in rows)
            {
                var type = _types.GetValueOrDefault(entity.GetType()) ?? (_types[entity.GetType()] = ModelInsert.EntityTypeOf(_model, entity.GetType()));
                var values = ModelInsert.ValuesOf(type, entity, ownerKey);
                var record = new AuditRecord(++chain.Sequence, now, registration.OfficerId, registration.UserName,
                    registration.StationId, RegisterFirCommand.AuditAction, type.ClrType.Name,
                    AuditChanges.KeyOf(type.FindPrimaryKey(), p => values[p.Name]),
                    AuditChanges.Serialize(values.Select(v => (v.Key, (object?)null, v.Value))), chain.Hash);
                chain.Hash = record.Hash;
                records.Add(record);
            }

            return records;
        }

        public void Dispose()
        {
            Firs.Dispose();
            Sections.Dispose();
            Audit.Dispose();
            Counters.Dispose();
            _chainHead.Dispose();
            _counterValue.Dispose();
            Connection.Dispose();
        }
    }
}
