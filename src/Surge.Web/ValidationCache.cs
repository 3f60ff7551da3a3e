using Surge.Catalogue;
using Surge.Cli.Commands;
using Surge.Cli.Output;
using Surge.Simulation;
using Surge.Validation;

namespace Surge.Web;

/// <summary>The <c>surge validate --json</c> object, computed once on first use (the cases folder found as the CLI finds it).</summary>
public sealed class ValidationCache
{
    private readonly Lazy<string> _json = new(Compute, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The graded report as JSON.</summary>
    public string Json => _json.Value;

    private static string Compute()
    {
        var folder = ValidateCommand.FindCasesFolder(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("cannot find the validation cases");
        var studies = ValidateCommand.Load(folder, ExerciseCatalogue.Default, "cases folder");
        return ValidationJson.Write(ValidationGrader.Grade(studies, SessionSimulator.Default));
    }
}
