import ArgumentParser
import Members
import RosetteStore

extension MembersCommand {
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a member.",
            discussion: """
                Example:
                  rosette members add --first-name Ada --last-name Byron \\
                    --email ada@example.org --postcode "sw1a 1aa" --branch Leith \\
                    --joined-on 2026-01-15 --json
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var fields: MemberFieldOptions
        @Flag(help: "Print the created member as JSON.") var json = false

        func validate() throws {
            if fields.firstName == nil { throw ValidationError("--first-name is required") }
            if fields.lastName == nil { throw ValidationError("--last-name is required") }
        }

        func run() async throws {
            let today = try Today.resolve()
            let details = try fields.changes.newDetails(today: today)
            let database = try store.open()
            let member = try MemberRepository(database, actor: store.resolvedActor).add(details)
            let grace = try SettingsRepository(database).gracePeriodDays()
            if json {
                try JSONOutput.print(MemberJSON(member, roles: [], today: today, gracePeriodDays: grace))
            } else {
                print("Added member \(member.id) (\(member.status(on: today, gracePeriodDays: grace).rawValue)).")
            }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a member's details; an empty value clears an optional field.",
            discussion: """
                Example:
                  rosette members edit 42 --email new@example.org --phone ""
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @OptionGroup var fields: MemberFieldOptions
        @Flag(help: "Print the member as JSON.") var json = false

        func validate() throws {
            if fields.changes.isEmpty { throw ValidationError("give at least one field to change") }
        }

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.open()
            let repository = MemberRepository(database, actor: store.resolvedActor)
            let memberID = MemberID(rawValue: id)
            let current = try repository.find(memberID)
            let details = try fields.changes.applied(to: current.details)
            let member = try repository.update(memberID, with: details)
            if json {
                let grace = try SettingsRepository(database).gracePeriodDays()
                try JSONOutput.print(
                    MemberJSON(member, roles: try repository.profile(memberID).roles, today: today, gracePeriodDays: grace))
            } else {
                let changed = details.changedFields(from: current.details)
                print(changed.isEmpty ? "Nothing changed." : "Updated member \(id): \(changed.joined(separator: ", ")).")
            }
        }
    }
}
