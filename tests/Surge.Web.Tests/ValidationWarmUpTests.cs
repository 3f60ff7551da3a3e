using Microsoft.AspNetCore.TestHost;

namespace Surge.Web.Tests;

/// <summary>The server grades the validation cases once it listens, so the validation page's first visitor does not wait.</summary>
public sealed class ValidationWarmUpTests
{
    [Fact]
    public async Task With_the_warm_up_the_report_is_graded_before_anyone_asks_for_it()
    {
        using var graded = new ManualResetEventSlim();
        using var apiFactory = new ApiFactory();
        apiFactory.Settings[SurgeWebApp.WarmValidationKey] = "true";
        using var factory = apiFactory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new ValidationCache(() =>
            {
                graded.Set();
                return "{\"cases\": []}";
            }))));
        using var client = factory.CreateClient();

        // Nothing asked for /api/validation: the warm-up alone computes it.
        Assert.True(graded.Wait(TimeSpan.FromSeconds(30)), "the validation report was not graded after the server started");
        var answer = await client.GetStringAsync(new Uri("/api/validation", UriKind.Relative));
        Assert.Equal("{\"cases\": []}", answer);
    }

    [Fact]
    public async Task A_warm_up_that_fails_leaves_the_error_to_whoever_asks()
    {
        using var tried = new ManualResetEventSlim();
        using var apiFactory = new ApiFactory();
        apiFactory.Settings[SurgeWebApp.WarmValidationKey] = "true";
        using var factory = apiFactory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton(new ValidationCache(() =>
            {
                tried.Set();
                throw new InvalidOperationException("cannot find the validation cases");
            }))));
        using var client = factory.CreateClient();

        Assert.True(tried.Wait(TimeSpan.FromSeconds(30)), "the warm-up did not run");
        var response = await client.GetAsync(new Uri("/api/validation", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }
}
