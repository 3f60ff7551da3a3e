using System.Globalization;
using System.Text;
using Surge.Files;

namespace Surge.Import;

/// <summary>
/// The text of an export from its bytes: UTF-8 (with or without a BOM) as the apps write it; an export that is not
/// valid UTF-8 — re-saved by a spreadsheet on Windows, in Windows-1252 or Latin-1 — is read as Windows-1252 (a
/// superset of Latin-1's letters), with a warning naming the first such byte, instead of turning every accented letter
/// into U+FFFD without a word.
/// </summary>
public static class LogText
{
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="bytes"/>, and a warning when they were not UTF-8.</summary>
    public static (string Text, InputWarning? Warning) Decode(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            return (_strictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException exception)
        {
            var index = exception.Index is >= 0 and var i && i < bytes.Length ? i : FirstNonAscii(bytes);
            var line = 1;
            for (var b = 0; b < index; b++)
            {
                if (bytes[b] == (byte)'\n')
                {
                    line++;
                }
            }
            var text = WindowsLatin1().GetString(bytes);
            var shown = index >= 0 && index < bytes.Length ? WindowsLatin1().GetString(bytes, index, 1) : "?";
            var value = index >= 0 && index < bytes.Length ? bytes[index] : 0;
            var message = string.Create(CultureInfo.InvariantCulture,
                $"the export is not UTF-8 (byte 0x{value:X2} on line {line}); it was read as Windows-1252/Latin-1, where that byte is '{shown}'. If names look wrong, export it again from the app or save it as UTF-8");
            return (text, new InputWarning(fileName, line, null, "", message));
        }
    }

    private static int FirstNonAscii(byte[] bytes) => Array.FindIndex(bytes, b => b >= 0x80);

    private static Encoding WindowsLatin1()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
