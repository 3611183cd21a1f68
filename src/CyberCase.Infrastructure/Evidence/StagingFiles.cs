using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// A staged upload written with O_DIRECT on Linux x64 (only with <c>Evidence:DirectIo</c>): the bytes go to the disk
/// as they are written instead of through the page cache. O_DIRECT needs buffers, lengths and offsets aligned to the
/// block size, so the pipeline hands this file block-aligned chunks; the last, partial block is written padded and
/// the file then cut to its real length. Elsewhere (or on a file system without O_DIRECT, such as tmpfs)
/// <see cref="TryCreate"/> answers null and the store writes buffered.
/// </summary>
internal sealed partial class DirectFile : IStagingFile
{
    public const int Alignment = 4096;

    private const int OWronly = 0x1, OCreat = 0x40, OExcl = 0x80, ODirect = 0x4000, OCloexec = 0x80000;

    private readonly SafeFileHandle _handle;

    private DirectFile(SafeFileHandle handle) => _handle = handle;

    public bool IsDirect => true;

    public static DirectFile? TryCreate(string path)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return null;
        }

        var fd = Open(path, OWronly | OCreat | OExcl | ODirect | OCloexec, 0x180);
        if (fd < 0)
        {
            TryDelete(path);
            return null;
        }

        return new DirectFile(new SafeFileHandle(fd, ownsHandle: true));
    }

    /// <summary>Whole blocks at <paramref name="offset"/>; the span starts on an aligned address (the caller pins it).</summary>
    public void Write(ReadOnlySpan<byte> alignedBlocks, long offset) => RandomAccess.Write(_handle, alignedBlocks, offset);

    /// <summary>Cuts the file to <paramref name="length"/> (after a padded last block) and flushes it to disk.</summary>
    public void Finish(long length)
    {
        if (Truncate(_handle, length) != 0)
        {
            throw new IOException($"Could not set the length of the staged file (errno {Marshal.GetLastPInvokeError()}).");
        }

        RandomAccess.FlushToDisk(_handle);
    }

    public void Dispose() => _handle.Dispose();

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing was written to it.
        }
    }

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "ftruncate", SetLastError = true)]
    private static partial int Truncate(SafeFileHandle fd, long length);
}

/// <summary>
/// The default: an ordinary file, written through the page cache and fsynced when complete. On Linux the kernel is
/// asked to start writing each 8 MB back as soon as it is written (sync_file_range, SYNC_FILE_RANGE_WRITE, which does
/// not wait), so the disk works while the upload is still arriving and the final fsync only waits for the tail,
/// instead of the whole file going to the disk after the last byte (the kernel would otherwise hold up to gigabytes
/// of dirty pages until the fsync).
/// </summary>
internal sealed partial class BufferedFile : IStagingFile
{
    private const long WriteBackEvery = 8 << 20;
    private const int SyncFileRangeWrite = 2;

    private readonly SafeFileHandle _handle;
    private long _writtenBack;

    /// <summary>A new file.</summary>
    public BufferedFile(string path) => _handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    private BufferedFile(SafeFileHandle handle) => _handle = handle;

    /// <summary>
    /// An existing file (a resumable upload's), open for reading and writing and locked against every other open
    /// (FileShare.None: an exclusive lock, in this process and others, released when the handle closes); null when it
    /// is open elsewhere.
    /// </summary>
    public static BufferedFile? TryOpenExclusive(string path)
    {
        try
        {
            return new BufferedFile(File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException) when (File.Exists(path))
        {
            return null;
        }
    }

    public bool IsDirect => false;

    public long Length => RandomAccess.GetLength(_handle);

    public int Read(Span<byte> buffer, long offset) => RandomAccess.Read(_handle, buffer, offset);

    /// <summary>Cuts the file back to <paramref name="length"/> (bytes past an acknowledged offset) and flushes it.</summary>
    public void CutTo(long length)
    {
        RandomAccess.SetLength(_handle, length);
        RandomAccess.FlushToDisk(_handle);
        _writtenBack = Math.Min(_writtenBack, length);
    }

    /// <summary>Writes start here (a resumable upload's next chunk): early write-back counts from here.</summary>
    public void StartAt(long offset) => _writtenBack = offset;

    public void Write(ReadOnlySpan<byte> bytes, long offset)
    {
        RandomAccess.Write(_handle, bytes, offset);
        var end = offset + bytes.Length;
        if (OperatingSystem.IsLinux() && end - _writtenBack >= WriteBackEvery)
        {
            // A hint: if the kernel refuses it, the final fsync still writes everything.
            _ = SyncFileRange(_handle, _writtenBack, end - _writtenBack, SyncFileRangeWrite);
            _writtenBack = end;
        }
    }

    public void Finish(long length) => RandomAccess.FlushToDisk(_handle);

    public void Dispose() => _handle.Dispose();

    [LibraryImport("libc", EntryPoint = "sync_file_range", SetLastError = true)]
    private static partial int SyncFileRange(SafeFileHandle fd, long offset, long count, int flags);
}

/// <summary>Where the pipeline writes a staged upload.</summary>
internal interface IStagingFile : IDisposable
{
    /// <summary>O_DIRECT: chunks must start on a block boundary in memory and be written in whole blocks.</summary>
    bool IsDirect { get; }

    void Write(ReadOnlySpan<byte> bytes, long offset);

    /// <summary>Everything is written: the file gets its final length and is flushed to the disk.</summary>
    void Finish(long length);
}
