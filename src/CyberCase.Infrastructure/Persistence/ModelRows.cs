using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>
/// Plain INSERTs of entities, built from the EF model: the table, the columns (owned types that share the table
/// included) and each column's value converter come from the same metadata EF uses, so a row written here is stored
/// exactly as EF would store it, and a property added to an entity is written here too. For the few writes that
/// bypass the change tracker because they are hot (<see cref="SqliteFirRegister"/>).
/// </summary>
internal static class ModelRows
{
    private static readonly ConcurrentDictionary<(IEntityType Type, string? OnConflict, int Owned), string> Statements = new();

    public static IEntityType EntityTypeOf(IModel model, object entity) =>
        model.FindEntityType(entity.GetType()) ?? model.GetEntityTypes().Single(t => t.ClrType == entity.GetType());

    /// <summary>
    /// Every property of the entity as EF sees it when the entity is added, by property name. A shadow property is
    /// the key of the owner (an owned type's foreign key); nothing else is shadow in this model.
    /// </summary>
    public static Dictionary<string, object?> ValuesOf(IEntityType type, object entity, object? ownerKey) =>
        type.GetProperties().ToDictionary(p => p.Name, p => p.IsShadowProperty()
            ? (p.IsForeignKey() ? ownerKey : throw new InvalidOperationException($"{type.DisplayName()}.{p.Name} is a shadow property that is not the owner's key."))
            : p.GetGetter().GetClrValue(entity));

    /// <summary>INSERT one entity (and owned entities stored in its row) in the transaction.</summary>
    public static async Task InsertAsync(IModel model, DbConnection connection, DbTransaction tx, object entity,
        object? ownerKey = null, IReadOnlyList<object>? owned = null, string? onConflict = null)
    {
        var type = EntityTypeOf(model, entity);
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        // Column -> (property, value). Owned entities stored in the row are keyed by the owner's key, which maps to
        // the owner's key column: writing it twice writes the same value.
        var columns = new Dictionary<string, (IProperty Property, object? Value)>();
        AddColumns(type, entity, ownerKey);
        foreach (var part in owned ?? [])
        {
            AddColumns(EntityTypeOf(model, part), part, type.FindPrimaryKey()!.Properties.Single().GetGetter().GetClrValue(entity));
        }

        void AddColumns(IEntityType rowType, object rowEntity, object? key)
        {
            var values = ValuesOf(rowType, rowEntity, key);
            foreach (var property in rowType.GetProperties())
            {
                columns[property.GetColumnName(table)!] = (property, values[property.Name]);
            }
        }

        var sql = Statements.GetOrAdd((type, onConflict, owned?.Count ?? 0), _ =>
            $"""INSERT INTO "{table.Name}" ({string.Join(", ", columns.Keys.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Keys.Select((_, i) => $"@p{i}"))}) {onConflict}""");
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        var index = 0;
        foreach (var (property, value) in columns.Values)
        {
            command.Parameters.Add(Parameter(command, property, $"@p{index++}", value));
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A parameter converted to the column's stored form by the property's type mapping (and its converter).</summary>
    public static DbParameter Parameter(DbCommand command, IProperty property, string name, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable);
}
