using System.Security.Cryptography;
using System.Text;

namespace CyberCase.Infrastructure.Seeding;

/// <summary>Name-based ids (RFC 9562 version 8, from SHA-256), so reference and demo data get the same ids on every run.</summary>
public static class DeterministicGuid
{
    public static Guid From(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("cybercase:" + name), hash);
        var bytes = hash[..16].ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
