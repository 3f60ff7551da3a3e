using Surge.App;
using Surge.Catalogue;
using Surge.Simulation;
using Surge.Validation;

namespace Surge.Validation.Tests;

/// <summary>The shipped validation cases, read and graded once for all tests.</summary>
public static class ValidationSuite
{
    /// <summary>The command that regenerates docs/validation.md.</summary>
    public const string RegenerateCommand = "surge validate --markdown docs/validation.md";

    /// <summary>The repository root (the folder holding Surge.slnx) above the test's folder; null when not inside the repository.</summary>
    public static string? RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>data/validation of the repository, or the copy next to the tests when the repository is not found.</summary>
    public static string CasesFolder { get; } = RepositoryRoot is { } root
        ? Path.Combine(root, "data", "validation")
        : Path.Combine(AppContext.BaseDirectory, "validation");

    /// <summary>data/calibration of the repository (the fitted pile), or its copy next to the tests.</summary>
    public static string CalibrationFolder { get; } = RepositoryRoot is { } calibrationRoot
        ? Path.Combine(calibrationRoot, "data", "calibration")
        : Path.Combine(AppContext.BaseDirectory, "calibration");

    private static readonly Lazy<IReadOnlyList<ValidationCaseResult>> _results =
        new(() => [.. ValidationFiles.LoadFolder(CalibrationFolder, ExerciseCatalogue.Default), .. ValidationFiles.LoadFolder(CasesFolder, ExerciseCatalogue.Default)]);

    private static readonly Lazy<ValidationReport> _report =
        new(() => ValidationGrader.Grade(Studies, SessionSimulator.Default));

    /// <summary>Every case file, read.</summary>
    public static IReadOnlyList<ValidationCaseResult> Results => _results.Value;

    /// <summary>The studies of the files that load.</summary>
    public static IReadOnlyList<ValidationStudy> Studies => Results.Where(r => r.Success).Select(r => r.Study!).ToArray();

    /// <summary>Every observation graded against the model.</summary>
    public static ValidationReport Report => _report.Value;

    /// <summary>The file names of the case files, for theories.</summary>
    public static TheoryData<string> CaseFileNames()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { CalibrationFolder, CasesFolder })
        {
            foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
            {
                data.Add(Path.Combine(Path.GetFileName(folder), Path.GetFileName(file)));
            }
        }
        return data;
    }

    private static string? FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Surge.slnx")))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
