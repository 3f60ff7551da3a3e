using System.Text;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Surge.Storage;

/// <summary>
/// The store's model, shared by both providers. Migrations are provider-specific, so each provider has its own
/// context subclass and its own Migrations folder (Migrations/Sqlite, Migrations/Postgres). After a model change, add
/// one migration per provider with the repository's local dotnet-ef (dotnet-tools.json; `dotnet tool restore`):
/// <code>
/// dotnet ef migrations add NAME --project src/Surge.Storage --context SqliteSurgeContext --output-dir Migrations/Sqlite --namespace Surge.Storage.Migrations.Sqlite
/// dotnet ef migrations add NAME --project src/Surge.Storage --context PostgresSurgeContext --output-dir Migrations/Postgres --namespace Surge.Storage.Migrations.Postgres
/// </code>
/// (the snapshot files live beside the migrations.) The web app's accounts (ASP.NET Core Identity) live in the same
/// database; every athlete and mapping belongs to one owner (an account's user id, or "" for the command line).
/// </summary>
internal abstract class SurgeContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    /// <summary>The web app's data-protection keys (table <c>data_protection_keys</c>), shared by every node over one database.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AthleteRow> Athletes => Set<AthleteRow>();
    public DbSet<WorkoutRow> Workouts => Set<WorkoutRow>();
    public DbSet<SetRow> Sets => Set<SetRow>();
    public DbSet<MappingRow> Mappings => Set<MappingRow>();
    public DbSet<ImportRow> Imports => Set<ImportRow>();

    /// <summary>The web app's limits counted for every node at once (table <c>rate_counters</c>; <see cref="SharedCounters"/>).</summary>
    public DbSet<RateCounterRow> RateCounters => Set<RateCounterRow>();

    /// <summary>Longest key of a shared counter (a limit's name and an address, or an email and an address).</summary>
    public const int RateCounterKeyLength = 600;

    /// <summary>Longest owner id (Identity's user ids are GUID strings).</summary>
    public const int OwnerIdLength = 450;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<AthleteRow>(e =>
        {
            e.ToTable("athletes");
            e.Property(a => a.Name).HasMaxLength(200);
            e.Property(a => a.OwnerId).HasMaxLength(OwnerIdLength).HasDefaultValue("");
            e.HasIndex(a => new { a.OwnerId, a.Name }).IsUnique();
            e.HasIndex(a => new { a.OwnerId, a.Number }).IsUnique();
            e.Property(a => a.Sex).HasConversion<string>().HasMaxLength(10);
            e.Property(a => a.TrainingStatus).HasConversion<string>().HasMaxLength(20);
        });
        modelBuilder.Entity<ImportRow>(e =>
        {
            e.ToTable("import_records");
            e.Property(i => i.File).HasMaxLength(1000);
            e.Property(i => i.Format).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Layout).HasMaxLength(100);
            e.HasOne(i => i.Athlete).WithMany().HasForeignKey(i => i.AthleteId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<WorkoutRow>(e =>
        {
            e.ToTable("workouts");
            e.Property(w => w.Key).HasMaxLength(500);
            e.Property(w => w.Title).HasMaxLength(500);
            e.HasIndex(w => new { w.AthleteId, w.Key }).IsUnique();
            e.HasIndex(w => new { w.AthleteId, w.Start });
            e.HasOne(w => w.Athlete).WithMany(a => a.Workouts).HasForeignKey(w => w.AthleteId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne(w => w.Import).WithMany().HasForeignKey(w => w.ImportId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<SetRow>(e =>
        {
            e.ToTable("sets", t =>
            {
                t.HasCheckConstraint("ck_sets_reps", "reps >= 0");
                t.HasCheckConstraint("ck_sets_order", "\"order\" >= 1");
            });
            e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(s => s.ExerciseName).HasMaxLength(300);
            e.Property(s => s.Exercise).HasMaxLength(300);
            e.HasOne(s => s.Workout).WithMany(w => w.Sets).HasForeignKey(s => s.WorkoutId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(s => new { s.WorkoutId, s.Order });
        });
        modelBuilder.Entity<MappingRow>(e =>
        {
            e.ToTable("exercise_mappings");
            e.Property(m => m.Name).HasMaxLength(300);
            e.Property(m => m.NormalizedName).HasMaxLength(300);
            e.Property(m => m.Target).HasMaxLength(300);
            e.Property(m => m.OwnerId).HasMaxLength(OwnerIdLength).HasDefaultValue("");
            e.HasIndex(m => new { m.OwnerId, m.NormalizedName }).IsUnique();
        });

        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.Entity<RateCounterRow>(e =>
        {
            e.ToTable("rate_counters");
            e.HasKey(c => c.Key);
            e.Property(c => c.Key).HasMaxLength(RateCounterKeyLength);
            // Pruning deletes the windows that ended long ago.
            e.HasIndex(c => c.WindowStart);
        });

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}

/// <summary>The store on SQLite (migrations in Migrations/Sqlite).</summary>
internal sealed class SqliteSurgeContext(DbContextOptions<SqliteSurgeContext> options) : SurgeContext(options);

/// <summary>The store on PostgreSQL (migrations in Migrations/Postgres).</summary>
internal sealed class PostgresSurgeContext(DbContextOptions<PostgresSurgeContext> options) : SurgeContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Workout starts are local wall-clock times as the app wrote them: no time zone.
        modelBuilder.Entity<WorkoutRow>().Property(w => w.Start).HasColumnType("timestamp without time zone");
    }
}

/// <summary>Lets dotnet-ef build the SQLite context (no database is opened to add a migration).</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSurgeContext>
{
    public SqliteSurgeContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSurgeContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets dotnet-ef build the PostgreSQL context (no server is contacted to add a migration).</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSurgeContext>
{
    public PostgresSurgeContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSurgeContext>().UseNpgsql("Host=localhost;Database=surge").Options);
}
