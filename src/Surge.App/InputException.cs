namespace Surge.App;

/// <summary>
/// Bad input found by a use case (case files that do not load, a study filter that matches none, samples outside their
/// session, a fit that determines nothing to store): the message names the file, option or field and what was expected.
/// The command line answers it with exit code 2.
/// </summary>
public sealed class InputException(string message) : Exception(message);
