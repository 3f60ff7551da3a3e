namespace Surge.Storage.Tests;

/// <summary>An import whose cancellation is requested stops and stores nothing, on every provider.</summary>
public sealed class ImportCancellationTests
{
    [Theory, AllProviders]
    public void Import_CancelledAfterTheRowsAreWritten_RollsBack_AndStoresNothing(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        using var cancel = new CancellationTokenSource();
        store.BeforeImportCommit = cancel.Cancel;

        Assert.ThrowsAny<OperationCanceledException>(() => store.Import(LogGenerator.Build(0, 4), "a.csv", cancellation: cancel.Token));

        store.BeforeImportCommit = null;
        Assert.Empty(store.Athletes());
        Assert.Empty(store.Imports());
        Assert.Empty(store.Workouts());
        // Nothing half-written is left to skip: the same log is then stored whole.
        Assert.Equal(new ImportResult(4, 0, 24, 0), store.Import(LogGenerator.Build(0, 4), "a.csv"));
    }

    [Theory, AllProviders]
    public void Import_AlreadyCancelled_WritesNothing(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        var wrote = false;
        store.BeforeImportCommit = () => wrote = true;

        Assert.ThrowsAny<OperationCanceledException>(() => store.Import(LogGenerator.Build(0, 4), "a.csv", cancellation: new CancellationToken(canceled: true)));

        Assert.False(wrote);
        Assert.Empty(store.Athletes());
    }
}
