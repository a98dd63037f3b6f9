/// The columns `rosette canvass export` writes: exactly the columns `canvass import` reads, with
/// each attempt's id, so an export re-imports as nothing new (attempts are append-only and keyed
/// by their UUID).
public enum CanvassExport {
    public static let columns: [CanvassColumn] = [
        .id, .electorNumber, .date, .canvasser, .method, .outcome, .support, .intention, .previousVote, .issues,
        .message, .asks, .notes,
    ]

    /// The header row.
    public static var header: [String] { columns.map(\.rawValue) }

    /// An elector number as the register prints it, from its stored parts (`LA-12`, `LA-12/1`).
    public static func electorNumber(district: String, number: Int, suffix: Int) -> String {
        suffix > 0 ? "\(district)-\(number)/\(suffix)" : "\(district)-\(number)"
    }
}
