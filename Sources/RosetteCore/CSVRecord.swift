/// One record of a CSV file: its fields and the row a spreadsheet would show it on.
///
/// `row` is 1-based and counts rows the way LibreOffice Calc and Excel number them when they
/// open the file: the header is row 1; a record whose quoted field holds a line break is still
/// one row; a blank line is a row of its own (so it is counted) but is never yielded as a record.
/// Error messages say "row N" so an organiser can jump straight to the line in their spreadsheet.
public struct CSVRecord: Sendable, Hashable {
    /// The fields in file order, unquoted and decoded. Rows may be ragged: the reader returns
    /// however many fields the line has, and the caller decides whether that count is acceptable.
    public var fields: [String]
    /// The spreadsheet row number, starting at 1 for the first line of the file.
    public var row: Int

    public init(fields: [String], row: Int) {
        self.fields = fields
        self.row = row
    }
}
