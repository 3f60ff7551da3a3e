using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;

namespace Surge.Web;

/// <summary>
/// Builds the Surge web app: the HTTP API (<see cref="SurgeApi"/>, <see cref="AccountApi"/>, <see cref="LogApi"/>) and the
/// pages (the front end built from <c>client/</c> into <c>wwwroot/</c>). Used by this project's entry point and by
/// <c>surge serve</c>.
/// </summary>
public static class SurgeWebApp
{
    private static readonly Action<ILogger, string, string, Exception?> _unencryptedKeys = LoggerMessage.Define<string, string>(
        LogLevel.Warning,
        new EventId(0),
        "The data-protection keys (cookies, bearer tokens) are stored unencrypted in the database (table data_protection_keys): " +
        "set {CertificateKey} to a .pfx certificate (and {PasswordKey}) to encrypt them at rest; see docs/deploy.md");

    /// <summary>Configuration key of a folder of pages served instead of the built-in ones (front-end development).</summary>
    public const string WebRootKey = "Surge:WebRoot";

    /// <summary>Configuration key of the database (as <c>--db</c>: a SQLite path or a PostgreSQL connection; default: SURGE_DB, else the default SQLite file).</summary>
    public const string DatabaseKey = "Surge:Database";

    /// <summary>Configuration key: simulations (simulate, compare, train) per minute per remote client address.</summary>
    public const string SimulationsPerMinuteKey = "Surge:RateLimit:SimulationsPerMinute";

    /// <summary>Configuration key: account and upload requests (register, sign in, import) per minute per remote client address.</summary>
    public const string AccountRequestsPerMinuteKey = "Surge:RateLimit:AccountRequestsPerMinute";

    /// <summary>Configuration key: whether loopback clients (127.0.0.1, ::1) are exempt from the rate limits.</summary>
    public const string ExemptLoopbackKey = "Surge:RateLimit:ExemptLoopback";

    /// <summary>
    /// Configuration key: addresses of reverse proxies (separated by ',' or ';') whose X-Forwarded-For header names the
    /// real client; empty (the default) trusts no header, and every request's client is the connection's address.
    /// </summary>
    public const string TrustedProxiesKey = "Surge:TrustedProxies";

    /// <summary>
    /// Configuration key: a PKCS#12 (.pfx) certificate with its private key that encrypts the data-protection keys stored
    /// in the database (every node needs the same file); without it the keys are stored unencrypted and a warning is logged.
    /// </summary>
    public const string DataProtectionCertificateKey = "Surge:DataProtection:CertificatePath";

    /// <summary>Configuration key: the password of <see cref="DataProtectionCertificateKey"/>'s file (none when empty).</summary>
    public const string DataProtectionCertificatePasswordKey = "Surge:DataProtection:CertificatePassword";

    /// <summary>The data-protection application name: nodes with the same name and database share cookies and tokens.</summary>
    public const string DataProtectionApplication = "Surge";

    /// <summary>Configuration key: history analyses (<c>/api/history</c>, <c>/api/athletes/{id}/history</c>) per minute per remote client address.</summary>
    public const string HistoriesPerMinuteKey = "Surge:RateLimit:HistoriesPerMinute";

    /// <summary>Configuration key: the most sets one history request analyses (the latest of the range, in whole workouts).</summary>
    public const string HistorySetsKey = "Surge:Limits:HistorySets";

    /// <summary>
    /// Whether the server grades the validation cases as soon as it listens ("true", the default; "false" in tests that
    /// never ask for them), so the validation page's first visitor does not wait seconds for the whole report.
    /// </summary>
    public const string WarmValidationKey = "Surge:WarmValidation";

    /// <summary>Default history analyses per minute per remote client.</summary>
    public const int DefaultHistoriesPerMinute = 30;

    /// <summary>Default most sets one history request analyses.</summary>
    public const int DefaultHistorySets = 50_000;

    /// <summary>Rate-limit policy of the history analyses.</summary>
    public const string HistoryPolicy = "histories";

    /// <summary>Default simulations per minute per remote client.</summary>
    public const int DefaultSimulationsPerMinute = 600;

    /// <summary>Default account and upload requests per minute per remote client.</summary>
    public const int DefaultAccountRequestsPerMinute = 30;

    /// <summary>Rate-limit policy of the simulation endpoints.</summary>
    public const string SimulationPolicy = "simulations";

    /// <summary>Rate-limit policy of the account and upload endpoints.</summary>
    public const string AccountPolicy = "accounts";

    /// <summary>The name of the sign-in cookie of the pages.</summary>
    public const string AuthCookie = "surge.auth";

    /// <summary>The antiforgery request header the pages send with requests that are not form posts.</summary>
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";

    /// <summary>The antiforgery form field of the pages' forms.</summary>
    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>Builds the app from command-line style <paramref name="args"/> (<c>--urls</c>, <c>--Surge:Database=…</c>, …).</summary>
    /// <exception cref="StoreException">The database cannot be opened.</exception>
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
        var configuration = builder.Configuration;
        if (string.IsNullOrWhiteSpace(configuration["urls"]))
        {
            builder.WebHost.UseUrls(SurgeApi.DefaultUrl);
        }
        // One line per request at Information would cost more than a simulation; the server's own start-up lines stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = SurgeApi.MaximumBodyBytes);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // Say what to do about the bare status codes the authentication and routing layers answer with.
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                StatusCodes.Status401Unauthorized => "this needs an account: sign in (POST /account/login, cookie) or send Authorization: Bearer TOKEN (POST /api/account/login)",
                StatusCodes.Status403Forbidden => "this account may not do that",
                StatusCodes.Status404NotFound => "no such page or endpoint; the API is listed at /openapi/v1.json",
                _ => null,
            };
        });
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
        {
            // Kestrel's and the form reader's refusals (body too large 413, body too slow 408, malformed form 400) keep
            // their status and are not logged as server errors with a stack trace.
            options.StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            options.SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException;
        });
        builder.Services.AddOpenApi(options => options.AddOperationTransformer(EndpointAnswers.DescribeFileAnswers));
        builder.Services.AddSingleton(_ => new ValidationCache());
        builder.Services.AddSingleton<WorkMeter>();
        builder.Services.AddSingleton(new LogDatabase(configuration[DatabaseKey]));
        ConfigureDataProtection(builder);

        // Accounts: Identity with hashed passwords in the logs' database; a cookie for the pages, bearer tokens for the API
        // (the default scheme picks the bearer handler when the request carries "Authorization: Bearer").
        builder.Services
            .AddIdentityApiEndpoints<IdentityUser>(options =>
            {
                // Length over composition rules (NIST SP 800-63B, section 5.1.1.2).
                options.Password.RequiredLength = AccountApi.MinimumPasswordLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.User.RequireUniqueEmail = true;
                // Wrong passwords are counted per email and client address by SignInThrottle, never per account alone.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddSignInManager<UniformSignInManager>()
            .AddSurgeStores(configuration[DatabaseKey]);
        // The clock of the rate limits' windows and the sign-in throttle (a test may set its own).
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new SignInThrottle(
            SharedCounters.ForDatabase(services.GetRequiredService<LogDatabase>().Connection),
            services.GetRequiredService<TimeProvider>()));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = AuthCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            // The pages sign in through the API: no redirect to a sign-in page, ever — 401 and 403 as problems.
            options.Events.OnRedirectToLogin = context => Deny(context.HttpContext, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Deny(context.HttpContext, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorization();
        builder.Services.AddAntiforgery(options =>
        {
            options.HeaderName = AntiforgeryHeader;
            options.FormFieldName = AntiforgeryField;
            options.Cookie.Name = "surge.antiforgery";
        });
        builder.Services.AddRateLimiter(options => ConfigureRateLimits(options, configuration));
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in TrustedProxies(configuration))
            {
                options.KnownProxies.Add(proxy);
            }
        });
    }

    /// <summary>
    /// The keys that sign and encrypt cookies, bearer tokens and antiforgery tokens live in the database (table
    /// <c>data_protection_keys</c>), so every node over one database accepts what another issued; encrypted with the
    /// certificate named by <see cref="DataProtectionCertificateKey"/> when one is given.
    /// </summary>
    private static void ConfigureDataProtection(WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var protection = builder.Services.AddDataProtection()
            .SetApplicationName(DataProtectionApplication)
            .PersistKeysToSurgeDatabase(configuration[DatabaseKey]);
        var path = configuration[DataProtectionCertificateKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, NullIfEmpty(configuration[DataProtectionCertificatePasswordKey]));
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{DataProtectionCertificateKey}: cannot read the certificate '{path}' (a .pfx file with its private key, and {DataProtectionCertificatePasswordKey} its password): {e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{DataProtectionCertificateKey}: the certificate '{path}' has no private key; export it with its key (.pfx)");
        }
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static List<IPAddress> TrustedProxies(IConfiguration configuration)
    {
        var text = configuration[TrustedProxiesKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        var proxies = new List<IPAddress>();
        foreach (var part in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            proxies.Add(IPAddress.TryParse(part, out var address)
                ? address
                : throw new InvalidOperationException($"{TrustedProxiesKey}: expected IP addresses separated by commas, got '{part}'"));
        }
        return proxies;
    }

    private static Task Deny(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Fixed one-minute windows per remote address: simulations (default 600/min) and account requests (default 30/min);
    /// loopback clients are exempt unless configured otherwise. A refused request gets 429 with Retry-After. Counted in
    /// the process's memory over SQLite (one node), in the database over PostgreSQL (<see cref="SharedWindowRateLimiter"/>).
    /// </summary>
    private static void ConfigureRateLimits(RateLimiterOptions options, ConfigurationManager configuration)
    {
        var exemptLoopback = configuration.GetValue(ExemptLoopbackKey, true);
        var simulations = Positive(configuration, SimulationsPerMinuteKey, DefaultSimulationsPerMinute);
        var accounts = Positive(configuration, AccountRequestsPerMinuteKey, DefaultAccountRequestsPerMinute);
        var histories = Positive(configuration, HistoriesPerMinuteKey, DefaultHistoriesPerMinute);
        // Over PostgreSQL (several nodes may share it) the windows are counted in the database, once for every node.
        var shared = SharedCounters.ForDatabase(configuration[DatabaseKey]);
        options.AddPolicy(SimulationPolicy, context => PerClient(context, SimulationPolicy, simulations, exemptLoopback, shared));
        options.AddPolicy(AccountPolicy, context => PerClient(context, AccountPolicy, accounts, exemptLoopback, shared));
        options.AddPolicy(HistoryPolicy, context => PerClient(context, HistoryPolicy, histories, exemptLoopback, shared));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, cancellation) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
            context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"this client has used its requests for this minute; try again in {seconds} s")
                .ExecuteAsync(context.HttpContext);
        };
    }

    /// <summary>The most sets one history request analyses (<see cref="HistorySetsKey"/>).</summary>
    public static int HistorySets(IConfiguration configuration)
    {
        var value = configuration.GetValue(HistorySetsKey, DefaultHistorySets);
        return value > 0 ? value : throw new InvalidOperationException($"{HistorySetsKey}: expected a positive number of sets, got {value}");
    }

    private static int Positive(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration.GetValue(key, fallback);
        return value > 0 ? value : throw new InvalidOperationException($"{key}: expected a positive number of requests per minute, got {value}");
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int perMinute, bool exemptLoopback, SharedCounters? shared)
    {
        var address = context.Connection.RemoteIpAddress;
        if (exemptLoopback && address is not null && IPAddress.IsLoopback(address))
        {
            return RateLimitPartition.GetNoLimiter("loopback");
        }
        var client = address?.ToString() ?? "unknown";
        if (shared is not null)
        {
            var clock = context.RequestServices.GetRequiredService<TimeProvider>();
            return RateLimitPartition.Get(client, key => new SharedWindowRateLimiter(shared, policy + "|" + key, perMinute, clock));
        }
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }

    /// <summary>The middleware and the endpoints.</summary>
    public static void Use(WebApplication app)
    {
        // Creates the database or brings it up to date before the first request.
        app.Services.GetRequiredService<LogDatabase>().Migrate();
        if (app.Configuration.GetValue(WarmValidationKey, true))
        {
            // On a worker once the server listens: grading every study takes seconds of CPU. A failure (no cases found)
            // stays in the cache and is answered to whoever asks, as without the warm-up.
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => app.Services.GetRequiredService<ValidationCache>().TryWarm()));
        }
        if (string.IsNullOrWhiteSpace(app.Configuration[DataProtectionCertificateKey]))
        {
            _unencryptedKeys(app.Logger, DataProtectionCertificateKey, DataProtectionCertificatePasswordKey, null);
        }
        // Only the proxies named by Surge:TrustedProxies may say who the client is (rate limits go by that address).
        // Without any, the middleware is left out: with no known proxy or network it believes the header from every
        // client, so a rotating X-Forwarded-For would lift every per-client limit.
        if (TrustedProxies(app.Configuration).Count > 0)
        {
            app.UseForwardedHeaders();
        }
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use((context, next) =>
        {
            // The pages hold sign-in and upload forms: no framing by other sites, no content sniffing, no referrers out.
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            // The pages load only their own bundle; inline style attributes are the charts' (uPlot) and the pages' own.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
                "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
            if (IsPersonal(context.Request))
            {
                // Personal answers (a log, an account, a token) are kept by no cache, shared or the browser's.
                headers.CacheControl = "no-store";
            }
            return next(context);
        });
        var pages = Pages(app);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = pages });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = pages });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use(RevokeStaleCredentials);
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapOpenApi();
        HealthApi.Map(app);
        SurgeApi.Map(app);
        AccountApi.Map(app);
        LogApi.Map(app);
        DemoApi.Map(app);
        TrialApi.Map(app);
    }

    /// <summary>
    /// Credentials (cookie or bearer token) issued before the account's security stamp changed — a password change, a
    /// sign-out everywhere, a closed account — count as none: the request goes on anonymous, and whatever needs an
    /// account answers 401. One lookup of the account per request with credentials.
    /// </summary>
    private static async Task RevokeStaleCredentials(HttpContext context, RequestDelegate next)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var signIn = context.RequestServices.GetRequiredService<SignInManager<IdentityUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.User) is null)
            {
                context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            }
        }
        await next(context);
    }

    /// <summary>Whether the answer may be personal: the request carries credentials, or it is about accounts or tokens.</summary>
    private static bool IsPersonal(HttpRequest request) =>
        request.Headers.Authorization.Count > 0
        || request.Cookies.ContainsKey(AuthCookie)
        || request.Path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/api/account", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/api/antiforgery", StringComparison.OrdinalIgnoreCase);

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
