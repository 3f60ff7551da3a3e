namespace Surge.Web.Tests;

/// <summary>An upload that is not UTF-8 (Windows-1252 or Latin-1) is read with its accents and answered with a warning.</summary>
public sealed class ImportEncodingTests : ServerTest
{
    private readonly string _folder = Directory.CreateTempSubdirectory("surge-encoding-").FullName;

    public override void Dispose()
    {
        base.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Import_Windows1252Export_WarnsAndKeepsTheAccents()
    {
        var visitor = await Visitor.SignedInAsync(Factory, "latin@example.com");
        var text = Api.Example("strong-8-weeks.csv");
        var first = text.Split('\n')[1].Split(',')[3].Trim('"');
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = Path.Combine(_folder, "latin.csv");
        await File.WriteAllBytesAsync(path, Encoding.GetEncoding(1252).GetBytes(text.Replace(first, "Développé couché", StringComparison.Ordinal)));

        var summary = await Visitor.JsonAsync(await visitor.ImportAsync(path), HttpStatusCode.OK);

        var warnings = summary.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains(warnings, w => w.Contains("not UTF-8", StringComparison.Ordinal) && w.Contains("Windows-1252", StringComparison.Ordinal));
        var unmatched = summary.GetProperty("unmatched").ToString();
        Assert.DoesNotContain("\uFFFD", unmatched, StringComparison.Ordinal);
    }
}
