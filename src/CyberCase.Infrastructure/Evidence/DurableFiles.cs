using System.Runtime.InteropServices;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// Making a rename survive a power cut. fsync of a file puts its bytes on the disk, but the name it was moved to
/// lives in the directory, which is a file of its own: until the directory is flushed too, a crash can leave the
/// new file unnamed (gone) even though its bytes were written. So after a move into place the target directory is
/// opened read-only and fsynced (POSIX; the only way, since .NET refuses to open a directory as a file).
/// On Windows there is nothing to call: NTFS journals its directory changes and a directory cannot be flushed
/// through an ordinary handle, so it is skipped there.
/// This cannot be observed by a test short of cutting the power (the kernel serves the new name from memory either
/// way); a test only checks that it runs without error on every commit.
/// </summary>
internal static partial class DurableFiles
{
    private const int ORdonly = 0;

    /// <summary>
    /// Flushes the folder of <paramref name="path"/> (just moved there) and each folder above it up to and including
    /// <paramref name="root"/>, which may have been created for it.
    /// </summary>
    public static void FlushFolders(string path, string root)
    {
        var top = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        while (folder is not null)
        {
            FlushDirectory(folder);
            if (string.Equals(folder, top, StringComparison.Ordinal))
            {
                return;
            }

            folder = Path.GetDirectoryName(folder);
        }

        throw new ArgumentException("The path is not under the root.", nameof(path));
    }

    public static void FlushDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = Open(path, ORdonly);
        if (fd < 0)
        {
            throw new IOException($"Could not open the folder {path} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Fsync(fd) != 0)
            {
                throw new IOException($"Could not flush the folder {path} (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int Close(int fd);
}
