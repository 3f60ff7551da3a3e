using Microsoft.Extensions.FileProviders;

namespace Surge.Web;

/// <summary>
/// Builds the Surge web app: the HTTP API (<see cref="SurgeApi"/>) and the pages (the front end built from
/// <c>client/</c> into <c>wwwroot/</c>). Used by this project's own entry point and by <c>surge serve</c>.
/// </summary>
public static class SurgeWebApp
{
    /// <summary>Configuration key of a folder of pages served instead of the built-in ones (front-end development).</summary>
    public const string WebRootKey = "Surge:WebRoot";

    /// <summary>Configuration key of the database (as <c>--db</c>: a SQLite path or a PostgreSQL connection; default: SURGE_DB, else the default SQLite file).</summary>
    public const string DatabaseKey = "Surge:Database";

    /// <summary>Builds the app from command-line style <paramref name="args"/> (<c>--urls</c>, <c>--Surge:Database</c>, ...).</summary>
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SurgeWebApp).Assembly.GetName().Name,
        });
        Configure(builder);
        var app = builder.Build();
        Use(app);
        return app;
    }

    /// <summary>Registers the services and the server settings.</summary>
    public static void Configure(WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(SurgeApi.DefaultUrl);
        }
        // One line per request at Information would cost more than a simulation; the server's own start-up lines stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = SurgeApi.MaximumBodyBytes);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(_ => new ValidationCache());
    }

    /// <summary>The middleware and the endpoints.</summary>
    public static void Use(WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        var pages = Pages(app);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages });
        app.MapOpenApi();
        SurgeApi.Map(app);
    }

    /// <summary>
    /// The pages: a folder named by <see cref="WebRootKey"/>, else <c>wwwroot</c> under the content root when it holds
    /// the built front end (running from the source tree), else the copy embedded in this assembly at build (surge serve).
    /// </summary>
    private static IFileProvider Pages(WebApplication app)
    {
        var configured = app.Configuration[WebRootKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PhysicalFileProvider(Path.GetFullPath(configured));
        }
        var local = Path.Combine(app.Environment.ContentRootPath, "wwwroot");
        if (File.Exists(Path.Combine(local, "index.html")))
        {
            return new PhysicalFileProvider(local);
        }
        try
        {
            return new ManifestEmbeddedFileProvider(typeof(SurgeWebApp).Assembly, "wwwroot");
        }
        catch (InvalidOperationException)
        {
            // Built without the front end (no npm at build time): the API still works; "/" says how to build the pages.
            app.MapGet("/", () => Results.Content(NotBuiltPage, "text/html; charset=utf-8")).ExcludeFromDescription();
            return new NullFileProvider();
        }
    }

    private const string NotBuiltPage =
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Surge</title><body>" +
        "<h1>Surge</h1><p>The HTTP API is running (<a href=\"/openapi/v1.json\">OpenAPI</a>), but this build has no pages: " +
        "build the front end with <code>npm ci &amp;&amp; npm run build</code> in <code>src/Surge.Web/client</code> " +
        "(Node.js 20 or later), then build again.</p></body></html>";
}
