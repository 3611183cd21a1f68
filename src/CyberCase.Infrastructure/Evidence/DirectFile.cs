using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace CyberCase.Infrastructure.Evidence;

/// <summary>
/// A file written with O_DIRECT on Linux x64: the bytes go to the disk as they are written instead of piling up in
/// the page cache for one long flush at the end. On the disks measured here that made writing a 1 GB upload about
/// five times faster than buffered writes followed by fsync (see docs/performance.md). O_DIRECT needs buffers,
/// lengths and offsets aligned to the block size: <see cref="AlignedBuffer"/> gives such buffers, and the last,
/// partial block is written padded and the file then cut to its real length. Elsewhere (or on a file system
/// without O_DIRECT, such as tmpfs) <see cref="TryCreate"/> answers null and the caller writes buffered.
/// </summary>
internal sealed partial class DirectFile : IDisposable
{
    public const int Alignment = 4096;

    private const int OWronly = 0x1, OCreat = 0x40, OExcl = 0x80, ODirect = 0x4000, OCloexec = 0x80000;

    private DirectFile(SafeFileHandle handle) => Handle = handle;

    public SafeFileHandle Handle { get; }

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

    /// <summary>Writes whole blocks at <paramref name="offset"/>; the span must start on an aligned address.</summary>
    public void Write(ReadOnlySpan<byte> alignedBlocks, long offset) => RandomAccess.Write(Handle, alignedBlocks, offset);

    /// <summary>Cuts the file to <paramref name="length"/> (after a padded last block) and flushes it to disk.</summary>
    public void Finish(long length)
    {
        if (Truncate(Handle, length) != 0)
        {
            throw new IOException($"Could not set the length of the staged file (errno {Marshal.GetLastPInvokeError()}).");
        }

        RandomAccess.FlushToDisk(Handle);
    }

    public void Dispose() => Handle.Dispose();

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

/// <summary>A pinned managed buffer with a block-aligned window, for O_DIRECT writes.</summary>
internal sealed class AlignedBuffer
{
    private readonly byte[] _raw;
    private readonly int _start;

    public AlignedBuffer(int size)
    {
        _raw = GC.AllocateUninitializedArray<byte>(size + DirectFile.Alignment, pinned: true);
        var address = Marshal.UnsafeAddrOfPinnedArrayElement(_raw, 0);
        _start = (int)((DirectFile.Alignment - (address % DirectFile.Alignment)) % DirectFile.Alignment);
        Size = size;
    }

    public int Size { get; }

    public Memory<byte> Memory => _raw.AsMemory(_start, Size);

    public byte[] Array => _raw;

    public int Start => _start;
}
