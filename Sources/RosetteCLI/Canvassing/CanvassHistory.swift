import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import RosetteStore

extension CanvassCommand {
    struct History: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "One elector's canvass attempts and turnout, across register editions.",
            discussion: """
                For planning the next campaign: every attempt and every poll the person
                was recorded voting at, in this and earlier editions (people are followed
                across the December renumbering), with the number they had in each, and
                what is known now (latest outcome and support, and whether they are off
                the lists). Free-text notes are not shown: the subject-access report
                (`rosette people sar`) carries them. Anonymous entries and people
                erased on request are refused.

                Example:
                  rosette canvass history LA-12 --json
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The elector number in the current edition, e.g. LA-12 or LA-12/1.")
        var elector: RegisterNumber
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let history = try CanvassRepository(try store.openExisting(), actor: store.resolvedActor).history(of: elector)
            if json {
                try JSONOutput.print(ElectorHistoryJSON(history))
            } else {
                print(ElectorHistoryText.render(history))
            }
        }
    }
}

/// `canvass history --json`. Contract keys are always written, null when unknown.
struct ElectorHistoryJSON: Encodable {
    var elector_number: String
    var edition: String
    var name: String
    @Nullable var address: String?
    var current: Current
    var numbers: [Number]
    var attempts: [Attempt]
    var turnout: [Turnout]

    struct Current: Encodable {
        @Nullable var latest_outcome: String?
        @Nullable var latest_contact_on: String?
        @Nullable var latest_support: Int?
        var do_not_contact: Bool
        var on_do_not_contact_list: Bool
        var moved: Bool
        var deceased: Bool
        var left_off_lists: Bool
        @Nullable var last_voted_on: String?
        var polls_voted: Int
    }

    struct Number: Encodable {
        var edition: String
        var elector_number: String
        @Nullable var deleted_on: String?
    }

    struct Attempt: Encodable {
        var on: String
        var canvasser: String
        var method: String
        var outcome: String
        @Nullable var support: Int?
        /// Election type → answer, e.g. `{"local": "ours", "westminster": "lab"}`.
        var intentions: [String: String]
        @Nullable var previous_vote: String?
        var issues: [String]
        @Nullable var message: String?
        var asks: [String]
        @Nullable var edition: String?
        @Nullable var elector_number: String?
    }

    struct Turnout: Encodable {
        var poll_on: String
        var source: String
        @Nullable var edition: String?
        @Nullable var elector_number: String?
    }

    init(_ history: ElectorHistory) {
        elector_number = history.number.normalised
        edition = history.edition
        name = history.name
        address = history.address
        current = Current(
            latest_outcome: history.latestOutcome?.rawValue, latest_contact_on: history.latestContactOn?.iso,
            latest_support: history.latestSupport, do_not_contact: history.doNotContact,
            on_do_not_contact_list: history.onDoNotContactList, moved: history.moved, deceased: history.deceased,
            left_off_lists: history.leftOffLists, last_voted_on: history.lastVotedOn?.iso,
            polls_voted: history.turnout.count)
        numbers = history.numbers.map {
            Number(edition: $0.edition, elector_number: $0.number.normalised, deleted_on: $0.deletedOn?.iso)
        }
        attempts = history.attempts.map {
            Attempt(
                on: $0.on.iso, canvasser: $0.canvasser, method: $0.method.rawValue, outcome: $0.outcome.rawValue,
                support: $0.support, intentions: VotingIntentions(stored: $0.intention).answers, previous_vote: $0.previousVote, issues: $0.issues,
                message: $0.message, asks: $0.asks.map(\.rawValue), edition: $0.edition,
                elector_number: $0.number?.normalised)
        }
        turnout = history.turnout.map {
            Turnout(
                poll_on: $0.pollOn.iso, source: $0.source.rawValue, edition: $0.edition,
                elector_number: $0.number?.normalised)
        }
    }
}

/// The human view of one elector's history.
enum ElectorHistoryText {
    static func render(_ history: ElectorHistory) -> String {
        var lines: [String] = []
        func add(_ label: String, _ value: String?) {
            lines.append(label.padding(toLength: 16, withPad: " ", startingAt: 0) + (value ?? "-"))
        }
        add("Elector", "\(history.number) (\(history.edition))")
        add("Name", history.name)
        add("Address", history.address)
        add("Numbers", history.numbers.map { "\($0.edition) \($0.number)" }.joined(separator: ", "))
        add("Latest", history.latestOutcome.map { "\($0.rawValue) on \(history.latestContactOn?.iso ?? "-")" })
        add("Support", history.latestSupport.map(String.init))
        var off: [String] = []
        if history.doNotContact { off.append("asked not to be contacted") }
        if history.onDoNotContactList { off.append("on the do-not-contact list") }
        if history.moved { off.append("moved") }
        if history.deceased { off.append("deceased") }
        add("Off lists", off.isEmpty ? "no" : off.joined(separator: ", "))
        add("Last voted", history.lastVotedOn?.iso)
        lines.append("")
        lines.append("Attempts")
        if history.attempts.isEmpty {
            lines.append("  none")
        } else {
            var table = TextTable("Date", "Elector", "Canvasser", "Method", "Outcome", "Support", "Intention", "Issues",
                "Message", "Asks")
            for attempt in history.attempts {
                table.append([
                    attempt.on.iso, number(attempt.edition, attempt.number), attempt.canvasser, attempt.method.rawValue,
                    attempt.outcome.rawValue, attempt.support.map(String.init) ?? "-", attempt.intention ?? "-",
                    dash(attempt.issues.joined(separator: ",")), attempt.message ?? "-",
                    dash(attempt.asks.map(\.rawValue).joined(separator: ",")),
                ])
            }
            lines.append(table.render())
        }
        lines.append("")
        lines.append("Voted at")
        if history.turnout.isEmpty {
            lines.append("  no poll recorded")
        } else {
            var table = TextTable("Poll", "Elector", "Source")
            for mark in history.turnout {
                table.append([mark.pollOn.iso, number(mark.edition, mark.number), mark.source.rawValue])
            }
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }

    /// `LA-11 (2025-26)`, or `-` once the edition is deleted.
    static func number(_ edition: String?, _ number: RegisterNumber?) -> String {
        guard let number else { return "-" }
        return edition.map { "\(number) (\($0))" } ?? number.normalised
    }

    static func dash(_ text: String) -> String { text.isEmpty ? "-" : text }
}
