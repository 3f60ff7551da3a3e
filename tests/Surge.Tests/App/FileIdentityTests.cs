using Surge.App;
using Surge.Tests.Support;

namespace Surge.Tests.App;

public sealed class FileIdentityTests
{
    [Fact]
    public void SameFile_OtherSpellingOrSymbolicLink_True()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("a.yaml");
        File.WriteAllText(file, "x");
        var link = folder.File("link.yaml");
        File.CreateSymbolicLink(link, file);

        Assert.True(FileIdentity.SameFile(file, Path.Combine(folder.Path, "..", Path.GetFileName(folder.Path), "a.yaml")));
        Assert.True(FileIdentity.SameFile(link, file));
    }

    [Fact]
    public void SameFile_DifferentOrMissingFiles_False()
    {
        using var folder = new TemporaryFolder();
        var a = folder.File("a.yaml");
        var b = folder.File("b.yaml");
        File.WriteAllText(a, "x");
        File.WriteAllText(b, "x");

        Assert.False(FileIdentity.SameFile(a, b));
        Assert.False(FileIdentity.SameFile(folder.File("missing1"), folder.File("missing2")));
        Assert.False(FileIdentity.SameFile(a, folder.File("missing")));
        Assert.False(FileIdentity.SameFile(folder.File("missing"), folder.File("missing")));
    }

    [LinuxFact]
    public void SameFile_HardLink_True()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("a.yaml");
        File.WriteAllText(file, "x");

        Assert.True(FileIdentity.SameFile(SpecialFiles.HardLink(file, folder.File("b.csv")), file));
    }

    [LinuxFact]
    public void KindOf_DevicesFifosFilesAndFolders_Told()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("a.yaml");
        File.WriteAllText(file, "x");

        Assert.Equal(FileKind.RegularFile, FileIdentity.KindOf(file));
        Assert.Equal(FileKind.Directory, FileIdentity.KindOf(folder.Path));
        Assert.Equal(FileKind.Missing, FileIdentity.KindOf(folder.File("missing")));
        Assert.Equal(FileKind.CharacterDevice, FileIdentity.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Fifo, FileIdentity.KindOf(SpecialFiles.Fifo(folder.File("pipe"))));
        Assert.Null(FileIdentity.NotRegularReason(file));
        Assert.Contains("FIFO", FileIdentity.NotRegularReason(folder.File("pipe")));
    }
}
