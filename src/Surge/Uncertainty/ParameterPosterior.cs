using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using MathNet.Numerics.LinearAlgebra;
using Surge.Physiology;
using Surge.Trials;

namespace Surge.Uncertainty;

/// <summary>
/// The posterior of the calibrated parameters by Laplace approximation (docs/model.md, "Uncertainty of the model
/// itself"; written by <c>tools/Surge.Calibrate --posterior data/posterior.json</c>): in ln(value), a log-normal prior
/// centred on each shipped value with SD <see cref="Parameter.PriorLogSdOrDefault"/>, combined with the information
/// the calibration cases give at the shipped point, P = JᵀJ / s² + diag(1/σ²), Σ = P⁻¹. Immutable.
/// </summary>
public sealed class ParameterPosterior
{
    /// <summary>The random stream of the parameter draws (<see cref="SubjectVariability.Generator"/>; 0–3 belong to trials).</summary>
    public const int DrawStream = 4;

    /// <summary>Attempts per draw: a draw whose simulation fails is drawn again from the next sub-stream, this many times at most.</summary>
    public const int MaximumAttempts = 20;

    private static readonly Lazy<ParameterPosterior> _shipped = new(LoadShipped);
    private readonly Matrix<double> _lower;

    private ParameterPosterior(string fingerprint, IReadOnlyList<string> names, IReadOnlyList<double> values,
        IReadOnlyList<double> priorLogSd, Matrix<double> information, Matrix<double> covariance, double residualVariance, int numericCases, int rank)
    {
        Fingerprint = fingerprint;
        Names = names;
        Values = values;
        PriorLogSd = priorLogSd;
        Information = information;
        Covariance = covariance;
        ResidualVariance = residualVariance;
        NumericCases = numericCases;
        Rank = rank;
        PosteriorLogSd = Enumerable.Range(0, names.Count).Select(i => Math.Sqrt(covariance[i, i])).ToArray();
        _lower = covariance.Cholesky().Factor;
    }

    /// <summary>The posterior of the shipped parameter set (data/posterior.json, embedded).</summary>
    public static ParameterPosterior Shipped => _shipped.Value;

    /// <summary>The <see cref="ModelParameters.Fingerprint"/> of the parameter set the posterior was computed for.</summary>
    public string Fingerprint { get; }

    /// <summary>The calibrated parameters, in the order of every vector and matrix here.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Their values when the posterior was computed (the prior's centres), in their units.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The prior's SD of ln(value) of each parameter.</summary>
    public IReadOnlyList<double> PriorLogSd { get; }

    /// <summary>The posterior's SD of ln(value) of each parameter, √Σᵢᵢ.</summary>
    public IReadOnlyList<double> PosteriorLogSd { get; }

    /// <summary>What the calibration cases tell, JᵀJ / s², in ln(value) (symmetric, positive semi-definite).</summary>
    public Matrix<double> Information { get; }

    /// <summary>The posterior covariance Σ of ln(value) (symmetric, positive definite).</summary>
    public Matrix<double> Covariance { get; }

    /// <summary>s², the residual variance of the numeric calibration cases that scales the information.</summary>
    public double ResidualVariance { get; }

    /// <summary>Numeric calibration cases behind the information.</summary>
    public int NumericCases { get; }

    /// <summary>Rank of JᵀJ.</summary>
    public int Rank { get; }

    /// <summary>
    /// The posterior from the calibration's information (<paramref name="information"/> = JᵀJ / s², ln space) and
    /// the priors of <paramref name="names"/> in <paramref name="parameters"/>: Σ = (information + diag(1/σ²))⁻¹ by Cholesky.
    /// </summary>
    /// <exception cref="ArgumentException">The sizes disagree or the information is not symmetric.</exception>
    public static ParameterPosterior Compute(ModelParameters parameters, IReadOnlyList<string> names, Matrix<double> information,
        double residualVariance, int numericCases, int rank)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (information.RowCount != names.Count || information.ColumnCount != names.Count)
        {
            throw new ArgumentException($"The information matrix is {information.RowCount} x {information.ColumnCount}, expected {names.Count} x {names.Count}.", nameof(information));
        }
        var byName = parameters.All.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var prior = names.Select(n => byName.TryGetValue(n, out var p) ? p.PriorLogSdOrDefault : throw new KeyNotFoundException($"The parameter set has no parameter '{n}'.")).ToArray();
        // Symmetrise exactly: the Cholesky factor and the draws then do not depend on rounding in the product JᵀJ.
        var symmetric = (information + information.Transpose()) / 2;
        var precision = symmetric + Matrix<double>.Build.DenseOfDiagonalArray(prior.Select(s => 1.0 / (s * s)).ToArray());
        var covariance = precision.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(names.Count));
        covariance = (covariance + covariance.Transpose()) / 2;
        return new ParameterPosterior(parameters.Fingerprint, names.ToArray(), names.Select(n => byName[n].Value).ToArray(), prior,
            symmetric, covariance, residualVariance, numericCases, rank);
    }

    /// <summary>
    /// Parameter set <paramref name="index"/> of the draws of <paramref name="seed"/> on <paramref name="parameters"/>:
    /// value = value in <paramref name="parameters"/> · exp(L z), z standard normal from a generator of (seed, stream,
    /// index, <paramref name="attempt"/>) alone, L the Cholesky factor of Σ.
    /// </summary>
    public ModelParameters Draw(ModelParameters parameters, int seed, int index, int attempt = 0)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var random = SubjectVariability.Generator(seed, DrawStream, ((long)attempt << 32) | (uint)index);
        var z = Vector<double>.Build.Dense(Names.Count, _ => SubjectVariability.StandardNormal(random));
        var shift = _lower * z;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Count; i++)
        {
            values[Names[i]] = parameters[Names[i]] * Math.Exp(shift[i]);
        }
        return parameters.With(values);
    }

    /// <summary>The names of the calibrated parameters of <paramref name="parameters"/>, in file order.</summary>
    public static IReadOnlyList<string> CalibratedNames(ModelParameters parameters) =>
        parameters.All.Where(p => p.Basis == "calibrated").Select(p => p.Name).ToArray();

    /// <summary>
    /// Why this posterior does not belong to <paramref name="parameters"/> (another fingerprint, other calibrated
    /// parameters or other priors), or null when it does.
    /// </summary>
    public string? Mismatch(ModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Fingerprint != Fingerprint)
        {
            return $"data/posterior.json is for the parameter set {Fingerprint}, the parameters are {parameters.Fingerprint}";
        }
        var calibrated = parameters.All.Where(p => p.Basis == "calibrated").ToArray();
        if (!calibrated.Select(p => p.Name).SequenceEqual(Names))
        {
            return "data/posterior.json names other calibrated parameters than the parameter set";
        }
        for (var i = 0; i < calibrated.Length; i++)
        {
            if (Math.Abs(calibrated[i].PriorLogSdOrDefault - PriorLogSd[i]) > 1e-12)
            {
                return string.Create(CultureInfo.InvariantCulture, $"data/posterior.json has prior_log_sd {PriorLogSd[i]} for {Names[i]}, the parameter set {calibrated[i].PriorLogSdOrDefault}");
            }
        }
        return null;
    }

    /// <summary>How the posterior was computed, as the file says.</summary>
    public const string Method = "Laplace approximation in ln(value): log-normal priors centred on the shipped values, information J'J/s^2 of the numeric calibration cases at the shipped point; covariance = (J'J/s^2 + diag(1/prior_log_sd^2))^-1";

    /// <summary>The file data/posterior.json: fingerprint, parameters with values and SDs, information and covariance (indented, LF, a final newline).</summary>
    public string ToJson(string generatedBy)
    {
        var file = new PosteriorFile(generatedBy, Fingerprint, Method, ResidualVariance, NumericCases, Rank,
            Names.Select((name, i) => new PosteriorParameter(name, Values[i], PriorLogSd[i], PosteriorLogSd[i])).ToArray(),
            Information.ToRowArrays(), Covariance.ToRowArrays());
        return JsonSerializer.Serialize(file, PosteriorJsonContext.Default.PosteriorFile).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Reads a posterior file (the layout <see cref="ToJson"/> writes; every field required).</summary>
    /// <exception cref="FormatException">The text is not such a file, or its covariance is not positive definite.</exception>
    public static ParameterPosterior Parse(string json, string sourceName)
    {
        PosteriorFile file;
        try
        {
            file = JsonSerializer.Deserialize(json, PosteriorJsonContext.Default.PosteriorFile) ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: not a posterior file ({e.Message})", e);
        }
        var names = file.Parameters.Select(p => p.Name).ToArray();
        var information = ReadMatrix(file.Information, names.Length, sourceName, "information");
        var covariance = ReadMatrix(file.Covariance, names.Length, sourceName, "covariance");
        try
        {
            return new ParameterPosterior(file.Fingerprint, names, file.Parameters.Select(p => p.Value).ToArray(), file.Parameters.Select(p => p.PriorLogSd).ToArray(),
                information, covariance, file.ResidualVariance, file.NumericCases, file.Rank);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            // A covariance that is not positive definite has no Cholesky factor.
            throw new FormatException($"{sourceName}: not a posterior file ({e.Message})", e);
        }
    }

    private static Matrix<double> ReadMatrix(double[][] rows, int size, string sourceName, string name)
    {
        if (rows.Length != size || rows.Any(r => r.Length != size))
        {
            throw new FormatException($"{sourceName}: '{name}' must be {size} x {size}.");
        }
        return Matrix<double>.Build.Dense(size, size, (i, j) => rows[i][j]);
    }

    private static ParameterPosterior LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Surge.Data.posterior.json")
            ?? throw new InvalidOperationException("The parameter posterior is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/posterior.json");
    }
}

/// <summary>data/posterior.json as written and read (<see cref="ParameterPosterior.ToJson"/>, <see cref="ParameterPosterior.Parse"/>).</summary>
internal sealed record PosteriorFile(
    [property: JsonPropertyName("generated_by")] string GeneratedBy,
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("residual_variance")] double ResidualVariance,
    [property: JsonPropertyName("numeric_cases")] int NumericCases,
    [property: JsonPropertyName("rank")] int Rank,
    [property: JsonPropertyName("parameters")] PosteriorParameter[] Parameters,
    [property: JsonPropertyName("information")] double[][] Information,
    [property: JsonPropertyName("covariance")] double[][] Covariance);

/// <summary>One calibrated parameter of the posterior: its value, prior and posterior SD of ln(value).</summary>
internal sealed record PosteriorParameter(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("prior_log_sd")] double PriorLogSd,
    [property: JsonPropertyName("posterior_log_sd")] double PosteriorLogSd);

/// <summary>The source-generated (de)serialiser of <see cref="PosteriorFile"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(PosteriorFile))]
internal sealed partial class PosteriorJsonContext : JsonSerializerContext;
