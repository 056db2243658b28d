using System.Buffers.Binary;

namespace DrillPlatform.Core.Reports.Exports;

/// <summary>
/// Takes one face out of a TrueType collection (.ttc) as a standalone .ttf, because PDFsharp reads
/// single fonts only: the face's table directory is written anew with the tables it names copied
/// after it (4-byte aligned, checksums kept). Tables shared between faces are copied for this one.
/// </summary>
public static class TrueTypeCollection
{
    private const int TableRecordSize = 16;

    public static bool IsCollection(ReadOnlySpan<byte> font) => font.Length >= 12 && font[..4].SequenceEqual("ttcf"u8);

    /// <exception cref="InvalidDataException">The bytes are not a collection with that face.</exception>
    public static byte[] Face(byte[] collection, int index)
    {
        var span = collection.AsSpan();
        if (!IsCollection(span)) throw new InvalidDataException("not a TrueType collection (no 'ttcf' tag)");
        var faces = (int)BinaryPrimitives.ReadUInt32BigEndian(span[8..]);
        if (index < 0 || index >= faces) throw new InvalidDataException($"the collection has {faces} faces, not a face {index}");
        var directory = (int)BinaryPrimitives.ReadUInt32BigEndian(span[(12 + 4 * index)..]);
        var tables = BinaryPrimitives.ReadUInt16BigEndian(span[(directory + 4)..]);
        var header = 12 + TableRecordSize * tables;

        var records = Enumerable.Range(0, tables).Select(i =>
        {
            var r = collection.AsSpan(directory + 12 + TableRecordSize * i, TableRecordSize);
            return (Tag: BinaryPrimitives.ReadUInt32BigEndian(r), Sum: BinaryPrimitives.ReadUInt32BigEndian(r[4..]),
                Offset: (int)BinaryPrimitives.ReadUInt32BigEndian(r[8..]), Length: (int)BinaryPrimitives.ReadUInt32BigEndian(r[12..]));
        }).ToList();
        var size = header + records.Sum(r => Align(r.Length));
        var font = new byte[size];
        span.Slice(directory, 12).CopyTo(font); // sfnt version, table count, search fields
        var at = header;
        for (var i = 0; i < records.Count; i++)
        {
            var (tag, sum, offset, length) = records[i];
            if (offset < 0 || length < 0 || offset + length > collection.Length) throw new InvalidDataException($"table {i} lies outside the file");
            var record = font.AsSpan(12 + TableRecordSize * i, TableRecordSize);
            BinaryPrimitives.WriteUInt32BigEndian(record, tag);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], sum);
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)length);
            span.Slice(offset, length).CopyTo(font.AsSpan(at));
            at += Align(length);
        }
        return font;
    }

    private static int Align(int length) => (length + 3) & ~3;
}
