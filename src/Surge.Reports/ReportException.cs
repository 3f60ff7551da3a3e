namespace Surge.Reports;

/// <summary>A file the user named cannot be written or read (bad path, unknown image type, broken case files); the message names the option or file.</summary>
public sealed class ReportException(string message) : Exception(message);
