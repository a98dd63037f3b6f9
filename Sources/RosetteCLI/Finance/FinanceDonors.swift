import ArgumentParser
import Finance
import RosetteCore
import RosetteStore

extension FinanceCommand {
    struct Donors: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "donors",
            abstract: "Donors and the evidence that they are permissible.",
            discussion: """
                Example:
                  rosette finance donors add --kind individual --name "A. Donor"
                  rosette finance donors check 1 --on 2026-11-20 \\
                    --evidence "Leith register, elector LW-1021"
                """,
            subcommands: [Add.self, List.self, CheckRegister.self])

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Add a donor.",
                discussion: """
                    Kinds: individual, company, trade-union, registered-party,
                    unincorporated-association, llp, friendly-society,
                    building-society, trust, impermissible.
                    Example:
                      rosette finance donors add --kind company --name "Print Co Ltd" \\
                        --company-number 01234567 --json
                    """)
            @OptionGroup var store: StoreOptions
            @Option(help: "individual, company, trade-union, registered-party, ...") var kind: DonorKind
            @Option(help: "The donor's name (personal data: shown only in reports).") var name: String
            @Option(help: "Address as on the electoral register (individuals).") var address: String?
            @Option(help: "Companies House number (companies and LLPs).") var companyNumber: String?
            @Flag(help: "Print the donor as JSON.") var json = false

            func run() async throws {
                let donor = try FinanceRepository(try store.open(), actor: store.resolvedActor).addDonor(
                    DonorDetails(kind: kind, name: name, address: address, companyNumber: companyNumber))
                if json { try JSONOutput.print(DonorJSON(donor)) } else { print("Added donor \(donor.id).") }
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "List donors and whether their permissibility evidence is on record.",
                discussion: """
                    Example:
                      rosette finance donors list --json
                    """)
            @OptionGroup var store: StoreOptions
            @Flag(help: "Print as JSON.") var json = false

            func run() async throws {
                let donors = try FinanceRepository(try store.openExisting(), actor: store.resolvedActor).donors()
                if json { return try JSONOutput.print(donors.map(DonorJSON.init)) }
                var table = TextTable("Id", "Kind", "Name", "Evidence")
                for donor in donors {
                    let evidence = donor.details.registerCheck.map { "register checked \($0.checkedOn)" }
                        ?? donor.details.companyNumber.map { "company \($0)" } ?? (donor.hasEvidence ? "-" : "MISSING")
                    table.append(["\(donor.id)", donor.details.kind.rawValue, donor.details.name, evidence])
                }
                print(donors.isEmpty ? "No donors yet." : table.render())
            }
        }

        struct CheckRegister: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "check",
                abstract: "Record that an individual donor is on an electoral register.",
                discussion: """
                    Until Rosette holds the register (canvassing), this records the day
                    checked and what was seen, as evidence for the donation decision.
                    Example:
                      rosette finance donors check 1 --on 2026-11-20 \\
                        --evidence "Leith register, elector LW-1021"
                    """)
            @OptionGroup var store: StoreOptions
            @Argument(help: "The donor's id.") var id: Int64
            @Option(help: "The day the register was checked (YYYY-MM-DD).") var on: CalendarDate
            @Option(help: "Which register and entry was seen.") var evidence: String

            func run() async throws {
                let donor = try FinanceRepository(try store.open(), actor: store.resolvedActor).recordRegisterCheck(
                    DonorID(rawValue: id), RegisterCheck(checkedOn: on, evidence: evidence), today: try Today.resolve())
                print("Recorded the register check for donor \(donor.id).")
            }
        }
    }
}
