import ArgumentParser
import Canvassing
import RosetteCore
import RosetteStore

extension RegisterCommand {
    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Electors, households, attainers and absent voters, by ward and district.",
            discussion: """
                Counts the current edition (the latest imported) unless --edition names one.
                Electors deleted by a monthly alteration are not counted.

                Example:
                  rosette register stats --json
                """)

        @OptionGroup var store: StoreOptions
        @Option(help: "The register edition, e.g. 2026-27 (default: the latest imported).") var edition: String?
        @Flag(help: "Print as JSON.") var json = false

        func validate() throws {
            if let edition { _ = try RegisterEdition.checked(edition) }
        }

        func run() async throws {
            let stats = try RegisterRepository(try store.openExisting(), actor: store.resolvedActor)
                .stats(edition: edition)
            if json {
                try JSONOutput.print(RegisterStatsJSON(stats))
            } else {
                print(RegisterStatsText.render(stats))
            }
        }
    }
}

/// `register stats --json`: `electors` and `households` are the contract keys.
struct RegisterStatsJSON: Encodable {
    var edition: String
    var electors: Int
    var households: Int
    var anonymous: Int
    var attainers: Int
    var postalVoters: Int
    var proxyVoters: Int
    var byWard: [String: Int]
    var byPollingDistrict: [String: Int]
    var byMarker: [String: Int]

    enum CodingKeys: String, CodingKey {
        case edition, electors, households, anonymous, attainers, postalVoters = "postal_voters"
        case proxyVoters = "proxy_voters", byWard = "by_ward", byPollingDistrict = "by_polling_district"
        case byMarker = "by_marker"
    }

    init(_ stats: RegisterStats) {
        edition = stats.edition
        electors = stats.electors
        households = stats.households
        anonymous = stats.anonymous
        attainers = stats.attainers
        postalVoters = stats.postalVoters
        proxyVoters = stats.proxyVoters
        byWard = stats.byWard
        byPollingDistrict = stats.byDistrict
        byMarker = stats.byMarker
    }
}

/// The human register summary.
enum RegisterStatsText {
    static func render(_ stats: RegisterStats) -> String {
        var lines = [
            "Register \(stats.edition): \(stats.electors) electors in \(stats.households) households",
            "Attainers \(stats.attainers), postal voters \(stats.postalVoters), proxy voters "
                + "\(stats.proxyVoters), anonymous entries \(stats.anonymous)", "",
        ]
        var wards = TextTable("Ward", "Electors")
        for (ward, count) in stats.byWard.sorted(by: { $0.key < $1.key }) {
            wards.append([ward.isEmpty ? "(none)" : ward, "\(count)"])
        }
        lines.append(wards.render())
        lines.append("")
        var districts = TextTable("Polling district", "Electors")
        for (district, count) in stats.byDistrict.sorted(by: { $0.key < $1.key }) {
            districts.append([district, "\(count)"])
        }
        lines.append(districts.render())
        if !stats.byMarker.isEmpty {
            lines.append("")
            var markers = TextTable("Marker", "Electors", "Meaning")
            for (letter, count) in stats.byMarker.sorted(by: { $0.key < $1.key }) {
                let meaning = letter.first.flatMap { FranchiseMarker.known[$0] } ?? "unknown"
                markers.append([letter, "\(count)", meaning])
            }
            lines.append(markers.render())
        }
        return lines.joined(separator: "\n")
    }
}
