using System.Runtime.InteropServices;

namespace Surge.App;

/// <summary>What kind of file system entry a path names (symbolic links followed).</summary>
public enum FileKind
{
    /// <summary>Nothing at the path (or it cannot be examined).</summary>
    Missing,
    RegularFile,
    Directory,
    CharacterDevice,
    BlockDevice,
    Fifo,
    Socket,
}

/// <summary>
/// The identity and kind of files, so that an output never replaces an input and a device or FIFO is never read as
/// an input.
/// </summary>
/// <remarks>
/// .NET has no public API for the device and inode number of a file, nor for telling a FIFO or a device from a
/// regular file without opening it (opening a FIFO blocks until a writer comes). On Linux this class therefore asks
/// the kernel with <c>statx(2)</c> through libc: unlike <c>stat</c>, its <c>struct statx</c> has the same layout on
/// every architecture, so one declaration serves x64 and arm64 alike, and no package (e.g. Mono.Posix) is needed.
/// Two paths are the same file when they have the same device and inode, which catches hard links, symbolic links
/// and different spellings (<c>./s.yaml</c>, <c>../x/s.yaml</c>). Where <c>statx</c> is not available (other
/// systems, old C libraries, sandboxes that forbid the call) the full paths after resolving symbolic links are
/// compared instead (ignoring case on Windows and macOS), and every existing non-directory entry counts as a regular
/// file.
/// </remarks>
public static class FileIdentity
{
    /// <summary>The kind of entry at <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return FileKind.Missing;
        }
        if (Stat(path) is { } status)
        {
            return status.Kind;
        }
        try
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.RegularFile : FileKind.Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return FileKind.Missing;
        }
    }

    /// <summary>
    /// Why <paramref name="path"/> must not be read as an input file (a device, FIFO or socket), or null when it is
    /// a regular file, a directory or missing (callers report those in their own words).
    /// </summary>
    public static string? NotRegularReason(string path) => KindOf(path) switch
    {
        FileKind.CharacterDevice => "is a character device, not a regular file",
        FileKind.BlockDevice => "is a block device, not a regular file",
        FileKind.Fifo => "is a FIFO (named pipe), not a regular file",
        FileKind.Socket => "is a socket, not a regular file",
        _ => null,
    };

    /// <summary>Whether <paramref name="first"/> and <paramref name="second"/> both exist and are the same file (see the remarks).</summary>
    public static bool SameFile(string first, string second)
    {
        if (string.IsNullOrEmpty(first) || string.IsNullOrEmpty(second))
        {
            return false;
        }
        if (Stat(first) is { } a && Stat(second) is { } b)
        {
            return a.Kind != FileKind.Missing && b.Kind != FileKind.Missing && a.Device == b.Device && a.Inode == b.Inode;
        }
        var (x, y) = (ResolvedFullPath(first), ResolvedFullPath(second));
        if (x is null || y is null)
        {
            return false;
        }
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(x, y, comparison);
    }

    /// <summary>The first of <paramref name="inputs"/> that is the same file as <paramref name="output"/>, or null.</summary>
    public static string? FindSameFile(string output, IEnumerable<string> inputs) =>
        inputs.FirstOrDefault(input => SameFile(output, input));

    private static string? ResolvedFullPath(string path)
    {
        try
        {
            var info = new FileInfo(Path.GetFullPath(path));
            if (!info.Exists)
            {
                return null;
            }
            return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private readonly record struct Status(FileKind Kind, ulong Device, ulong Inode);

    private static Status? Stat(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }
        int result;
        StatxBuffer buffer;
        try
        {
            result = Native.Statx(Native.AtFdCwd, path, 0, Native.StatxType | Native.StatxIno, out buffer);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        if (result != 0)
        {
            const int NoSuchFile = 2;
            const int NotADirectory = 20;
            return Marshal.GetLastPInvokeError() is NoSuchFile or NotADirectory
                ? new Status(FileKind.Missing, 0, 0)
                : null;
        }
        var kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.RegularFile,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
        return new Status(kind, ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor, buffer.Inode);
    }

    /// <summary>The fields of <c>struct statx</c> (linux/stat.h, 256 bytes, one layout on every architecture) used here.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatxBuffer
    {
        [FieldOffset(28)] public ushort Mode;
        [FieldOffset(32)] public ulong Inode;
        [FieldOffset(136)] public uint DeviceMajor;
        [FieldOffset(140)] public uint DeviceMinor;
    }

    private static class Native
    {
        public const int AtFdCwd = -100;
        public const uint StatxType = 0x1;
        public const uint StatxIno = 0x100;

        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatxBuffer buffer);
    }
}
