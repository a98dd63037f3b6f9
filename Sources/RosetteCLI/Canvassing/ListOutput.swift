import Canvassing
import Foundation
import RosetteCore

/// Renders walk and knock-up lists as a table, CSV, printable HTML or JSON.
enum ListOutput {
    /// Households are numbered over the entries written (a knock-up sheet of in-person voters
    /// numbers its own doors), so CSV, HTML, JSON and the table agree.
    /// - parameter scale: the party's support scale, for the printed sheet's support column.
    static func write(
        _ given: [WalkListEntry], format: ListFormat, title: String, to path: String?,
        scale: ClosedRange<Int> = CanvassScheme.standard.supportScale
    ) throws {
        let entries = WalkListEntry.numberingHouseholds(given)
        let text: String
        switch format {
        case .table: text = table(entries) + "\n"
        case .csv:
            text = ([CSVWriter.encode(WalkListEntry.csvHeader)] + entries.map { CSVWriter.encode($0.csvRow) }).joined()
        case .html: text = html(entries, title: title, scale: scale)
        case .json: text = try JSONOutput.string(entries.map(WalkListJSON.init)) + "\n"
        }
        if let path {
            let file = try PrivateFileWriter(path: path)
            try file.write(text)
            try file.close()
            Terminal.printError("Wrote \(counted(entries.count, "elector")) to \(path).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// Tells the organiser on stderr what the list carries and how many people the
    /// do-not-contact list kept off it (a count, never who), as `members export --contactable`
    /// does; the CSV stays a plain table so a filled-in sheet imports as it is.
    static func reportLeftOut(_ list: WalkListResult) {
        Terminal.printError(
            "The list carries \(WalkListResult.carries). "
                + "\(list.suppressed) on the do-not-contact list left out.")
    }

    static func table(_ given: [WalkListEntry]) -> String {
        let entries = WalkListEntry.numberingHouseholds(given)
        var table = TextTable("House", "Elector", "Name", "Address", "Last contact", "Outcome", "Support", "Voted")
        for entry in entries {
            table.append([
                String(entry.household), entry.number.normalised, entry.name, entry.address,
                entry.lastContactOn?.iso ?? "-", entry.lastOutcome?.rawValue ?? "-",
                entry.lastSupport.map(String.init) ?? "-", entry.lastVotedOn?.iso ?? "-",
            ])
        }
        return table.render() + "\n\(entries.count) electors"
    }

    /// A printable page: one section per street, a tick box per outcome, and each household's
    /// rows under its number (as the CSV's `household` column), with a rule above each new door.
    static func html(
        _ entries: [WalkListEntry], title: String, scale: ClosedRange<Int> = CanvassScheme.standard.supportScale
    ) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(escape(title))</title>
            <style>body{font-family:sans-serif;font-size:11pt}table{border-collapse:collapse;width:100%}
            td,th{border:1px solid #999;padding:3px;text-align:left}h2{page-break-before:auto}
            tr.door td{border-top:2px solid #000}
            .box{display:inline-block;width:0.9em;height:0.9em;border:1px solid #000;margin-right:2px}</style>
            </head><body><h1>\(escape(title))</h1>
            <p>Confidential: electoral register data, for electoral purposes only.</p>
            <p>Carries \(escape(WalkListResult.carries)).</p>

            """
        var street: String?
        var household: Int?
        for entry in entries {
            if entry.street != street {
                if street != nil { out += "</table>\n" }
                street = entry.street
                out += "<h2>\(escape(entry.street.isEmpty ? "(no street)" : entry.street))</h2>\n"
                out += "<table><tr><th>House</th><th>Elector</th><th>Name</th><th>Address</th><th>Last</th>"
                out += "<th>Spoke</th><th>Not in</th><th>Support \(CanvassScheme.text(scale))</th><th>Notes</th></tr>\n"
            }
            let last = [
                entry.lastOutcome?.rawValue, entry.lastSupport.map { "support \($0)" },
                entry.lastVotedOn.map { "voted \($0.iso)" },
            ].compactMap { $0 }
            let newDoor = entry.household != household
            household = entry.household
            out += newDoor ? "<tr class=\"door\"><td>\(entry.household)</td>" : "<tr><td></td>"
            out += "<td>\(escape(entry.number.normalised))</td><td>\(escape(entry.name))</td>"
            out += "<td>\(escape(entry.address))</td><td>\(escape(last.joined(separator: ", ")))</td>"
            out += "<td><span class=\"box\"></span></td><td><span class=\"box\"></span></td><td></td><td></td></tr>\n"
        }
        if street != nil { out += "</table>\n" }
        return out + "</body></html>\n"
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// One elector of a list as JSON; `elector_number` is the contract key.
struct WalkListJSON: Encodable {
    var electorNumber: String
    var name: String
    var address: String
    @Nullable var postcode: String?
    @Nullable var lastContactOn: String?
    @Nullable var lastOutcome: String?
    @Nullable var lastSupport: Int?
    @Nullable var absentVote: String?
    /// The household's number on this list (see `WalkListEntry.numberingHouseholds`).
    var household: Int
    /// The most recent poll they were recorded voting at, null if none (see
    /// `WalkListEntry.lastVotedOn` for why a date and not a count).
    @Nullable var voted: String?

    enum CodingKeys: String, CodingKey {
        case electorNumber = "elector_number", name, address, postcode, lastContactOn = "last_contact_on"
        case lastOutcome = "last_outcome", lastSupport = "last_support", absentVote = "absent_vote"
        case household, voted
    }

    init(_ entry: WalkListEntry) {
        electorNumber = entry.number.normalised
        name = entry.name
        address = entry.address
        postcode = entry.postcode
        lastContactOn = entry.lastContactOn?.iso
        lastOutcome = entry.lastOutcome?.rawValue
        lastSupport = entry.lastSupport
        absentVote = entry.absentVote?.rawValue
        household = entry.household
        voted = entry.lastVotedOn?.iso
    }
}
