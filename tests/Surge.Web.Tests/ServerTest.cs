namespace Surge.Web.Tests;

/// <summary>
/// A test class whose every test has a server of its own (<see cref="ApiFactory"/>, on a fresh database): xUnit makes
/// an instance per test and disposes it, with the server and its temporary folder, after the test.
/// </summary>
public abstract class ServerTest(ApiFactory factory) : IDisposable
{
    protected ServerTest()
        : this(new ApiFactory())
    {
    }

    protected ApiFactory Factory { get; } = factory;

    public virtual void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
