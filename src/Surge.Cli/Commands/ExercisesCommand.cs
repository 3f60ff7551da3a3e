using System.CommandLine;
using Surge.Cli.Terminal;
using Surge.Reports;

namespace Surge.Cli.Commands;

/// <summary><c>surge exercises [--search TEXT] [--json]</c>.</summary>
public static class ExercisesCommand
{
    public static Command Create(CliContext context)
    {
        var search = new Option<string?>("--search", "-s") { Description = "Only exercises whose name, alias, equipment or muscles match.", HelpName = "TEXT" };
        var json = new Option<bool>("--json") { Description = "Write {\"exercises\": [...]} to stdout (activations as fractions 0–1)." };
        var command = new Command("exercises", "The exercise catalogue with muscles and activation.")
        {
            search, json,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(search), parseResult.GetValue(json)));
        return command;
    }

    private static int Run(CliContext context, string? search, bool json)
    {
        var catalogue = context.Catalogue;
        var exercises = string.IsNullOrWhiteSpace(search)
            ? catalogue.All
            : catalogue.Search(search.Trim()).ToArray();
        if (exercises.Count == 0 && search is not null)
        {
            var suggestions = catalogue.Suggest(search.Trim());
            context.Error.WriteLine(suggestions.Count == 0
                ? $"no exercise matches '{search}'"
                : $"no exercise matches '{search}'; did you mean: {string.Join(", ", suggestions)}?");
        }
        if (json)
        {
            context.Out.WriteLine(JsonOutput.Exercises(exercises));
        }
        else
        {
            ConsoleTables.Exercises(context.CreateConsole(), exercises);
        }
        return ExitCodes.Success;
    }
}
