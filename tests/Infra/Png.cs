using System.Buffers.Binary;
using System.IO.Compression;

namespace DrillPlatform.Tests.Infra;

/// <summary>Just enough of PNG to check Teams icons: the IHDR size and, for 8-bit RGBA, the pixels.</summary>
public sealed record Png(int Width, int Height, byte BitDepth, byte ColorType, byte[] Idat)
{
    public const byte Rgba = 6;

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        byte[] signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
        if (!bytes.AsSpan(0, 8).SequenceEqual(signature)) throw new InvalidDataException($"{path} is not a PNG.");

        int width = 0, height = 0;
        byte depth = 0, colorType = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (kind == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                (depth, colorType) = (data[8], data[9]);
            }
            if (kind == "IDAT") idat.Write(data);
            at += 12 + length;
        }
        return new Png(width, height, depth, colorType, idat.ToArray());
    }

    /// <summary>RGBA pixels, row after row; only 8-bit RGBA, non-interlaced.</summary>
    public byte[][] RgbaRows()
    {
        if (BitDepth != 8 || ColorType != Rgba) throw new NotSupportedException("Only 8-bit RGBA is decoded.");
        using var inflated = new MemoryStream();
        using (var z = new ZLibStream(new MemoryStream(Idat), CompressionMode.Decompress)) z.CopyTo(inflated);
        var raw = inflated.ToArray();

        const int bpp = 4;
        var stride = Width * bpp;
        var rows = new byte[Height][];
        var previous = new byte[stride];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var row = raw.AsSpan(y * (stride + 1) + 1, stride).ToArray();
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bpp ? row[i - bpp] : 0, up = previous[i], upLeft = i >= bpp ? previous[i - bpp] : 0;
                row[i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
            }
            rows[y] = previous = row;
        }
        return rows;
    }

    private static byte Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
    }
}
