using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Surge.Web;

namespace Surge.Cli.Commands;

/// <summary><c>surge serve [--urls URL] [--db CONN]</c>: the web app and HTTP API until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen, e.g. http://127.0.0.1:5080 (default {SurgeApi.DefaultUrl}; several separated by ';').", HelpName = "URL" };
        var db = ImportCommand.DbOption();
        var command = new Command("serve", "Serve the web app and the HTTP API (Session, Program, History, Validation pages; /api/...).")
        {
            urls, db,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(urls), parseResult.GetValue(db)));
        return command;
    }

    private static int Run(CliContext context, string? urls, string? db)
    {
        var args = new List<string>();
        if (!string.IsNullOrWhiteSpace(urls))
        {
            foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                {
                    throw new CliException($"--urls: expected an address such as http://127.0.0.1:5080, got '{url}'");
                }
            }
            args.Add("--urls=" + urls);
        }
        if (!string.IsNullOrWhiteSpace(db))
        {
            args.Add($"--{SurgeWebApp.DatabaseKey}={db}");
        }
        WebApplication app;
        try
        {
            app = SurgeWebApp.Create([.. args]);
        }
        catch (Surge.Storage.StoreException e)
        {
            throw new CliException("--db: " + e.Message);
        }
        using var disposable = app;
        app.Start();
        foreach (var address in app.Urls)
        {
            context.Out.WriteLine($"Surge is serving on {address} (Ctrl+C to stop)");
        }
        app.WaitForShutdown();
        return 0;
    }
}
