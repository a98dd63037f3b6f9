import ArgumentParser
import Canvassing
import Foundation
import RosetteCore
import RosetteStore

/// The area options walk and knock-up lists share.
struct AreaOptions: ParsableArguments {
    @Option(help: "The ward.") var ward: String?
    @Option(help: "The polling district (prefix), e.g. LA.") var district: String?
    @Option(help: "Only this street.") var street: String?

    func validate() throws {
        if ward == nil && district == nil { throw ValidationError("give --ward or --district") }
    }
}

/// How a list is written.
enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, csv, html, json
}

extension CanvassCommand {
    struct Walklist: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "walklist",
            abstract: "Households in walking order, with the least data a canvasser needs.",
            discussion: """
                Streets in order, up the odd side and back down the even side. Lists carry
                elector number, name, address and the last result: never date of birth,
                email or phone. Anonymous entries, and people recorded as do-not-contact,
                moved or deceased, are left out. CSV and HTML files are created 0600;
                CSV cells are neutralised against spreadsheet formulas.

                Each row carries its household's number on the list (1 for the first
                door; one household's rows are together) and `voted`, the last poll
                the person was recorded voting at. --voted-at and --not-voted-at pick
                people by turnout at a poll (`register marked`, `canvass voted`), in
                any edition's numbers: both may be given, for different polls.

                Examples:
                  rosette canvass walklist --district LA --support 1-3 \\
                    --format csv --out walk.csv
                  rosette canvass walklist --ward Leith --not-voted-at 2026-05-07
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var area: AreaOptions
        @Option(help: "Only people not canvassed on or after this day.") var notCanvassedSince: CalendarDate?
        @Option(help: "Only people whose latest support is in this range, e.g. 1-2.") var support: String?
        @Option(help: "Only people recorded voting at the poll on this day.") var votedAt: CalendarDate?
        @Option(help: "Only people not recorded voting at the poll on this day.") var notVotedAt: CalendarDate?
        @Option(help: "table, csv, html or json.") var format: ListFormat = .table
        @Flag(help: "Same as --format json.") var json = false
        @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?

        func validate() throws {
            if let support, WalkListFilter.supportRange(support) == nil {
                throw ValidationError("--support takes a point or a range such as 1-2")
            }
            if let votedAt, votedAt == notVotedAt {
                throw ValidationError("--voted-at and --not-voted-at name the same poll (\(votedAt)); give one")
            }
        }

        func run() async throws {
            let filter = WalkListFilter(
                ward: area.ward, district: area.district, street: area.street, notCanvassedSince: notCanvassedSince,
                support: support.flatMap(WalkListFilter.supportRange), votedAt: votedAt, notVotedAt: notVotedAt)
            let list = try CanvassRepository(try store.openExisting(), actor: store.resolvedActor).walkList(filter)
            try ListOutput.write(
                list.entries, format: json ? .json : format, title: "Walk list", to: out, scale: list.supportScale)
            ListOutput.reportLeftOut(list)
        }
    }

    struct Knockup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "knockup",
            abstract: "Polling day: promises not yet seen voting, in walking order.",
            discussion: """
                Promises are people whose latest support is in canvass.promises (default
                1-2; --support to change for one list).
                People recorded as voted today (`canvass voted`, `register marked`) drop
                off. Postal voters are listed apart in the table; --json lists everyone
                (postal voters with absent_vote set), csv and html the in-person voters;
                --postal lists only the postal voters.

                Example:
                  rosette canvass knockup --ward Leith --json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var area: AreaOptions
        @Option(help: "Latest support counted as a promise (default: canvass.promises).") var support: String?
        @Option(help: "The day of the poll (default: today).") var on: CalendarDate?
        @Flag(help: "List postal voters instead of in-person voters (csv, html, json).") var postal = false
        @Option(help: "table, csv, html or json.") var format: ListFormat = .table
        @Flag(help: "Same as --format json.") var json = false
        @Option(help: "Write to this file (created 0600) instead of standard output.") var out: String?

        func validate() throws {
            if let support, WalkListFilter.supportRange(support) == nil {
                throw ValidationError("--support takes a point or a range such as 1-2")
            }
        }

        func run() async throws {
            let day = try on ?? Today.resolve()
            let filter = WalkListFilter(
                ward: area.ward, district: area.district, street: area.street,
                support: support.flatMap(WalkListFilter.supportRange))
            let list = try CanvassRepository(try store.openExisting(), actor: store.resolvedActor)
                .knockUp(filter, pollOn: day)
            let chosen = json ? ListFormat.json : format
            if chosen == .table {
                var text = ListOutput.table(list.inPerson)
                if !list.byPost.isEmpty {
                    text += "\n\nPostal voters (ballot by post: chase the envelope)\n" + ListOutput.table(list.byPost)
                }
                print(text)
            } else {
                let entries = list.knockUpEntries(json: chosen == .json, postal: postal)
                try ListOutput.write(entries, format: chosen, title: "Knock-up list", to: out, scale: list.supportScale)
            }
            ListOutput.reportLeftOut(list)
        }
    }
}
