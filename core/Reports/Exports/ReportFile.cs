namespace DrillPlatform.Core.Reports.Exports;

/// <summary>An exported report: its bytes, media type and file extension (without the dot).</summary>
public sealed record ReportFile(byte[] Bytes, string ContentType, string Extension);
