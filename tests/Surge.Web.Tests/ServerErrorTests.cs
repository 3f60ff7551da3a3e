using Microsoft.AspNetCore.TestHost;

namespace Surge.Web.Tests;

public sealed class ServerErrorTests
{
    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Unexpected_failure_is_a_500_problem_without_a_stack_trace(string environment)
    {
        using var factory = new ApiFactory().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment(environment);
            builder.ConfigureTestServices(services =>
                services.AddSingleton(new ValidationCache(() => throw new InvalidOperationException("secret internal detail"))));
        });
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/validation");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(500, JsonDocument.Parse(text).RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("secret internal detail", text);
        Assert.DoesNotContain("   at ", text);
    }
}
