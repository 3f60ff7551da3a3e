namespace Surge.Storage;

// Importing a log: all or nothing, retried when two imports race (the rest of the store is in SurgeStore.cs).
public sealed partial class SurgeStore
{
    /// <summary>
    /// Stores a log in one transaction: the athlete (created if new), every workout whose natural key is not yet stored
    /// for that athlete with its sets, and an import record. Workouts already stored (or repeated within the log) are
    /// skipped, so re-importing the same or an overlapping export adds nothing twice. Any failure rolls back everything.
    /// </summary>
    /// <param name="log">The parsed log.</param>
    /// <param name="sourceFile">The file it came from (its name is recorded).</param>
    /// <param name="athlete">Whose log it is.</param>
    /// <param name="cancellation">
    /// Checked between the writes (the athlete, the workouts, each workout's sets) and just before the commit: once it
    /// is cancelled the import stops, rolls back and throws <see cref="OperationCanceledException"/>; nothing is stored.
    /// </param>
    /// <exception cref="StoreException">The database refused the rows (the store is left as it was).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (nothing is stored).</exception>
    /// <remarks>
    /// Two imports at once into one database (two nodes, two terminals) can both find the athlete or a workout missing
    /// and both insert it; the database's unique indexes let one win, and the other fails with a unique violation
    /// (PostgreSQL's 23505, SQLite's constraint error). That loser is rolled back and run again — up to
    /// <see cref="ConflictAttempts"/> times — and then finds the winner's rows and skips them, exactly as a re-import
    /// does; the caller never sees the raw database message.
    /// </remarks>
    public ImportResult Import(WorkoutLog log, string sourceFile, string athlete = DefaultAthlete, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(sourceFile);
        ArgumentException.ThrowIfNullOrWhiteSpace(athlete);
        return RetryOnConflict(() => ImportOnce(log, sourceFile, athlete, cancellation), $"import of {Path.GetFileName(sourceFile)}");
    }

    /// <summary>How many times a write that lost a race for a unique row (see <see cref="Import"/>) is tried in all.</summary>
    public const int ConflictAttempts = 5;

    /// <summary>Test hook: counts the writes run again after losing a race for a unique row.</summary>
    internal int ConflictRetries { get; private set; }

    private T RetryOnConflict<T>(Func<T> write, string what)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (StoreException e) when (IsUniqueViolation(e))
            {
                if (attempt == ConflictAttempts)
                {
                    throw new StoreException(
                        $"{what} failed, nothing was stored: other writers to the same database stored the same rows at the same moment, {ConflictAttempts} times in a row; run it again (what is already stored is skipped)", e);
                }
                ConflictRetries++;
                // The winner has committed (the loser's insert waited for it); a short pause spreads out a crowd.
                Thread.Sleep(TimeSpan.FromMilliseconds(20 * attempt));
            }
        }
    }

    /// <summary>Whether <paramref name="e"/> (or an exception inside it) is a unique-index violation of either engine.</summary>
    internal static bool IsUniqueViolation(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            const int SqliteConstraintUnique = 2067;
            const int SqliteConstraintPrimaryKey = 1555;
            if (inner is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }
                || inner is Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey })
            {
                return true;
            }
        }
        return false;
    }

    private ImportResult ImportOnce(WorkoutLog log, string sourceFile, string athlete, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        _db.ChangeTracker.Clear();
        using var transaction = _db.Database.BeginTransaction();
        try
        {
            var now = DateTime.UtcNow;
            var athleteRow = FindOrAddAthlete(athlete, now);
            if (athleteRow.Id == 0)
            {
                _db.SaveChanges();
            }
            cancellation.ThrowIfCancellationRequested();

            var (added, counts) = PlanImport(log, StoredKeys(athleteRow.Id));
            var import = new ImportRow
            {
                AthleteId = athleteRow.Id,
                File = Path.GetFileName(sourceFile),
                Format = log.Format,
                Layout = log.Layout,
                ImportedUtc = now,
                WorkoutsAdded = counts.WorkoutsAdded,
                WorkoutsSkipped = counts.WorkoutsPresent,
                SetsAdded = counts.SetsAdded,
                Duplicates = counts.Duplicates,
            };
            var rows = added.Select(workout => ToRow(workout, athleteRow.Id, import)).ToList();
            // Only the import record and the workouts go through EF (a few thousand rows): no change detection needed.
            _db.ChangeTracker.AutoDetectChangesEnabled = false;
            _db.Imports.Add(import);
            _db.Workouts.AddRange(rows);
            _db.SaveChanges();
            cancellation.ThrowIfCancellationRequested();
            SetBulkWriter.Write(_db, Provider, [.. rows.Select((row, i) => (row.Id, added[i]))], cancellation);
            BeforeImportCommit?.Invoke();
            // The last point to stop: once committed, the import is stored whole.
            cancellation.ThrowIfCancellationRequested();
            transaction.Commit();
            return counts;
        }
        catch (Exception e) when (e is DbException or DbUpdateException)
        {
            transaction.Rollback();
            throw new StoreException($"import of {Path.GetFileName(sourceFile)} failed, nothing was stored: {Innermost(e)}", e);
        }
        catch
        {
            transaction.Rollback();
            throw;
        }
        finally
        {
            _db.ChangeTracker.AutoDetectChangesEnabled = true;
            _db.ChangeTracker.Clear();
        }
    }

    /// <summary>
    /// What <see cref="Import"/> would store of <paramref name="log"/> as <paramref name="athlete"/>'s, without writing
    /// anything (<c>surge import --dry-run</c>): the same counts, from the stored workouts' keys alone.
    /// </summary>
    /// <exception cref="StoreException">The store cannot be read.</exception>
    public ImportResult CountImport(WorkoutLog log, string athlete = DefaultAthlete)
    {
        ArgumentNullException.ThrowIfNull(log);
        try
        {
            var athleteId = _db.Athletes.AsNoTracking().Where(a => a.OwnerId == Owner && a.Name == athlete).Select(a => (long?)a.Id).FirstOrDefault();
            return PlanImport(log, athleteId is { } id ? StoredKeys(id) : []).Counts;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            throw new StoreException($"cannot read the database {Location}: {Innermost(e)}", e);
        }
    }

    /// <summary>
    /// The workouts of <paramref name="log"/> an import adds beside the <paramref name="stored"/> keys (the first of each
    /// key not stored, in file order) and the import's counts: one rule for the import and its dry run.
    /// </summary>
    public static (IReadOnlyList<LoggedWorkout> Added, ImportResult Counts) PlanImport(WorkoutLog log, IReadOnlySet<string> stored)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(stored);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<LoggedWorkout>();
        int duplicates = 0, present = 0, sets = 0;
        foreach (var workout in log.Workouts)
        {
            if (!seen.Add(workout.Key))
            {
                duplicates++;
            }
            else if (stored.Contains(workout.Key))
            {
                present++;
            }
            else
            {
                added.Add(workout);
                sets += workout.Sets.Count;
            }
        }
        return (added, new ImportResult(added.Count, present, sets, duplicates));
    }

    private HashSet<string> StoredKeys(long athleteId) =>
        _db.Workouts.Where(w => w.AthleteId == athleteId).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);

    private static WorkoutRow ToRow(LoggedWorkout workout, long athleteId, ImportRow import)
    {
        // The sets are written by SetBulkWriter once the workouts have their ids.
        var row = new WorkoutRow
        {
            AthleteId = athleteId,
            Import = import,
            Key = workout.Key,
            Start = DateTime.SpecifyKind(workout.Start, DateTimeKind.Unspecified),
            Title = workout.Title,
            DurationSeconds = workout.Duration?.TotalSeconds,
        };
        return row;
    }

    /// <summary>The owner's athlete row named <paramref name="athlete"/>, added (not yet saved) when there is none.</summary>
    private AthleteRow FindOrAddAthlete(string athlete, DateTime now)
    {
        var row = _db.Athletes.FirstOrDefault(a => a.OwnerId == Owner && a.Name == athlete);
        if (row is null)
        {
            // The owner's next number; two writers adding an athlete for one owner at once collide on the unique
            // (owner, number) index, and the loser is run again (RetryOnConflict) and takes the next one.
            var number = (_db.Athletes.Where(a => a.OwnerId == Owner).Max(a => (long?)a.Number) ?? 0) + 1;
            row = new AthleteRow { OwnerId = Owner, Number = number, Name = athlete, CreatedUtc = now };
            _db.Athletes.Add(row);
        }
        return row;
    }
}
