using Microsoft.AspNetCore.Mvc.Testing;

namespace Surge.Web.Tests;

/// <summary>One in-memory server shared by the API tests.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>;

/// <summary>Helpers for the tests: example files and requests.</summary>
internal static class Api
{
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
