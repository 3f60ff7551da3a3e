using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Surge.Storage;

/// <summary>Puts the web app's accounts (ASP.NET Core Identity) in the same database as the logs they own.</summary>
public static class SurgeIdentityStores
{
    /// <summary>
    /// Registers Identity's user store on the database named by <paramref name="connection"/> (as <see cref="SurgeStore.Open(string?, string)"/>:
    /// a SQLite path, a PostgreSQL connection string, or null for SURGE_DB or the default file). Migrations are applied by
    /// <see cref="SurgeStore.Open(string?, string)"/>; call it once at start-up.
    /// </summary>
    /// <exception cref="StoreException">A connection string that names no database the store can use.</exception>
    public static IdentityBuilder AddSurgeStores(this IdentityBuilder builder, string? connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var target = ConnectionTarget.Resolve(connection);
        if (target.Provider == StoreProvider.Sqlite)
        {
            builder.Services.AddDbContext<SqliteSurgeContext>(options => options.UseSqlite(target.ConnectionString));
            return builder.AddEntityFrameworkStores<SqliteSurgeContext>();
        }
        builder.Services.AddDbContext<PostgresSurgeContext>(options => options.UseNpgsql(target.ConnectionString));
        return builder.AddEntityFrameworkStores<PostgresSurgeContext>();
    }

    /// <summary>
    /// Keeps the data-protection keys (which sign and encrypt cookies, bearer tokens and antiforgery tokens) in the table
    /// <c>data_protection_keys</c> of the database named by <paramref name="connection"/>, so that every node over one
    /// database accepts what any of them issued. Registers the context if <see cref="AddSurgeStores"/> has not.
    /// </summary>
    /// <exception cref="StoreException">A connection string that names no database the store can use.</exception>
    public static IDataProtectionBuilder PersistKeysToSurgeDatabase(this IDataProtectionBuilder builder, string? connection)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var target = ConnectionTarget.Resolve(connection);
        if (target.Provider == StoreProvider.Sqlite)
        {
            builder.Services.AddDbContext<SqliteSurgeContext>(options => options.UseSqlite(target.ConnectionString));
            return builder.PersistKeysToDbContext<SqliteSurgeContext>();
        }
        builder.Services.AddDbContext<PostgresSurgeContext>(options => options.UseNpgsql(target.ConnectionString));
        return builder.PersistKeysToDbContext<PostgresSurgeContext>();
    }
}
