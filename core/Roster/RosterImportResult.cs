namespace DrillPlatform.Core.Roster;

/// <summary>Row is the CSV row number: 1 is the header, the first person is row 2.</summary>
public sealed record RowError(int Row, string Column, string Reason);

public sealed record RosterImportResult(int Imported, IReadOnlyList<RowError> Errors);
