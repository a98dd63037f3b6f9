import Canvassing
import RosetteCore
import RosetteStore

/// Seeds the demo party's canvassing: one ward (Leith) of two polling districts with a
/// fictional register (names from `MembersDemo`, streets of the demo's own invention at
/// EH6 postcodes), some postal voters, and a few weeks of canvass history.
///
/// Electors are numbered from 1 in each district. Guides rely on LA-12 being an ordinary
/// elector; LA-50 is an anonymous entry.
enum CanvassingDemo {
    static let streets: [(district: String, street: String, postcode: String)] = [
        ("LA", "Demo Walk", "EH6 5AB"), ("LA", "Sample Road", "EH6 6QT"),
        ("LB", "Example Street", "EH6 8RG"), ("LB", "Fiction Lane", "EH6 7HW"),
    ]

    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate, random: inout SeededRandom) throws {
        var lines = [
            "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,"
                + "Elector Surname,Elector Forename,PostCode,Address1,Address2"
        ]
        var numbers: [String] = []
        var next: [String: Int] = [:]
        for place in streets {
            for house in 1...40 {
                let residents = Int.random(in: 1...2, using: &random)
                for resident in 0..<residents {  // numbered in street order, as EROs do
                    let number = (next[place.district] ?? 0) + 1
                    next[place.district] = number
                    let first = MembersDemo.firstNames[Int.random(in: 0..<MembersDemo.firstNames.count, using: &random)]
                    let last = MembersDemo.lastNames[Int.random(in: 0..<MembersDemo.lastNames.count, using: &random)]
                    let marker = place.district == "LA" && number == 50 ? "N" : (Int.random(in: 0..<15, using: &random) == 0 ? "G" : "")
                    let attains = Int.random(in: 0..<40, using: &random) == 0 ? today.adding(days: 200).iso : ""
                    let flat = house % 7 == 0 ? "Flat \(resident + 1), " : ""
                    lines.append(
                        "\(place.district),\(number),0,\(marker),\(attains),\(last),\(first),\(place.postcode),"
                            + "\"\(flat)\(house) \(place.street)\",Edinburgh")
                    if marker != "N" { numbers.append("\(place.district)-\(number)") }
                }
            }
        }
        let reader = CSVReader(string: lines.joined(separator: "\n"))
        _ = try RegisterRepository(database, actor: actor).importRegister(
            next: { try reader.next() }, edition: RegisterEdition.inForce(on: today), ward: "Leith")
        let postal = CSVReader(string: (["ElectorNumber"] + numbers.filter { _ in Int.random(in: 0..<6, using: &random) == 0 }).joined(separator: "\n"))
        _ = try RegisterRepository(database, actor: actor).applyAbsentVoters(
            next: { try postal.next() }, kind: .postal, replace: true, edition: nil)
        try history(database, actor: actor, today: today, numbers: numbers, random: &random)
    }

    /// Three Saturday sessions, a canvasser each, each knocking about a third of the ward.
    static func history(
        _ database: AppDatabase, actor: Actor, today: CalendarDate, numbers: [String], random: inout SeededRandom
    ) throws {
        let canvassers = ["Aileen", "Bashir", "Catrin"]
        let outcomes: [ContactOutcome] = [.spoke, .spoke, .spoke, .notIn, .notIn, .refused, .comeBack, .doNotContact]
        let issues = ["housing", "cost-of-living", "transport", "environment", "jobs"]
        let messages = ["renters", "bills", "green-jobs"]
        // A sheet asking the council and the Westminster question in columns of their own,
        // as the by-election campaign does: some of our council supporters still vote Labour
        // at Westminster.
        var rows = ["elector_number,date,canvasser,method,outcome,support,local vi,westminster vi,issues,message"]
        for session in 0..<3 {
            let day = today.adding(days: -7 * (3 - session) - 3)
            for number in numbers where Int.random(in: 0..<3, using: &random) == 0 {
                let outcome = outcomes[Int.random(in: 0..<outcomes.count, using: &random)]
                var cells = [number, day.iso, canvassers[session], "door", outcome.rawValue, "", "", "", "", ""]
                if outcome == .spoke {
                    let support = Int.random(in: 1...5, using: &random)
                    cells[5] = "\(support)"
                    cells[6] = support <= 2 ? "ours" : (support == 3 ? "undecided" : "lab")
                    cells[7] = support == 1 ? "ours" : (support <= 3 ? "lab" : "con")
                    cells[8] = issues[Int.random(in: 0..<issues.count, using: &random)]
                    cells[9] = messages[Int.random(in: 0..<messages.count, using: &random)]
                }
                rows.append(cells.joined(separator: ","))
            }
        }
        let reader = CSVReader(string: rows.joined(separator: "\n"))
        _ = try CanvassRepository(database, actor: actor).importContacts(next: { try reader.next() })
    }
}
