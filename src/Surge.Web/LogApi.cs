using Surge.Import;
using Surge.Logs;

namespace Surge.Web;

/// <summary>
/// The signed-in user's logs: <c>POST /api/import</c>, <c>GET /api/athletes</c>, <c>GET|DELETE /api/athletes/{id}</c>,
/// <c>GET /api/athletes/{id}/history</c>, <c>GET|PUT /api/athletes/{id}/profile</c>, <c>POST /api/athletes/{id}/profile/reset-fit</c>, <c>GET /api/history</c>. Every endpoint needs credentials (401 without) and sees
/// only the caller's own athletes. An athlete's id is its number within its owner (1, 2, …; <see cref="AthleteSummary.Number"/>),
/// so it says nothing about other users; another user's athlete is never reached through it (404, as an id that does not exist).
/// </summary>
public static class LogApi
{
    private const string JsonType = "application/json";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").RequireAuthorization().AddEndpointFilter<ExistingUserFilter>().WithTags("Logs");
        api.MapPost("/import", Import)
            .DisableAntiforgery() // AntiforgeryFilter: required for cookies, not for bearer tokens
            .AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(SurgeWebApp.AccountPolicy)
            .Accepts<IFormFile>("multipart/form-data", "text/csv")
            .AnswersJson<ImportAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .WithSummary("Import a Strong or Hevy export: multipart (file, format, unit, athlete) or a text/csv body with ?format=strong|hevy&unit=kg|lb&athlete=NAME; answers the `surge import --json` summary plus the athlete.");
        api.MapGet("/athletes", Athletes)
            .AnswersJson<AthletesAnswer>()
            .WithSummary("Your athletes with their stored workouts, sets and date range.");
        api.MapGet("/athletes/{id:long}", Athlete)
            .AnswersAthleteJson<StoredAthleteAnswer>()
            .WithSummary("One of your athletes.");
        api.MapDelete("/athletes/{id:long}", Delete)
            .AddEndpointFilter<AntiforgeryFilter>()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Delete one of your athletes and every workout, set and import record stored for them.");
        api.MapGet("/athletes/{id:long}/history", HistoryById)
            .RequireRateLimiting(SurgeWebApp.HistoryPolicy)
            .AnswersAthleteJson<HistoryAnswer>()
            .WithSummary("The `surge history --json` analysis of one of your athletes (?from=YYYY-MM-DD&to=YYYY-MM-DD).");
        api.MapGet("/athletes/{id:long}/profile", Profile)
            .AnswersAthleteJson<AthleteAnswer>()
            .WithSummary("The stored profile of one of your athletes (the `surge athlete --json` object).");
        api.MapPut("/athletes/{id:long}/profile", SetProfile)
            .AddEndpointFilter<AntiforgeryFilter>()
            .Accepts<AthleteDocument>(JsonType)
            .AnswersJson<AthleteAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Store fields of an athlete's profile: a JSON object with any of sex, age, body_mass, body_fat, training_status, resting_testosterone (as a session file's athlete: \"61 kg\", \"24 %\", \"20 nmol/L\"); the others stay as they were. Answers the whole profile.");
        api.MapPost("/athletes/{id:long}/profile/reset-fit", ResetFit)
            .AddEndpointFilter<AntiforgeryFilter>()
            .AnswersAthleteJson<AthleteAnswer>()
            .WithSummary("Clear what `surge fit --db --store` stored in an athlete's profile (the strength responsiveness fitted to the log), as `surge athlete --reset-fit`: predictions then use the population's average. Answers the whole profile.");
        api.MapGet("/history", HistoryByName)
            .RequireRateLimiting(SurgeWebApp.HistoryPolicy)
            .AnswersAthleteJson<HistoryAnswer>()
            .WithSummary("The `surge history --json` analysis of your athlete named ?athlete=NAME (default: default), ?from=&to= as dates.");
    }

    private static string Owner(ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("an authenticated user without an id");

    private static async Task<IResult> Import(HttpRequest request, ClaimsPrincipal user, LogDatabase database, WorkMeter meter)
    {
        try
        {
            return await ImportAsync(request, user, database, meter, request.HttpContext.RequestAborted);
        }
        catch (OperationCanceledException) when (request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client has gone: the parsing or the store's writes stopped and nothing was committed. Never sent.
            const int ClientClosedRequest = 499;
            return Results.StatusCode(ClientClosedRequest);
        }
        finally
        {
            meter.ImportEnded();
        }
    }

    private static async Task<IResult> ImportAsync(HttpRequest request, ClaimsPrincipal user, LogDatabase database, WorkMeter meter, CancellationToken cancellation)
    {
        byte[] bytes;
        string fileName;
        string? format = request.Query["format"];
        string? unit = request.Query["unit"];
        string? athlete = request.Query["athlete"];
        if (request.ContentLength > SurgeApi.MaximumBodyBytes)
        {
            // Refused before reading: a client that sent "Expect: 100-continue" never has to send the body.
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Too large", $"the export is {request.ContentLength} bytes; at most {SurgeApi.MaximumBodyBytes} bytes are accepted");
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellation);
            var file = form.Files.GetFile("file");
            if (file is null)
            {
                return Problems.Field("file", "expected the export as a file field named 'file'");
            }
            fileName = Path.GetFileName(file.FileName);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellation);
            bytes = buffer.ToArray();
            format = FirstNonEmpty(form["format"], format);
            unit = FirstNonEmpty(form["unit"], unit);
            athlete = FirstNonEmpty(form["athlete"], athlete);
        }
        else if (request.ContentType is { } type && (type.StartsWith("text/csv", StringComparison.OrdinalIgnoreCase) || type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)))
        {
            fileName = "upload.csv";
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, cancellation);
            bytes = buffer.ToArray();
        }
        else
        {
            return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", $"send the export as multipart/form-data (field 'file') or as a text/csv body; got '{request.ContentType ?? "no content type"}'");
        }

        LogFormat logFormat;
        switch (format?.Trim().ToLowerInvariant())
        {
            case "strong": logFormat = LogFormat.Strong; break;
            case "hevy": logFormat = LogFormat.Hevy; break;
            default: return Problems.Field("format", $"expected strong or hevy, got '{format ?? ""}'");
        }
        WeightUnit? weightUnit;
        switch (unit?.Trim().ToLowerInvariant())
        {
            case null or "" or "file": weightUnit = null; break;
            case "kg": weightUnit = WeightUnit.Kg; break;
            case "lb" or "lbs": weightUnit = WeightUnit.Lb; break;
            default: return Problems.Field("unit", $"expected kg or lb, got '{unit}'");
        }
        var athleteName = string.IsNullOrWhiteSpace(athlete) ? SurgeStore.DefaultAthlete : athlete.Trim();
        if (athleteName.Length > 200)
        {
            return Problems.Field("athlete", $"at most 200 characters, got {athleteName.Length}");
        }

        using var store = database.Open(Owner(user));
        var parse = WorkoutLogReader.Read(bytes, fileName, new LogReadOptions(logFormat, ExerciseCatalogue.Default, weightUnit, store.Mappings(), new ImportProgress(meter, cancellation)), cancellation);
        if (parse.Log is not { } log)
        {
            return Problems.FromInputError(parse.Error ?? new InputError(fileName, null, null, "", $"cannot be read as a {format} export"));
        }
        meter.ImportParsed(cancellation);
        var outcome = LogImports.Store(store, log, fileName, athleteName, dryRun: false, cancellation: cancellation);
        meter.ImportStored();
        var summary = HistoryImportOutput.Answer(HistoryImportOutput.Summarise(log, new ImportCounts(outcome.WorkoutsAdded, outcome.WorkoutsPresent, outcome.SetsAdded), dryRun: false));
        var stored = store.Athletes().Single(a => a.Name == athleteName);
        var answer = summary with { Athlete = new ImportedAthleteAnswer(stored.Number, stored.Name), Warnings = log.Warnings.Select(w => w.ToString()).ToArray() };
        // On one line with the default encoder, as this answer has always been written.
        return Results.Text(AnswerJson.Write(answer, AnswerJson.Compact.ImportAnswer), JsonType, Encoding.UTF8);
    }

    private static string? FirstNonEmpty(string? first, string? second) => string.IsNullOrWhiteSpace(first) ? second : first;

    private static IResult Athletes(ClaimsPrincipal user, LogDatabase database)
    {
        using var store = database.Open(Owner(user));
        return Results.Text(AnswerJson.Write(new AthletesAnswer(store.Athletes().Select(AthleteAnswer).ToArray()), AnswerJson.Compact.AthletesAnswer), JsonType, Encoding.UTF8);
    }

    private static IResult Athlete(long id, ClaimsPrincipal user, LogDatabase database)
    {
        using var store = database.Open(Owner(user));
        return store.FindAthlete(id) is { } athlete
            ? Results.Text(AnswerJson.Write(AthleteAnswer(athlete), AnswerJson.Compact.StoredAthleteAnswer), JsonType, Encoding.UTF8)
            : NotFound(id);
    }

    private static IResult Delete(long id, ClaimsPrincipal user, LogDatabase database)
    {
        using var store = database.Open(Owner(user));
        return store.DeleteAthlete(id) ? Results.NoContent() : NotFound(id);
    }

    private static IResult HistoryById(long id, string? from, string? to, ClaimsPrincipal user, LogDatabase database, IConfiguration configuration)
    {
        if (Dates(from, to) is not { } dates)
        {
            return DateProblem(from, to);
        }
        using var store = database.Open(Owner(user));
        if (store.FindAthlete(id) is not { } athlete)
        {
            return NotFound(id);
        }
        return History(store.LatestWorkouts(id, dates.First, dates.Last, SurgeWebApp.HistorySets(configuration)), store, athlete.Name, athlete.Number);
    }

    private static IResult HistoryByName(string? athlete, string? from, string? to, ClaimsPrincipal user, LogDatabase database, IConfiguration configuration)
    {
        if (Dates(from, to) is not { } dates)
        {
            return DateProblem(from, to);
        }
        var name = string.IsNullOrWhiteSpace(athlete) ? SurgeStore.DefaultAthlete : athlete.Trim();
        using var store = database.Open(Owner(user));
        var found = store.Athletes().FirstOrDefault(a => a.Name == name);
        if (found is null)
        {
            return Problems.Create(StatusCodes.Status404NotFound, "No such athlete", $"you have no athlete named '{name}'; import a log first (POST /api/import)");
        }
        return History(store.LatestWorkouts(found.Number, dates.First, dates.Last, SurgeWebApp.HistorySets(configuration)), store, found.Name, found.Number);
    }

    /// <summary>
    /// The history JSON of <paramref name="athlete"/>'s workouts, predicted with their stored profile (surge athlete). When
    /// the range holds more sets than one request analyses, the earliest workouts are left out and <c>truncated</c> says
    /// what was analysed and how to ask for the rest (an earlier <c>?to=</c>).
    /// </summary>
    private static IResult History(HistoryWindow window, SurgeStore store, string athlete, long number)
    {
        var (workouts, profile, report) = HistoryRuns.Analyze(store, athlete, window.Workouts, ExerciseCatalogue.Default, SessionSimulator.Default, ProgramSimulator.Default);
        var answer = HistoryJson.Answer(report, athlete, profile, strengthFrom: workouts, athleteNumber: number);
        if (!window.Truncated)
        {
            return Results.Text(AnswerJson.Write(answer, AnswerJson.Relaxed.HistoryAnswer), JsonType, Encoding.UTF8);
        }
        var first = DateOnly.FromDateTime(window.Workouts[0].Start);
        var truncated = new HistoryTruncationAnswer(
            window.SetsInRange,
            window.WorkoutsInRange,
            window.SetsRead,
            window.Workouts.Count,
            first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            $"the range holds {window.SetsInRange.ToString(CultureInfo.InvariantCulture)} sets; one request analyses the latest " +
                $"{window.SetsRead.ToString(CultureInfo.InvariantCulture)} (from {first:yyyy-MM-dd}); ask for earlier ones with " +
                $"?to={first.AddDays(-1):yyyy-MM-dd}");
        // On one line with the default encoder, as this answer has always been written.
        return Results.Text(AnswerJson.Write(answer with { Truncated = truncated }, AnswerJson.Compact.HistoryAnswer), JsonType, Encoding.UTF8);
    }

    /// <summary>Parsed ?from and ?to (either may be absent); null when one is malformed or from is after to.</summary>
    private static (DateOnly? First, DateOnly? Last)? Dates(string? from, string? to)
    {
        DateOnly? first = null, last = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!DateOnly.TryParseExact(from.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f))
            {
                return null;
            }
            first = f;
        }
        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!DateOnly.TryParseExact(to.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                return null;
            }
            last = t;
        }
        return first is { } a && last is { } b && a > b ? null : (first, last);
    }

    private static IResult DateProblem(string? from, string? to) =>
        Problems.Field("from", $"expected dates as YYYY-MM-DD with from on or before to; got from '{from ?? ""}', to '{to ?? ""}'");

    private static IResult Profile(long id, ClaimsPrincipal user, LogDatabase database)
    {
        using var store = database.Open(Owner(user));
        return store.FindAthlete(id) is { } athlete
            ? Results.Text(AthleteOutput.Json(athlete.Name, store.Profile(athlete.Name), athlete.Number), JsonType, Encoding.UTF8)
            : NotFound(id);
    }

    private static IResult ResetFit(long id, ClaimsPrincipal user, LogDatabase database)
    {
        using var store = database.Open(Owner(user));
        if (store.FindAthlete(id) is not { } athlete)
        {
            return NotFound(id);
        }
        var profile = store.ResetFit(athlete.Name);
        return Results.Text(AthleteOutput.Json(athlete.Name, profile, athlete.Number), JsonType, Encoding.UTF8);
    }

    /// <summary>The keys a profile request accepts (a session's athlete's; the schema is <see cref="AthleteDocument"/>).</summary>
    internal static readonly string[] ProfileFields = ["sex", "age", "body_mass", "body_fat", "training_status", "resting_testosterone"];

    private static async Task<IResult> SetProfile(long id, HttpRequest request, ClaimsPrincipal user, LogDatabase database)
    {
        var (body, problem) = await BodyReader.ReadAsync(request, allowYaml: false);
        if (problem is not null)
        {
            return problem;
        }
        var (changes, invalid) = ParseProfile(body!.Text);
        if (invalid is not null)
        {
            return invalid;
        }
        using var store = database.Open(Owner(user));
        if (store.FindAthlete(id) is not { } athlete)
        {
            return NotFound(id);
        }
        var profile = store.SaveProfile(changes!, athlete.Name);
        return Results.Text(AthleteOutput.Json(athlete.Name, profile, athlete.Number), JsonType, Encoding.UTF8);
    }

    /// <summary>
    /// Reads a profile request <c>{"sex", "age", "body_mass", "body_fat", "training_status", "resting_testosterone"}</c>
    /// (any of them): the changes, or the 400 problem naming the field.
    /// </summary>
    internal static (AthleteSettings? Changes, IResult? Problem) ParseProfile(string json)
    {
        JsonObject? fields;
        try
        {
            // Duplicate keys are refused while parsing (found by RequestFuzzTests: JsonObject threw on first use, a 500).
            fields = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject;
        }
        catch (JsonException e)
        {
            return (null, Problems.Field("", $"the body is not valid JSON: {e.Message}"));
        }
        if (fields is null)
        {
            return (null, Problems.Field("", "expected a JSON object with any of " + string.Join(", ", ProfileFields)));
        }
        string? Text(string name) => fields[name] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            JsonValue value when value.TryGetValue<double>(out var number) => number.ToString("R", CultureInfo.InvariantCulture),
            _ => "",
        };
        if (fields.Select(f => f.Key).FirstOrDefault(k => Array.IndexOf(ProfileFields, k) < 0) is { } unknown)
        {
            return (null, Problems.Field(unknown, "unknown field; expected one of " + string.Join(", ", ProfileFields)));
        }
        string? error = null;
        string? errorField = null;
        T? Parse<T>(string name, Func<string?, Quantities.QuantityParseResult<T>> parse)
            where T : struct
        {
            if (error is not null || Text(name) is not { } text)
            {
                return null;
            }
            var result = parse(text);
            if (!result.Success)
            {
                (error, errorField) = (result.Error, name);
                return null;
            }
            return result.Value;
        }
        var changes = new AthleteSettings(
            Parse("sex", AthleteSettings.ParseSex),
            Parse("age", AthleteSettings.ParseAgeYears),
            Parse("body_mass", AthleteSettings.ParseBodyMassKg),
            Parse("body_fat", AthleteSettings.ParseBodyFatFraction),
            Parse("training_status", AthleteSettings.ParseTrainingStatus),
            Parse("resting_testosterone", AthleteSettings.ParseMorningTestosteroneNmolPerL));
        if (error is not null)
        {
            return (null, Problems.Field(errorField!, error));
        }
        return (changes, null);
    }

    private static IResult NotFound(long id) =>
        Problems.Create(StatusCodes.Status404NotFound, "No such athlete", $"you have no athlete with id {id}");

    /// <summary>One stored athlete as the athletes endpoints answer it (written on one line, as always).</summary>
    private static StoredAthleteAnswer AthleteAnswer(AthleteSummary athlete) => new(
        athlete.Number,
        athlete.Name,
        athlete.Workouts,
        athlete.Sets,
        athlete.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        athlete.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
