namespace Surge.Import;

/// <summary>
/// Reads Strong and Hevy CSV exports into a <see cref="WorkoutLog"/>: columns are found by header name, the layout is
/// recognised from the header, every exercise name is matched to the catalogue, and every row that is not imported as
/// a set is counted with its reason. Never throws for bad input: the result holds a log or one located error.
/// </summary>
public static partial class WorkoutLogReader
{
    /// <summary>The largest export read from a file (Surge.App's InputFiles.LoadLog), bytes.</summary>
    public const long MaxFileBytes = 200L * 1024 * 1024;

    /// <summary>Pounds to kilograms.</summary>
    public const double KgPerLb = 0.45359237;

    /// <summary>Seconds a set is assumed to take per repetition when rest is inferred from the workout's duration.</summary>
    public const double EstimatedSecondsPerRep = 4.0;

    /// <summary>The longest inferred rest, s.</summary>
    public const double MaxInferredRestSeconds = 600;

    private const int ProgressEveryRows = 4096;

    /// <summary>
    /// Reads an export held in <paramref name="bytes"/>: UTF-8, or else Windows-1252/Latin-1 with a warning
    /// (<see cref="LogText.Decode"/>); otherwise as <see cref="Read(string, string, LogReadOptions, CancellationToken)"/>.
    /// </summary>
    public static WorkoutLogResult Read(byte[] bytes, string fileName, LogReadOptions options, CancellationToken cancellation = default)
    {
        var (text, encoding) = LogText.Decode(bytes, fileName);
        var result = Read(text, fileName, options, cancellation);
        return encoding is not null && result.Log is { } log
            ? result with { Log = log with { Warnings = [encoding, .. log.Warnings] } }
            : result;
    }

    /// <summary>Reads an export held in <paramref name="text"/>; <paramref name="fileName"/> places errors and warnings.</summary>
    /// <param name="text">The whole export.</param>
    /// <param name="fileName">The file name for messages.</param>
    /// <param name="options">The format, catalogue, weight unit, name mappings and progress (<see cref="LogReadOptions"/>).</param>
    /// <param name="cancellation">Checked before every row: once cancelled, reading stops with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (the only exception; bad input is a result).</exception>
    public static WorkoutLogResult Read(string text, string fileName, LogReadOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Catalogue);
        var (format, catalogue, unit, mappings, progress) = options;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        var expected = format == LogFormat.Strong ? "a Strong export" : "a Hevy export";
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(fileName, 1, "", $"expected {expected}, found an empty file");
        }
        try
        {
            var csvOptions = new CsvReaderOptions
            {
                Separator = LogLayout.DetectSeparator(text),
                TrackLineNumbers = true,
                PoolStrings = true,
                DetectSeparatorHint = false,
            };
            using var csv = CsvReader.FromText(text, csvOptions);
            var layout = LogLayout.Detect(csv.Headers, format, out var problem);
            if (layout is null)
            {
                return Fail(fileName, 1, "", problem!);
            }
            var import = new Import(fileName, layout, catalogue, unit, mappings);
            if (import.Error is not null)
            {
                return new WorkoutLogResult(null, import.Error);
            }
            var totalLines = Math.Max(1, text.AsSpan().Count('\n') + 1);
            var rows = 0;
            progress?.Report(0);
            while (csv.Read())
            {
                cancellation.ThrowIfCancellationRequested();
                import.Row(csv);
                if (progress is not null && ++rows % ProgressEveryRows == 0)
                {
                    progress.Report(Math.Min(1.0, (double)csv.LineNumber / totalLines));
                }
            }
            progress?.Report(1);
            cancellation.ThrowIfCancellationRequested();
            return import.Finish();
        }
        catch (CsvFormatException e)
        {
            var line = e.RecordNumber > 0 ? e.RecordNumber : 1;
            return Fail(fileName, null, "", $"expected {expected}, but record {line} is not readable CSV: {e.Message}");
        }
    }

    private static WorkoutLogResult Fail(string file, int? line, string field, string message) =>
        new(null, new InputError(file, line, null, field, message));
}
