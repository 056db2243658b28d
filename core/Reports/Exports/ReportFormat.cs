namespace DrillPlatform.Core.Reports.Exports;

/// <summary>The forms a compliance report is given in: JSON (the API's own), CSV, XLSX, PDF.</summary>
public enum ReportFormat { Json, Csv, Xlsx, Pdf }
