using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Surge.Storage;

/// <summary>
/// Writes an import's sets straight through the provider (SQLite: one prepared INSERT reused; PostgreSQL: binary COPY),
/// inside the import's transaction. EF change tracking costs ~0.1 ms per entity, which for 65,000 sets is most of an
/// import; table and column names come from the EF model so they cannot drift from the migrations.
/// </summary>
internal static class SetBulkWriter
{
    private static readonly string[] _properties =
    [
        nameof(SetRow.WorkoutId), nameof(SetRow.Order), nameof(SetRow.Kind), nameof(SetRow.ExerciseName), nameof(SetRow.Exercise),
        nameof(SetRow.WeightKg), nameof(SetRow.Reps), nameof(SetRow.Rpe), nameof(SetRow.RestSeconds), nameof(SetRow.RestInferred),
        nameof(SetRow.Line),
    ];

    /// <summary>Writes the sets of <paramref name="workouts"/>; <paramref name="cancellation"/> is checked before each workout's sets.</summary>
    public static void Write(SurgeContext db, StoreProvider provider, IReadOnlyList<(long WorkoutId, Logs.LoggedWorkout Workout)> workouts, CancellationToken cancellation = default)
    {
        var entity = db.Model.FindEntityType(typeof(SetRow)) ?? throw new InvalidOperationException("SetRow is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = _properties.Select(p => entity.FindProperty(p)!.GetColumnName(table)!).ToArray();
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("sets are written inside the import transaction");

        if (provider == StoreProvider.PostgreSql)
        {
            WritePostgres((NpgsqlConnection)connection, table.Name, columns, workouts, cancellation);
        }
        else
        {
            WriteSqlite(connection, transaction, table.Name, columns, workouts, cancellation);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteSqlite(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        string[] columns,
        IReadOnlyList<(long WorkoutId, Logs.LoggedWorkout Workout)> workouts,
        CancellationToken cancellation)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = new DbParameter[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "$p" + i;
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        foreach (var (workoutId, workout) in workouts)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var set in workout.Sets)
            {
                parameters[0].Value = workoutId;
                parameters[1].Value = set.Order;
                parameters[2].Value = set.Kind.ToString();
                parameters[3].Value = set.ExerciseName;
                parameters[4].Value = (object?)set.Exercise ?? DBNull.Value;
                parameters[5].Value = (object?)set.WeightKg ?? DBNull.Value;
                parameters[6].Value = set.Reps;
                parameters[7].Value = (object?)set.Rpe ?? DBNull.Value;
                parameters[8].Value = (object?)set.RestSeconds ?? DBNull.Value;
                parameters[9].Value = set.RestInferred;
                parameters[10].Value = set.Line;
                command.ExecuteNonQuery();
            }
        }
    }

    private static void WritePostgres(
        NpgsqlConnection connection,
        string table,
        string[] columns,
        IReadOnlyList<(long WorkoutId, Logs.LoggedWorkout Workout)> workouts,
        CancellationToken cancellation)
    {
        // COPY joins the connection's open transaction; a constraint violation surfaces at Complete().
        using var writer = connection.BeginBinaryImport(
            $"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)");
        foreach (var (workoutId, workout) in workouts)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var set in workout.Sets)
            {
                writer.StartRow();
                writer.Write(workoutId, NpgsqlDbType.Bigint);
                writer.Write(set.Order, NpgsqlDbType.Integer);
                writer.Write(set.Kind.ToString(), NpgsqlDbType.Varchar);
                writer.Write(set.ExerciseName, NpgsqlDbType.Varchar);
                WriteNullable(writer, set.Exercise, NpgsqlDbType.Varchar);
                WriteNullable(writer, set.WeightKg, NpgsqlDbType.Double);
                writer.Write(set.Reps, NpgsqlDbType.Integer);
                WriteNullable(writer, set.Rpe, NpgsqlDbType.Double);
                WriteNullable(writer, set.RestSeconds, NpgsqlDbType.Double);
                writer.Write(set.RestInferred, NpgsqlDbType.Boolean);
                writer.Write(set.Line, NpgsqlDbType.Integer);
            }
        }

        writer.Complete();
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, double? value, NpgsqlDbType type)
    {
        if (value is { } v)
        {
            writer.Write(v, type);
        }
        else
        {
            writer.WriteNull();
        }
    }
}
