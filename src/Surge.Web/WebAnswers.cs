using System.Text.Encodings.Web;
using System.Text.Json.Serialization;

namespace Surge.Web;

// The typed answers of the web app's own endpoints (accounts, antiforgery, health), which the command line has not got.
// Written with ASP.NET's options for Results.Json (on one line, relaxed escaping: + and µ as they are), as they always were.

/// <summary><c>GET /api/account</c> and the sign-in form's answer: the email of who is signed in.</summary>
public sealed record AccountAnswer([property: JsonPropertyName("email")] string? Email);

/// <summary>The registration form's answer (<see cref="AccountApi.Registered"/>): the same for a new email and a known one.</summary>
public sealed record RegisteredAnswer(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary><c>GET /api/antiforgery</c>: the token, and the form field and header that carry it.</summary>
public sealed record AntiforgeryAnswer(
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("header")] string Header);

/// <summary><c>GET /healthz</c>, <c>GET /readyz</c>: <c>alive</c>, <c>ready</c> or <c>not ready</c> with the reason (only then).</summary>
public sealed record HealthAnswer(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("reason"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);

/// <summary>The source-generated serialiser of <see cref="AccountAnswer"/>, <see cref="RegisteredAnswer"/>, <see cref="AntiforgeryAnswer"/> and <see cref="HealthAnswer"/>.</summary>
[JsonSerializable(typeof(AccountAnswer))]
[JsonSerializable(typeof(RegisteredAnswer))]
[JsonSerializable(typeof(AntiforgeryAnswer))]
[JsonSerializable(typeof(HealthAnswer))]
internal sealed partial class WebAnswerJsonContext : JsonSerializerContext
{
    /// <summary>ASP.NET's defaults for <c>Results.Json</c> where they touch these answers: one line, relaxed escaping.</summary>
    public static WebAnswerJsonContext Web { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
