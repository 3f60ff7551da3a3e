using Microsoft.AspNetCore.Mvc;

namespace Surge.Web;

/// <summary>The endpoints: <c>/api/simulate</c>, <c>/api/compare</c>, <c>/api/train</c>, <c>/api/exercises</c>, <c>/api/model</c>, <c>/api/validation</c>.</summary>
public static class SurgeApi
{
    /// <summary>Where the server listens unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Largest request body, bytes (10 MB).</summary>
    public const long MaximumBodyBytes = 10L * 1024 * 1024;

    /// <summary>Most sets one session may hold through the API.</summary>
    public const int MaximumSets = 200;

    /// <summary>Most weeks one program may span through the API.</summary>
    public const int MaximumWeeks = 104;

    /// <summary>Fewest and most sessions of one comparison.</summary>
    public const int MinimumCompared = 2;

    /// <summary>Most sessions of one comparison.</summary>
    public const int MaximumCompared = 10;

    private const string JsonType = "application/json";

    /// <summary>How long a browser or shared cache may keep <c>GET /api/model</c>: an hour (it changes only with a release).</summary>
    public const string ModelCacheControl = "public, max-age=3600";

    private static readonly string[] _documentTypes = [JsonType, "application/yaml"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Simulation");
        api.MapPost("/simulate", Simulate)
            // One 200 answer for every format (a second untyped Produces for 200 would replace the typed schema).
            .Simulation<SessionDocument, SimulateAnswer>(_documentTypes[1..], "text/csv", "image/png", "image/svg+xml")
            .WithSummary("Simulate one session (the session file's schema); answers the `surge simulate --json` object, or with ?format=csv the `--csv` table, ?format=png|svg the `--plot` figure; ?no_exercise=true adds each measure's no_exercise_series (the same day without the session).");
        api.MapPost("/compare", Compare)
            .Simulation<CompareRequestDocument, CompareAnswer>([], "image/png", "image/svg+xml")
            .WithSummary("Simulate 2–10 sessions: {\"sessions\": [...], \"names\": [...] (optional)} in, the `surge compare --json` object out, or with ?format=png|svg the overlay figure (`surge compare --plot`).");
        api.MapPost("/train", Train)
            .Simulation<ProgramDocument, TrainAnswer>(_documentTypes[1..])
            .WithSummary("Simulate a training program (the program file's schema); answers the `surge train --json` object.");
        api.MapGet("/exercises", Exercises)
            .AnswersJson<ExercisesAnswer>()
            .WithSummary("The exercise catalogue as `surge exercises --json`, optionally filtered by ?search=TEXT.");
        api.MapGet("/model", Model)
            .AnswersJson<ModelAnswer>()
            .WithSummary("What the pages need of the model, from the core: {\"muscles\": [ids in canonical order], \"measures\": [{id, title, unit}], \"athlete_defaults\": {male|female: {age, body_mass_kg, body_fat_pct, training_status}}, \"session_defaults\": {rest_s}, \"reps_to_fraction\": [fraction of 1RM for 1..30 reps], \"units\": {kg_per_lb, testosterone_ng_per_dl_per_nmol_per_l}}; cacheable.");
        api.MapGet("/validation", (ValidationCache cache) => Json(cache.Json))
            .AnswersJson<ValidationAnswer>()
            .WithSummary("The model graded against the published studies: the `surge validate --json` object.");
    }

    /// <summary>The <c>?format=</c> asked for (json when absent), or the problem naming the accepted ones.</summary>
    private static (string? Format, IResult? Problem) OutputFormat(string? format, params string[] accepted)
    {
        var output = string.IsNullOrWhiteSpace(format) ? "json" : format.Trim().ToLowerInvariant();
        return accepted.Contains(output)
            ? (output, null)
            : (null, Problems.Field("format", $"expected {string.Join(", ", accepted[..^1])} or {accepted[^1]}, got '{format}'"));
    }

    /// <summary>The overlay figure of <paramref name="sessions"/> as an image answer (PNG, or SVG for "svg").</summary>
    private static IResult Figure(IReadOnlyList<SimulatedSession> sessions, string format, string name) =>
        format == "svg"
            ? Results.File(PlotOutput.Render(sessions, svg: true), "image/svg+xml", name + ".svg")
            : Results.File(PlotOutput.Render(sessions, svg: false), "image/png", name + ".png");

    private static async Task<IResult> Simulate(HttpRequest request, string? format, [FromQuery(Name = "no_exercise")] bool? noExercise)
    {
        var (output, wrongFormat) = OutputFormat(format, "json", "csv", "png", "svg");
        if (wrongFormat is not null)
        {
            return wrongFormat;
        }
        var (body, problem) = await BodyReader.ReadAsync(request, allowYaml: true);
        if (body is null)
        {
            return problem!;
        }
        var parse = InputFiles.ParseSession(body.Text, body.FileName, ExerciseCatalogue.Default);
        if (Check(parse, "") is { } error)
        {
            return error;
        }
        var budget = WorkBudget.For(request.HttpContext);
        var simulated = Run(body.FileName, parse, budget);
        return output switch
        {
            "csv" => Results.Text(CsvOutput.TimeSeries(simulated.Result), "text/csv", Encoding.UTF8),
            "png" or "svg" => Figure([simulated], output, "session"),
            _ => new JsonStreamResult<SimulateAnswer>(JsonOutput.SimulationAnswer(simulated, noExercise == true), AnswerJsonContext.Default.SimulateAnswer),
        };
    }

    private static async Task<IResult> Compare(HttpRequest request, string? format, [FromQuery(Name = "no_exercise")] bool? noExercise)
    {
        var (output, wrongFormat) = OutputFormat(format, "json", "png", "svg");
        if (wrongFormat is not null)
        {
            return wrongFormat;
        }
        var (body, problem) = await BodyReader.ReadAsync(request, allowYaml: false);
        if (body is null)
        {
            return problem!;
        }
        var (documents, names, error) = CompareRequest.Split(body.Text);
        if (documents is null)
        {
            return error!;
        }
        if (documents.Count is < MinimumCompared or > MaximumCompared)
        {
            return Problems.Field("sessions", $"must hold {MinimumCompared}–{MaximumCompared} sessions, got {documents.Count}");
        }
        var parsed = new List<SessionFileResult>();
        var minutes = 0.0;
        for (var i = 0; i < documents.Count; i++)
        {
            var parse = InputFiles.ParseSession(documents[i], body.FileName, ExerciseCatalogue.Default);
            if (Check(parse, $"sessions[{i}]") is { } invalid)
            {
                return invalid;
            }
            parsed.Add(parse);
            minutes += SimulatedMinutes(parse.Session!);
        }
        // The answer holds a point per simulated minute per measure and session: bound it before simulating anything.
        if (minutes > MaximumComparedMinutes)
        {
            return Problems.Field("sessions", $"the sessions together would simulate {minutes.ToString("0", CultureInfo.InvariantCulture)} min " +
                $"(rests, transitions and record_until); a comparison simulates at most {MaximumComparedMinutes.ToString(CultureInfo.InvariantCulture)} min " +
                "(its answer would be too large): shorten the rests or record_until, or compare fewer sessions");
        }
        var budget = WorkBudget.For(request.HttpContext);
        var sessions = parsed.Select((parse, i) => Run(names?[i] ?? $"sessions[{i}]", parse, budget) with { Label = names?[i] }).ToArray();
        return output switch
        {
            "png" or "svg" => Figure(sessions, output, "comparison"),
            _ => new JsonStreamResult<CompareAnswer>(JsonOutput.ComparisonAnswer(sessions, noExercise == true), AnswerJsonContext.Default.CompareAnswer),
        };
    }

    private static async Task<IResult> Train(HttpRequest request)
    {
        var (body, problem) = await BodyReader.ReadAsync(request, allowYaml: true);
        if (body is null)
        {
            return problem!;
        }
        var parse = ProgramFile.Parse(body.Text, body.FileName, ExerciseCatalogue.Default);
        if (!parse.Success)
        {
            return Problems.FromInputError(parse.Error ?? new InputError(body.FileName, null, null, "", "could not be read as a program"));
        }
        var program = parse.Program!;
        if (program.Weeks > MaximumWeeks)
        {
            return Problems.Field("weeks", $"at most {MaximumWeeks} weeks per program, got {program.Weeks}");
        }
        if (ProgramSize.Problem(program, ProgramSize.WebMaximumSets) is { } tooLarge)
        {
            return Problems.Field(ProgramSize.Field(program), tooLarge);
        }
        var budget = WorkBudget.For(request.HttpContext);
        budget.Check();
        var run = ProgramRuns.Train(ProgramSimulator.Default, body.FileName, parse, nameWarnings: false);
        budget.Meter?.SimulationDone();
        budget.Check();
        return Json(ProgramJson.Train(new SimulatedProgram(run.Name, run.Program, run.Result, run.Warnings)));
    }

    private static IResult Exercises(string? search)
    {
        var catalogue = ExerciseCatalogue.Default;
        var exercises = string.IsNullOrWhiteSpace(search) ? catalogue.All : catalogue.Search(search.Trim()).ToArray();
        return Json(JsonOutput.Exercises(exercises));
    }

    private static IResult Model(HttpResponse response)
    {
        // Not personal: any cache may keep it, unless the request carried credentials (then the answer is no-store).
        if (string.IsNullOrEmpty(response.Headers.CacheControl))
        {
            response.Headers.CacheControl = ModelCacheControl;
        }
        return Json(ModelJson.Json);
    }

    private static IResult? Check(SessionFileResult parse, string fieldPrefix)
    {
        if (!parse.Success)
        {
            return Problems.FromInputError(parse.Error ?? new InputError("request", null, null, "", "could not be read as a session"), fieldPrefix);
        }
        var sets = parse.Session!.SetCount;
        if (sets > MaximumSets)
        {
            var field = fieldPrefix.Length == 0 ? "exercises" : $"{fieldPrefix}.exercises";
            return Problems.Field(field, $"at most {MaximumSets} sets per session, got {sets}");
        }
        return null;
    }

    /// <summary>
    /// Most simulated minutes of all the sessions of one comparison together (three sessions of 48 h, or ten of 16 h; about 9 MB of JSON with no_exercise): bounds the
    /// answer (a point per minute per measure) and the memory of the simulations.
    /// </summary>
    public const int MaximumComparedMinutes = 10_000;

    /// <summary>
    /// The minutes a session's simulation covers, without the sets themselves: its rests, transitions and
    /// record_until (a lower bound; the sets add at most a few minutes each).
    /// </summary>
    private static double SimulatedMinutes(Session session) =>
        session.RecordUntil.TotalMinutes
        + session.Bouts.Sum(b => (b.Transition?.TotalMinutes ?? 0) + b.Sets.Sum(set => set.Rest.TotalMinutes));

    /// <summary>Simulates one session, checking <paramref name="budget"/> before and after (a session is bounded by its size limits).</summary>
    private static SimulatedSession Run(string name, SessionFileResult parse, WorkBudget budget)
    {
        budget.Check();
        var run = SessionRuns.Simulate(SessionSimulator.Default, name, parse);
        budget.Meter?.SimulationDone();
        budget.Check();
        return new SimulatedSession(run.Name, run.Result, run.Warnings);
    }

    private static IResult Json(string json) => Results.Text(json, JsonType, Encoding.UTF8);
}
