using System.Net;

namespace Surge.Web.Tests;

/// <summary><c>GET /api/history/demo</c>: the shipped example log analysed for anyone, as a signed-in user's import of it.</summary>
public sealed class DemoApiTests : IDisposable
{
    private static readonly string _export = Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv");

    private readonly ApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Demo_without_an_account_is_the_history_of_the_shipped_log_as_an_import_of_it_shows()
    {
        var anonymous = Visitor.Of(_factory);
        var demo = await Visitor.JsonAsync(await anonymous.Client.GetAsync("/api/history/demo"), HttpStatusCode.OK);

        var ada = Visitor.Of(_factory);
        await Visitor.JsonAsync(await ada.RegisterAsync("ada@example.com"), HttpStatusCode.OK);
        var summary = await Visitor.JsonAsync(await ada.ImportAsync(_export), HttpStatusCode.OK);
        var id = summary.GetProperty("athlete").GetProperty("id").GetInt64();
        var imported = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);

        foreach (var property in new[] { "workouts", "sets", "first", "last", "weeks", "sessions", "projection", "readiness", "warm_ups" })
        {
            Assert.Equal(imported.GetProperty(property).GetRawText(), demo.GetProperty(property).GetRawText());
        }
        Assert.Equal(24, demo.GetProperty("workouts").GetInt32());
        Assert.Equal("demo", demo.GetProperty("athlete").GetProperty("name").GetString());
        Assert.Equal("examples/strong-8-weeks.csv", demo.GetProperty("demo").GetProperty("file").GetString());
    }

    [Fact]
    public async Task Demo_log_is_the_file_in_examples_byte_for_byte_and_stores_nothing()
    {
        Assert.Equal(await File.ReadAllBytesAsync(_export), DemoApi.DemoLog());

        var anonymous = Visitor.Of(_factory);
        await Visitor.JsonAsync(await anonymous.Client.GetAsync("/api/history/demo"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync("/api/athletes")).StatusCode);
        var ada = Visitor.Of(_factory);
        await Visitor.JsonAsync(await ada.RegisterAsync("ada@example.com"), HttpStatusCode.OK);
        var athletes = await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Empty(athletes.GetProperty("athletes").EnumerateArray());
    }
}
