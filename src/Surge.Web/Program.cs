using Surge.Web;

// The Surge HTTP API over the core (formats.md's JSON objects, written by the CLI's own writers).
var builder = WebApplication.CreateBuilder(args);
if (string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
{
    builder.WebHost.UseUrls(SurgeApi.DefaultUrl);
}
builder.WebHost.ConfigureKestrel(options => options.Limits.MaxRequestBodySize = SurgeApi.MaximumBodyBytes);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddSingleton(_ => new ValidationCache());

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOpenApi();
SurgeApi.Map(app);
app.Run();
