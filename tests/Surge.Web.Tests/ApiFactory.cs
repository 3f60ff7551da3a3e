namespace Surge.Web.Tests;

/// <summary>
/// An in-memory server on its own SQLite database in a temporary folder (deleted with the factory), or on the
/// database named by <see cref="Connection"/> (the PostgreSQL tests). One public constructor: it is a class fixture.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("surge-web-tests-").FullName;

    /// <summary>A database to use instead of the temporary SQLite file.</summary>
    public string? Connection { get; init; }

    /// <summary>A content root of its own (two nodes installed in different folders), instead of the test project's.</summary>
    public string? ContentRoot { get; init; }

    /// <summary>Extra settings (rate limits) applied on top of the defaults.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The database file of this server.</summary>
    public string DatabasePath => Path.Combine(_folder, "surge.db");

    /// <summary>
    /// Starts the server on a real Kestrel socket on a free loopback port (<paramref name="configure"/> adds to its options)
    /// and answers its address: unlike the in-memory test server, it tells the app when its client goes away, and has
    /// Kestrel's own limits.
    /// </summary>
    public Uri StartOnLoopback(Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? configure = null)
    {
        UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            configure?.Invoke(options);
        });
        StartServer();
        return new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(SurgeWebApp.DatabaseKey, Connection ?? DatabasePath);
        // The tests that ask for the validation report take their own; grading it in every test server would cost CPU.
        builder.UseSetting(SurgeWebApp.WarmValidationKey, "false");
        if (ContentRoot is not null)
        {
            builder.UseContentRoot(ContentRoot);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open on some platform: the temporary folder is left for the system to clean.
            }
        }
    }
}

/// <summary>Sets each request's remote address from the X-Test-Client header (the rate limits partition by address).</summary>
internal sealed class ClientAddressFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Client";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(nextMiddleware => context =>
        {
            if (context.Request.Headers.TryGetValue(Header, out var value) && IPAddress.TryParse(value.ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>Helpers for the tests: example files and requests.</summary>
internal static class Api
{
    /// <summary>The shipped example Strong export (24 workouts, 390 sets, kg).</summary>
    public static readonly string StrongExport = Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv");

    public static string Example(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name));

    public static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");

    public static StringContent Yaml(string text) => new(text, System.Text.Encoding.UTF8, "application/yaml");

    /// <summary>A JSON session of <paramref name="sets"/> sets of one exercise.</summary>
    public static string Session(int sets, string exercise = "back squat") =>
        $$"""
        {
          "record_until": "30 min",
          "exercises": [
            { "exercise": "{{exercise}}", "sets": {{sets}}, "reps": 5, "load": "70 %1RM", "rest": "30 s" }
          ]
        }
        """;

    /// <summary>A JSON program of <paramref name="weeks"/> weeks of one day a week.</summary>
    public static string Program(int weeks) =>
        $$"""
        {
          "weeks": {{weeks}},
          "week": { "mon": { "exercises": [ { "exercise": "back squat", "sets": 3, "reps": 10, "load": "70 %1RM", "rest": "90 s" } ] } }
        }
        """;
}
