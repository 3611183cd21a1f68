using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CyberCase.Infrastructure.Persistence;

/// <summary>One entity to insert, and the key of its owner when it is an owned type (whose foreign key is a shadow property).</summary>
internal sealed record ModelRow(object Entity, object? OwnerKey = null);

/// <summary>
/// A plain INSERT of one entity type, built from the EF model and prepared once on a connection: the table, the
/// columns (owned types stored in the same row included) and each column's type mapping and value converter come
/// from the metadata EF uses, so a row written here is stored exactly as EF would store it, and a property added to
/// an entity is written here too. For the few writes that bypass the change tracker because they are hot
/// (<see cref="SqliteFirRegister"/>).
/// </summary>
internal sealed class ModelInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly List<(IProperty Property, Func<ModelRow, object?> Value)> _columns = [];

    public ModelInsert(IModel model, SqliteConnection connection, Type clrType, string? onConflict = null)
    {
        var type = EntityTypeOf(model, clrType);
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = new Dictionary<string, (IProperty, Func<ModelRow, object?>)>();
        foreach (var property in type.GetProperties())
        {
            columns[property.GetColumnName(table)!] = (property, row => ValueOf(property, row.Entity, row.OwnerKey));
        }

        // Owned references stored in this row (table splitting): their key is the owner's key column, already here.
        foreach (var navigation in type.GetNavigations().Where(n => !n.IsCollection && n.TargetEntityType.IsOwned()
                     && n.TargetEntityType.GetTableName() == table.Name))
        {
            var owned = navigation.GetGetter();
            foreach (var property in navigation.TargetEntityType.GetProperties())
            {
                var column = property.GetColumnName(table)!;
                if (!columns.ContainsKey(column))
                {
                    columns[column] = (property, row => owned.GetClrValue(row.Entity) is { } part ? ValueOf(property, part, null) : null);
                }
            }
        }

        _columns.AddRange(columns.Values);
        _command = connection.CreateCommand();
        _command.CommandText = $"""INSERT INTO "{table.Name}" ({string.Join(", ", columns.Keys.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Keys.Select((_, i) => $"@p{i}"))}) {onConflict}""";
    }

    /// <summary>Runs the prepared INSERT for one row, each value converted by its property's type mapping.</summary>
    public async Task ExecuteAsync(SqliteTransaction tx, ModelRow row)
    {
        _command.Transaction = tx;
        _command.Parameters.Clear();
        for (var i = 0; i < _columns.Count; i++)
        {
            var (property, value) = _columns[i];
            _command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(_command, $"@p{i}", value(row), property.IsNullable));
        }

        await _command.ExecuteNonQueryAsync();
    }

    public void Dispose() => _command.Dispose();

    public static IEntityType EntityTypeOf(IModel model, Type clrType) =>
        model.FindEntityType(clrType) ?? model.GetEntityTypes().Single(t => t.ClrType == clrType);

    /// <summary>
    /// Every property of the entity as EF sees it when the entity is added, by property name. A shadow property is
    /// the key of the owner (an owned type's foreign key); nothing else is shadow in this model.
    /// </summary>
    public static Dictionary<string, object?> ValuesOf(IEntityType type, object entity, object? ownerKey) =>
        type.GetProperties().ToDictionary(p => p.Name, p => ValueOf(p, entity, ownerKey));

    private static object? ValueOf(IProperty property, object entity, object? ownerKey) => property.IsShadowProperty()
        ? (property.IsForeignKey() ? ownerKey : throw new InvalidOperationException(
            $"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property that is not the owner's key."))
        : property.GetGetter().GetClrValue(entity);
}
