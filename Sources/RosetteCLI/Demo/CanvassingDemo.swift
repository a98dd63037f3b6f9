import Canvassing
import RosetteCore
import RosetteStore

/// Seeds the demo party's canvassing: one ward (Leith) of two polling districts with a
/// fictional register (names from `MembersDemo`, streets of the demo's own invention at
/// EH6 postcodes), some postal voters, and a few weeks of canvass history.
///
/// Two editions are loaded, as a party that has been going a year holds them: last year's, with
/// a spring canvass and the marked register of the last May poll, and the current one, where
/// the newcomer at 1 Demo Walk takes LA-1 and everyone else in LA moves up a number (last year's
/// LA-11 is this year's LA-12), so `canvass history` and the turnout filters have something to
/// show. Electors are numbered from 1 in each district. Guides rely on LA-12 being an ordinary
/// elector; LA-50 is an anonymous entry.
enum CanvassingDemo {
    static let streets: [(district: String, street: String, postcode: String)] = [
        ("LA", "Demo Walk", "EH6 5AB"), ("LA", "Sample Road", "EH6 6QT"),
        ("LB", "Example Street", "EH6 8RG"), ("LB", "Fiction Lane", "EH6 7HW"),
    ]

    /// One register row without its number: the number depends on the edition.
    struct Resident {
        var district: String
        var markers: String
        var cells: String
    }

    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate, random: inout SeededRandom) throws {
        let residents = register(today: today, random: &random)
        let current = RegisterEdition.inForce(on: today)
        let previous = RegisterEdition.inForce(on: current.publishedOn.adding(days: -1))
        let (currentFile, currentNumbers) = registerFile(residents)
        let (previousFile, previousNumbers) = registerFile(Array(residents.dropFirst()))
        let postal = ["ElectorNumber"] + currentNumbers.filter { _ in Int.random(in: 0..<6, using: &random) == 0 }
        let sessions = (0..<3).map { max(today.adding(days: -7 * (3 - $0) - 3), current.publishedOn) }
        let recent = attempts(currentNumbers, days: sessions, canvassers: ["Aileen", "Bashir", "Catrin"], random: &random)
        // Last year's canvass and turnout draw from their own generator, so the current
        // edition's canvass is the same as before they were added.
        var past = SeededRandom(seed: random.next())
        let spring = [previous.publishedOn.adding(days: 130), previous.publishedOn.adding(days: 137)]
        let earlier = attempts(previousNumbers, days: spring, canvassers: ["Aileen", "Bashir"], random: &past)
        let poll = mayPoll(onOrBefore: today)
        let pollNumbers = RegisterEdition.inForce(on: poll) == current ? currentNumbers : previousNumbers
        let marked = ["ElectorNumber"] + pollNumbers.filter { _ in Int.random(in: 0..<10, using: &past) < 6 }

        let register = RegisterRepository(database, actor: actor)
        let canvass = CanvassRepository(database, actor: actor)
        var reader = CSVReader(string: previousFile)
        _ = try register.importRegister(next: { try reader.next() }, edition: previous, ward: "Leith")
        reader = CSVReader(string: earlier)
        _ = try canvass.importContacts(next: { try reader.next() })
        reader = CSVReader(string: currentFile)
        _ = try register.importRegister(next: { try reader.next() }, edition: current, ward: "Leith")
        reader = CSVReader(string: postal.joined(separator: "\n"))
        _ = try register.applyAbsentVoters(next: { try reader.next() }, kind: .postal, replace: true, edition: nil)
        reader = CSVReader(string: marked.joined(separator: "\n"))
        _ = try canvass.importMarkedRegister(next: { try reader.next() }, pollOn: poll)
        try importBySession(recent, canvass: canvass, canvassers: ["Aileen", "Bashir", "Catrin"], today: today)
    }

    /// This year's outings as canvass sessions (one a day, the door-knocking questions), each
    /// day's rows imported under its session, so `canvass sessions list` shows what each covered.
    static func importBySession(_ file: String, canvass: CanvassRepository, canvassers: [String], today: CalendarDate) throws {
        let lines = file.split(separator: "\n").map(String.init)
        guard let header = lines.first else { return }
        let byDay = Dictionary(grouping: lines.dropFirst()) {
            $0.split(separator: ",", omittingEmptySubsequences: false).dropFirst().first ?? ""
        }
        for (index, day) in byDay.keys.sorted().enumerated() {
            guard let heldOn = CalendarDate(iso: String(day)) else { continue }
            let session = try CanvassSession.validated(
                heldOn: heldOn, area: "Leith", canvassers: [canvassers[index % canvassers.count]],
                questions: ["support", "intention", "issues", "message"], notes: nil, today: today)
            let id = try canvass.addSession(session)
            let reader = CSVReader(string: ([header] + (byDay[day] ?? [])).joined(separator: "\n"))
            _ = try canvass.importContacts(next: { try reader.next() }, session: id)
        }
    }

    /// The ward's residents in street order, as EROs number them; LA's 50th is anonymous.
    static func register(today: CalendarDate, random: inout SeededRandom) -> [Resident] {
        var residents: [Resident] = []
        var next: [String: Int] = [:]
        for place in streets {
            for house in 1...40 {
                for resident in 0..<Int.random(in: 1...2, using: &random) {
                    let number = (next[place.district] ?? 0) + 1
                    next[place.district] = number
                    let first = MembersDemo.firstNames[Int.random(in: 0..<MembersDemo.firstNames.count, using: &random)]
                    let last = MembersDemo.lastNames[Int.random(in: 0..<MembersDemo.lastNames.count, using: &random)]
                    let marker = place.district == "LA" && number == 50 ? "N" : (Int.random(in: 0..<15, using: &random) == 0 ? "G" : "")
                    let attains = Int.random(in: 0..<40, using: &random) == 0 ? today.adding(days: 200).iso : ""
                    let flat = house % 7 == 0 ? "Flat \(resident + 1), " : ""
                    residents.append(
                        Resident(
                            district: place.district, markers: marker,
                            cells: "\(attains),\(last),\(first),\(place.postcode),\"\(flat)\(house) \(place.street)\",Edinburgh"))
                }
            }
        }
        return residents
    }

    /// A register file numbering `residents` from 1 in each district, and the numbers of those
    /// who are not anonymous.
    static func registerFile(_ residents: [Resident]) -> (file: String, numbers: [String]) {
        var lines = [
            "Elector Number Prefix,Elector Number,Elector Number Suffix,Elector Markers,Elector DOB,"
                + "Elector Surname,Elector Forename,PostCode,Address1,Address2"
        ]
        var numbers: [String] = []
        var next: [String: Int] = [:]
        for resident in residents {
            let number = (next[resident.district] ?? 0) + 1
            next[resident.district] = number
            lines.append("\(resident.district),\(number),0,\(resident.markers),\(resident.cells)")
            if resident.markers != "N" { numbers.append("\(resident.district)-\(number)") }
        }
        return (lines.joined(separator: "\n"), numbers)
    }

    /// A canvass-results file: one session a day, a canvasser each, each knocking about a third
    /// of the ward.
    static func attempts(_ numbers: [String], days: [CalendarDate], canvassers: [String], random: inout SeededRandom)
        -> String
    {
        let outcomes: [ContactOutcome] = [.spoke, .spoke, .spoke, .notIn, .notIn, .refused, .comeBack, .doNotContact]
        let issues = ["housing", "cost-of-living", "transport", "environment", "jobs"]
        let messages = ["renters", "bills", "green-jobs"]
        // A sheet asking the council and the Westminster question in columns of their own,
        // as the by-election campaign does: some of our council supporters still vote Labour
        // at Westminster.
        var rows = ["elector_number,date,canvasser,method,outcome,support,local vi,westminster vi,issues,message"]
        for (session, day) in days.enumerated() {
            for number in numbers where Int.random(in: 0..<3, using: &random) == 0 {
                let outcome = outcomes[Int.random(in: 0..<outcomes.count, using: &random)]
                var cells = [
                    number, day.iso, canvassers[session % canvassers.count], "door", outcome.rawValue, "", "", "", "", "",
                ]
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
        return rows.joined(separator: "\n")
    }

    /// The last May poll on or before `today`: the first Thursday in May, when most of the UK's
    /// local and devolved elections are held.
    static func mayPoll(onOrBefore today: CalendarDate) -> CalendarDate {
        func firstThursday(_ year: Int) -> CalendarDate {
            var day = CalendarDate(year: year, month: 5, day: 1) ?? today
            while day.weekday != .thursday { day = day.adding(days: 1) }
            return day
        }
        let thisYear = firstThursday(today.year)
        return thisYear <= today ? thisYear : firstThursday(today.year - 1)
    }
}
