import Foundation
internal import GRDB

/// Who is making changes, for the audit trail: `--actor`, `ROSETTE_ACTOR`, or the OS user.
public struct Actor: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

/// Appends to the audit trail inside the caller's transaction, so a change and its audit entry
/// land together or not at all. Only field names are stored, never values.
enum AuditLog {
    enum Action: String {
        case create, update, delete, erase
    }

    /// - parameter at: the instant to record; a bulk import passes one for all its rows.
    static func record(
        _ db: Database, actor: Actor, kind: String, id: Int64, action: Action, fields: [String],
        at: String = Timestamp.now()
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO auditEntry (at, actor, recordKind, recordId, action, fields)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
        try statement.execute(arguments: [
            at, actor.name, kind, id, action.rawValue, fields.joined(separator: ","),
        ])
    }
}

/// Instants as stored: UTC text in GRDB's `yyyy-MM-dd HH:mm:ss.SSS` format, which sorts as text.
enum Timestamp {
    static func now() -> String { format(Date()) }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents(
            [.year, .month, .day, .hour, .minute, .second, .nanosecond], from: date)
        func pad(_ value: Int?, _ width: Int) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let millis = (parts.nanosecond ?? 0) / 1_000_000
        return
            "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2)) \(pad(parts.hour, 2)):\(pad(parts.minute, 2)):\(pad(parts.second, 2)).\(pad(millis, 3))"
    }
}
