namespace Surge.Web.Tests;

/// <summary>
/// An upload (<c>POST /api/import</c>) whose client disconnects stops its work — the parsing of the rows, the store's
/// writes — and commits nothing. The import is held at a known point by a <see cref="WorkMeter"/> hook until the client
/// has gone, so the tests do not depend on how fast the machine parses or writes.
/// </summary>
public sealed class ImportCancellationTests
{
    [Fact]
    public async Task Import_ClientDisconnectsWhileTheRowsAreParsed_ParsingStops_AndNothingIsStored()
    {
        using var factory = new ApiFactory();
        var visitor = await SignedInOverSocketAsync(factory);
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        meter.WhileImportParsing = HoldUntilAborted(held);

        await DisconnectWhenHeldAsync(visitor, held.Task);
        await EndedAsync(meter);

        Assert.Equal(0, meter.ImportsParsed);
        Assert.Equal(0, meter.ImportsStored);
        await NothingStoredAsync(visitor);
    }

    [Fact]
    public async Task Import_ClientDisconnectsAfterTheParsing_TheStoreWritesNothing()
    {
        using var factory = new ApiFactory();
        var visitor = await SignedInOverSocketAsync(factory);
        var meter = factory.Services.GetRequiredService<WorkMeter>();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        meter.AfterImportParsed = HoldUntilAborted(held);

        await DisconnectWhenHeldAsync(visitor, held.Task);
        await EndedAsync(meter);

        Assert.Equal(1, meter.ImportsParsed);
        Assert.Equal(0, meter.ImportsStored);
        await NothingStoredAsync(visitor);

        // The same upload, not cancelled, is stored whole: the cancelled one left nothing behind to skip.
        meter.AfterImportParsed = null;
        var summary = await Visitor.JsonAsync(await visitor.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        Assert.Equal(24, summary.GetProperty("added").GetInt32());
    }

    /// <summary>A <see cref="WorkMeter"/> hook that says the import has reached it (<paramref name="held"/>), then holds it until its request is aborted (at most 30 s).</summary>
    private static Action<CancellationToken> HoldUntilAborted(TaskCompletionSource held) => aborted =>
    {
        held.TrySetResult();
        aborted.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
    };

    /// <summary>A signed-in visitor of the server over a real socket: the in-memory test server does not tell the app that its client went away.</summary>
    private static async Task<Visitor> SignedInOverSocketAsync(ApiFactory factory)
    {
        var address = factory.StartOnLoopback();
        var visitor = new Visitor(new HttpClient { BaseAddress = address });
        await Visitor.JsonAsync(await visitor.RegisterAsync("ada@example.com"), HttpStatusCode.OK);
        return visitor;
    }

    /// <summary>Uploads the export and disconnects once the server holds the import at the hook.</summary>
    private static async Task DisconnectWhenHeldAsync(Visitor visitor, Task held)
    {
        using var cancel = new CancellationTokenSource();
        var upload = UploadAsync(visitor, cancel.Token);
        var first = await Task.WhenAny(held, upload, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(first == held, first == upload ? $"the upload ended before the hook: {await upload}" : "the server never reached the hook");
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => upload);
    }

    private static async Task<HttpStatusCode> UploadAsync(Visitor visitor, CancellationToken cancellation)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(Api.StrongExport, cancellation));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "strong-8-weeks.csv");
        content.Add(new StringContent("strong"), "format");
        content.Add(new StringContent("kg"), "unit");
        content.Add(new StringContent(await visitor.TokenAsync()), SurgeWebApp.AntiforgeryField);
        using var response = await visitor.Client.PostAsync("/api/import", content, cancellation);
        return response.StatusCode;
    }

    /// <summary>Waits until the server has finished the upload request (the client is gone, so only the meter says).</summary>
    private static async Task EndedAsync(WorkMeter meter)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (meter.ImportsEnded < 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }
        Assert.Equal(1, meter.ImportsEnded);
    }

    private static async Task NothingStoredAsync(Visitor visitor)
    {
        var athletes = await Visitor.JsonAsync(await visitor.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal(0, athletes.GetProperty("athletes").GetArrayLength());
    }
}
