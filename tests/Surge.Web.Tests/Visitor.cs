namespace Surge.Web.Tests;

/// <summary>A browser-like client of one server: keeps its cookies, fetches antiforgery tokens, posts the pages' forms.</summary>
internal sealed class Visitor(HttpClient client)
{
    public HttpClient Client { get; } = client;

    public static Visitor Of(ApiFactory factory) => new(factory.CreateClient());

    /// <summary>A new visitor of <paramref name="factory"/>'s server, registered and signed in as <paramref name="email"/> (asserted).</summary>
    public static async Task<Visitor> SignedInAsync(ApiFactory factory, string email, string password = "correct horse battery")
    {
        var visitor = Of(factory);
        await JsonAsync(await visitor.RegisterAsync(email, password), HttpStatusCode.OK);
        return visitor;
    }

    public async Task<string> TokenAsync()
    {
        var json = await JsonAsync(await Client.GetAsync("/api/antiforgery"), HttpStatusCode.OK);
        Assert.Equal(SurgeWebApp.AntiforgeryField, json.GetProperty("field").GetString());
        Assert.Equal(SurgeWebApp.AntiforgeryHeader, json.GetProperty("header").GetString());
        return json.GetProperty("token").GetString()!;
    }

    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var all = fields.ToList();
        if (withToken)
        {
            all.Add(new(SurgeWebApp.AntiforgeryField, await TokenAsync()));
        }
        return await Client.PostAsync(path, new FormUrlEncodedContent(all));
    }

    /// <summary>Registers as the pages do: the registration form, then (when it is accepted) the sign-in form, whose answer is returned.</summary>
    public async Task<HttpResponseMessage> RegisterAsync(string email, string password = "correct horse battery")
    {
        var registered = await SignUpAsync(email, password);
        return registered.IsSuccessStatusCode ? await LoginAsync(email, password) : registered;
    }

    /// <summary>The registration form alone (which signs nobody in).</summary>
    public Task<HttpResponseMessage> SignUpAsync(string email, string password = "correct horse battery") =>
        PostFormAsync("/account/register", [new("email", email), new("password", password)]);

    public Task<HttpResponseMessage> LoginAsync(string email, string password = "correct horse battery") =>
        PostFormAsync("/account/login", [new("email", email), new("password", password)]);

    public async Task<HttpResponseMessage> ImportAsync(string csvPath, string format = "strong", string? unit = "kg", string? athlete = null, bool withToken = true)
    {
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(csvPath));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", Path.GetFileName(csvPath));
        content.Add(new StringContent(format), "format");
        if (unit is not null)
        {
            content.Add(new StringContent(unit), "unit");
        }
        if (athlete is not null)
        {
            content.Add(new StringContent(athlete), "athlete");
        }
        if (withToken)
        {
            content.Add(new StringContent(await TokenAsync()), SurgeWebApp.AntiforgeryField);
        }
        return await Client.PostAsync("/api/import", content);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
