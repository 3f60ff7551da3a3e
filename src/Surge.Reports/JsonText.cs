using System.Text;
using System.Text.Json;

namespace Surge.Reports;

/// <summary>The one way every JSON output of the command line and the web is written to text.</summary>
internal static class JsonText
{
    /// <summary>Writes with <paramref name="options"/> and returns the UTF-8 text.</summary>
    public static string Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A number, or null when there is none or it is not finite (NaN, ±∞ have no JSON form).</summary>
    public static void NumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
