import Foundation
import Privacy
import RosetteCore

/// The subject access file: who asked about, when, and every table's rows with why they are held.
struct SubjectAccessJSON: Encodable {
    var request: String
    var generated_on: String
    var note: String
    var summary: [Line]
    var data: [Section]

    struct Line: Encodable {
        var module: String
        var table: String
        var records: Int
        var matched_by: String
    }

    struct Section: Encodable {
        var module: String
        var table: String
        var purpose: String
        var matched_by: String
        var records: [[String: PersonalValue]]
    }

    init(request: PersonRequest, generatedOn: CalendarDate, sections: [PersonalDataSection]) {
        self.request = "\(request)"
        generated_on = generatedOn.iso
        note =
            "Everything this party's Rosette database holds about the person, table by table, as stored. "
            + "Column names are shown in snake_case; ids link rows across tables."
        summary = sections.map {
            Line(module: $0.module, table: $0.table, records: $0.records.count, matched_by: $0.matchedBy)
        }
        data = sections.map { section in
            Section(
                module: section.module, table: section.table, purpose: section.purpose, matched_by: section.matchedBy,
                records: section.records.map { record in
                    Dictionary(uniqueKeysWithValues: record.map { (Self.snakeCase($0.key), $0.value) })
                })
        }
    }

    /// `dateOfBirth` → `date_of_birth`, so the file reads like Rosette's other JSON.
    static func snakeCase(_ name: String) -> String {
        var result = ""
        for character in name {
            if character.isUppercase {
                result += "_" + character.lowercased()
            } else {
                result.append(character)
            }
        }
        return result
    }
}

/// What an erasure or sweep did, for `--json`.
struct PrivacyReportJSON: Encodable {
    var dry_run: Bool
    var actions: [Action]

    struct Action: Encodable {
        var module: String
        var table: String
        var treatment: String
        var count: Int
        var reason: String
        @Nullable var kept_until: String?
    }

    init(dryRun: Bool, actions: [PrivacyAction]) {
        dry_run = dryRun
        self.actions = actions.map {
            Action(
                module: $0.module, table: $0.table, treatment: $0.treatment.rawValue, count: $0.count, reason: $0.reason,
                kept_until: $0.keptUntil)
        }
    }
}

/// Human renderings of privacy reports.
enum PrivacyText {
    static func report(_ actions: [PrivacyAction], dryRun: Bool, subject: String) -> String {
        var lines = [dryRun ? "\(subject) (dry run: nothing was changed)" : subject]
        guard !actions.isEmpty else { return (lines + ["Nothing to do."]).joined(separator: "\n") }
        var table = TextTable("Treatment", "Module", "Table", "Rows", "Why")
        for action in actions {
            let why = action.keptUntil.map { "\(action.reason) (until \($0))" } ?? action.reason
            table.append([action.treatment.rawValue, action.module, action.table, String(action.count), why])
        }
        lines.append(table.render())
        return lines.joined(separator: "\n")
    }
}
