using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Surge.Web.Tests;

/// <summary>
/// Two nodes (two in-memory hosts installed in different folders) over one PostgreSQL database, as behind a load
/// balancer: what one issues (sign-in cookie, bearer and refresh tokens) the other accepts, because the
/// data-protection keys live in the database; encrypted there with a certificate when one is configured.
/// </summary>
public sealed class TwoNodeTests() : PostgresNodesTest("surgeStarted_")
{
    [PostgresFact]
    public async Task TwoNodes_OnePostgres_AcceptEachOthersCookiesAndTokens()
    {
        var (first, second) = Nodes(certificate: null);
        await AssertSharedCredentialsAsync(first, second);
        var keys = StoredKeys();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task TwoNodes_WithCertificate_ShareKeysEncryptedAtRest()
    {
        var (first, second) = Nodes(certificate: WriteCertificate("a pfx password"));
        await AssertSharedCredentialsAsync(first, second);
        var keys = StoredKeys();
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    private (ApiFactory First, ApiFactory Second) Nodes(string? certificate)
    {
        ApiFactory Node(string name)
        {
            var node = new ApiFactory { Connection = Connection, ContentRoot = Directory.CreateDirectory(Path.Combine(Folder, name)).FullName };
            if (certificate is not null)
            {
                node.Settings[SurgeWebApp.DataProtectionCertificateKey] = certificate;
                node.Settings[SurgeWebApp.DataProtectionCertificatePasswordKey] = "a pfx password";
            }
            Started.Add(node);
            return node;
        }
        return (Node("node-a"), Node("node-b"));
    }

    private static async Task AssertSharedCredentialsAsync(ApiFactory first, ApiFactory second)
    {
        // A cookie from the first node's form sign-in is accepted by the second.
        var ada = Visitor.Of(first);
        await ada.RegisterAsync("ada@example.com");
        var signIn = await ada.LoginAsync("ada@example.com");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SurgeWebApp.AuthCookie + "=", StringComparison.Ordinal)).Split(';')[0];
        var other = second.CreateClient(new() { HandleCookies = false });
        var me = new HttpRequestMessage(HttpMethod.Get, "/api/account");
        me.Headers.Add("Cookie", cookie);
        var account = await Visitor.JsonAsync(await other.SendAsync(me), HttpStatusCode.OK);
        Assert.Equal("ada@example.com", account.GetProperty("email").GetString());

        // A bearer token from the second node is accepted by the first, and its refresh token renews on the first.
        var client = second.CreateClient(new() { HandleCookies = false });
        await client.PostAsync("/api/account/register", Api.Json("""{"email":"bob@example.com","password":"correct horse battery"}"""));
        var login = await Visitor.JsonAsync(await client.PostAsync("/api/account/login", Api.Json("""{"email":"bob@example.com","password":"correct horse battery"}""")), HttpStatusCode.OK);
        var bob = first.CreateClient(new() { HandleCookies = false });
        bob.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var bobAccount = await Visitor.JsonAsync(await bob.GetAsync("/api/account"), HttpStatusCode.OK);
        Assert.Equal("bob@example.com", bobAccount.GetProperty("email").GetString());
        var refresh = first.CreateClient(new() { HandleCookies = false });
        var renewed = await refresh.PostAsync("/api/account/refresh", Api.Json($$"""{"refreshToken":"{{login.GetProperty("refreshToken").GetString()}}"}"""));
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
    }

    private List<string> StoredKeys()
    {
        using var connection = new NpgsqlConnection(Connection);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT xml FROM data_protection_keys";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }

    /// <summary>A self-signed RSA certificate with its private key, as a password-protected .pfx file.</summary>
    private string WriteCertificate(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=surge data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(Folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }
}
