namespace Surge.Web.Tests;

/// <summary>Through a real Kestrel on a loopback port: its body limit answers 413 as a problem.</summary>
public sealed class KestrelTests
{
    [Fact]
    public async Task Kestrel_refuses_a_body_over_10_MB_with_a_413_problem()
    {
        using var factory = new ApiFactory();
        var address = factory.StartOnLoopback();
        using var client = new HttpClient { BaseAddress = address };

        var ok = await client.PostAsync("/api/simulate", new StringContent(Api.Session(2), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var content = new StreamContent(new MemoryStream(new byte[SurgeApi.MaximumBodyBytes + 1024]));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/simulate") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}

/// <summary>Issue 15: Kestrel's refusals of bodies keep their status (413, 408) instead of a 500 with a logged stack trace.</summary>
public sealed class KestrelBodyLimitTests
{
    private static (ApiFactory Factory, Uri Address) Start(Action<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>? configure = null)
    {
        var factory = new ApiFactory();
        return (factory, factory.StartOnLoopback(configure));
    }

    [Fact]
    public async Task Import_over_10_MB_is_a_413_problem()
    {
        var (factory, address) = Start();
        using (factory)
        {
            using var client = new HttpClient { BaseAddress = address };
            var credentials = new { email = "big@example.com", password = "correct horse battery" };
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/account/register", credentials)).StatusCode);
            var login = await (await client.PostAsJsonAsync("/api/account/login", credentials)).Content.ReadFromJsonAsync<JsonElement>();
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());

            // A declared length (refused before the body is sent) and a chunked body (refused by Kestrel while reading).
            foreach (var (multipart, chunked) in new[] { (false, false), (true, false), (false, true), (true, true) })
            {
                var bytes = Encoding.UTF8.GetBytes(new string('x', (int)SurgeApi.MaximumBodyBytes + 1024));
                HttpContent csv = chunked ? new StreamContent(new MemoryStream(bytes)) : new ByteArrayContent(bytes);
                csv.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
                var content = multipart ? new MultipartFormDataContent { { csv, "file", "big.csv" } } : csv;
                var request = new HttpRequestMessage(HttpMethod.Post, "/api/import?format=strong&unit=kg") { Content = content };
                request.Headers.ExpectContinue = !chunked;
                request.Headers.TransferEncodingChunked = chunked;
                var response = await client.SendAsync(request);
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"multipart {multipart}, chunked {chunked}: {response.StatusCode} {text}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }
    }

    [Fact]
    public async Task A_body_sent_too_slowly_is_a_408()
    {
        // The least rate Kestrel accepts, after a 2 s grace period (default 240 bytes/s after 5 s).
        var (factory, address) = Start(options => options.Limits.MinRequestBodyDataRate =
            new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(2)));
        using (factory)
        {
            using var tcp = new System.Net.Sockets.TcpClient();
            await tcp.ConnectAsync(address.Host, address.Port);
            var stream = tcp.GetStream();
            var head = $"POST /api/simulate HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
            var reply = new StringBuilder();
            var buffer = new byte[4096];
            var reading = stream.ReadAsync(buffer).AsTask();
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!reading.IsCompleted && DateTime.UtcNow < deadline)
            {
                try
                {
                    await stream.WriteAsync(" "u8.ToArray());
                }
                catch (IOException)
                {
                    break; // the server closed the connection after answering
                }
                await Task.WhenAny(reading, Task.Delay(500));
            }
            var read = await reading.WaitAsync(TimeSpan.FromSeconds(10));
            reply.Append(Encoding.ASCII.GetString(buffer, 0, read));
            Assert.StartsWith("HTTP/1.1 408", reply.ToString());
        }
    }
}
