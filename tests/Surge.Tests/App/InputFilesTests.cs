using Surge.App;
using Surge.Files;
using Surge.Tests.Support;
using static Surge.Tests.Files.ProgramFileTesting;

namespace Surge.Tests.App;

/// <summary>Reading session and program files from the disk (<see cref="InputFiles"/>): missing, folder, too large and binary files, each with its located message.</summary>
public sealed class InputFilesTests
{
    [Fact]
    public void LoadSession_ExistingFile_ParsesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"surge-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, SessionYaml.Valid().ToString());
            var result = InputFiles.LoadSession(path, TestCatalogue.Instance);
            Assert.True(result.Success, result.Error?.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadSession_MissingFile_GivesErrorWithoutLine()
    {
        var error = InputFiles.LoadSession("/nonexistent/surge/nothing.yaml", TestCatalogue.Instance).Error!;
        Assert.Equal("/nonexistent/surge/nothing.yaml: file not found", error.ToString());
        Assert.Null(error.Line);
    }

    [Fact]
    public void LoadSession_Directory_GivesError() =>
        Assert.Contains("is a directory", InputFiles.LoadSession(Path.GetTempPath(), TestCatalogue.Instance).Error!.Message);

    [Fact]
    public void LoadSession_TooLargeFile_GivesError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"surge-{Guid.NewGuid():N}.yaml");
        try
        {
            using (var stream = File.Create(path))
            {
                stream.SetLength(SessionFile.MaximumSize + 1L);
            }
            var error = InputFiles.LoadSession(path, TestCatalogue.Instance).Error!;
            Assert.Contains("too large", error.Message);
            Assert.Contains("5 MB", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', (byte)':', (byte)'\n', 0x50, 0x4B, 0x03, 0x00 }, 2, 4, "NUL")]
    [InlineData(new byte[] { (byte)'s', (byte)'t', (byte)'a', (byte)'r', (byte)'t', (byte)':', 0xC3, 0x28 }, 1, 7, "not valid UTF-8")]
    public void LoadSession_BinaryFile_GivesErrorWithPosition(byte[] bytes, int line, int column, string mentions)
    {
        var path = Path.Combine(Path.GetTempPath(), $"surge-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllBytes(path, bytes);
            var error = InputFiles.LoadSession(path, TestCatalogue.Instance).Error!;
            Assert.Equal(line, error.Line);
            Assert.Equal(column, error.Column);
            Assert.Contains(mentions, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadProgram_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "surge-no-such-program-" + Guid.NewGuid().ToString("N") + ".yaml");
        var result = InputFiles.LoadProgram(path, TestCatalogue.Instance);
        Assert.False(result.Success);
        Assert.Equal((path, (int?)null, "file not found"), (result.Error!.File, result.Error.Line, result.Error.Message));
    }

    [Fact]
    public void LoadProgram_Directory_IsAnError() =>
        Assert.Contains("is a directory, expected a program file", InputFiles.LoadProgram(Path.GetTempPath(), TestCatalogue.Instance).Error!.Message);

    [Fact]
    public void LoadProgram_FileWithNulByte_IsBinary()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [(byte)'w', (byte)'e', (byte)'e', (byte)'k', (byte)'s', (byte)'\n', (byte)':', 0]);
            var error = InputFiles.LoadProgram(path, TestCatalogue.Instance).Error!;
            Assert.Equal((2, 2), (error.Line, error.Column));
            Assert.Contains("binary", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadProgram_ValidFile_GivesTheProgramAndNamesThePathInErrors()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Blocks);
            Assert.Equal(11, InputFiles.LoadProgram(path, TestCatalogue.Instance).Program!.Weeks);
            File.WriteAllText(path, "weeks: 0\nweek: {}\n");
            Assert.StartsWith(path + ":1:8: weeks: ", InputFiles.LoadProgram(path, TestCatalogue.Instance).Error!.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
