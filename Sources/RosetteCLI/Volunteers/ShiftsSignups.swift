import ArgumentParser
import Foundation
import RosetteCore
import RosetteStore
import Volunteers

/// The two positional arguments every sign-up command takes.
struct SignupArguments: ParsableArguments {
    @Argument(help: "The shift's id.") var shift: Int64
    @Argument(help: "The volunteer's id.") var volunteer: Int64

    var shiftID: ShiftID { ShiftID(rawValue: shift) }
    var volunteerID: VolunteerID { VolunteerID(rawValue: volunteer) }
}

extension ShiftsCommand {
    struct Signup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign a volunteer up to a shift: booked, or waitlisted when it is full.",
            discussion: """
                Exits 0 when booked or waitlisted (saying which), 65 when it would
                clash with another of their shifts (naming it). Outside their stated
                availability, or without the shift's skill, it needs --force and
                prints a warning.
                Example:
                  rosette shifts signup 8 3
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var arguments: SignupArguments
        @Flag(help: "Book even outside their stated availability or without the skill.") var force = false
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let outcome = try VolunteerRepository(try store.open(), actor: store.resolvedActor).signUp(
                arguments.volunteerID, to: arguments.shiftID, today: try Today.resolve(), now: Clock.now(), force: force)
            for warning in outcome.warnings { Terminal.printError("Warning: \(warning).") }
            if json {
                try JSONOutput.print(
                    SignupResultJSON(
                        shift_id: arguments.shift, volunteer_id: arguments.volunteer, status: outcome.signup.status.rawValue,
                        warnings: outcome.warnings))
            } else if outcome.signup.status == .waitlisted {
                print("Shift \(arguments.shift) is full: volunteer \(arguments.volunteer) is on the waiting list.")
            } else {
                print("Booked volunteer \(arguments.volunteer) on shift \(arguments.shift).")
            }
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a volunteer's sign-up; the waiting list moves up.",
            discussion: """
                The time of the cancellation is recorded.
                Example:
                  rosette shifts cancel 3 7
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var arguments: SignupArguments
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let plan = try VolunteerRepository(try store.open(), actor: store.resolvedActor)
                .cancel(arguments.volunteerID, from: arguments.shiftID, now: Clock.now())
            if json {
                try JSONOutput.print(
                    SignupResultJSON(
                        shift_id: arguments.shift, volunteer_id: arguments.volunteer, status: plan.cancelled.status.rawValue,
                        warnings: [], promoted_volunteer_id: plan.promoted?.volunteer.rawValue))
                return
            }
            print("Cancelled volunteer \(arguments.volunteer) on shift \(arguments.shift).")
            if let promoted = plan.promoted {
                print("Volunteer \(promoted.volunteer) moves up from the waiting list: tell them they are booked.")
            }
        }
    }

    struct Confirm: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a signed-up volunteer has confirmed they are coming.",
            discussion: """
                Example:
                  rosette shifts confirm 3 2
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var arguments: SignupArguments
        @Flag(help: "Print the result as JSON.") var json = false

        func run() async throws {
            let signup = try VolunteerRepository(try store.open(), actor: store.resolvedActor)
                .confirm(arguments.volunteerID, on: arguments.shiftID, now: Clock.now())
            if json {
                try JSONOutput.print(
                    SignupResultJSON(
                        shift_id: arguments.shift, volunteer_id: arguments.volunteer, status: signup.status.rawValue,
                        warnings: []))
            } else {
                print("Volunteer \(arguments.volunteer) confirmed for shift \(arguments.shift).")
            }
        }
    }

    struct Attend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record who came to a shift and who did not.",
            discussion: """
                Someone present without a booking is recorded as a walk-in. Earlier marks
                can be corrected by running it again.
                Example:
                  rosette shifts attend 1 --present 1,2 --absent 3
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The shift's id.") var shift: Int64
        @Option(help: ArgumentHelp("Volunteer ids who came, comma-separated.", valueName: "ids")) var present: String?
        @Option(help: ArgumentHelp("Volunteer ids who did not come, comma-separated.", valueName: "ids")) var absent: String?

        static func ids(_ text: String?, _ option: String) throws -> [VolunteerID] {
            guard let text else { return [] }
            return try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
                guard let id = Int64(part.trimmingCharacters(in: .whitespaces)), id > 0 else {
                    throw ValidationError("\(option) takes volunteer ids separated by commas, e.g. 3,4")
                }
                return VolunteerID(rawValue: id)
            }
        }

        func validate() throws {
            let came = try Self.ids(present, "--present")
            let missed = try Self.ids(absent, "--absent")
            if came.isEmpty && missed.isEmpty { throw ValidationError("give --present, --absent or both") }
            if !Set(came).isDisjoint(with: missed) { throw ValidationError("a volunteer cannot be both present and absent") }
        }

        func run() async throws {
            let changes = try VolunteerRepository(try store.open(), actor: store.resolvedActor).recordAttendance(
                on: ShiftID(rawValue: shift), present: try Self.ids(present, "--present"),
                absent: try Self.ids(absent, "--absent"), today: try Today.resolve(), now: Clock.now())
            let came = changes.filter { $0.status == .attended }.count
            let walkIns = changes.filter { $0.status == .attended && $0.signup == nil }.count
            print("Shift \(shift): \(came) attended" + (walkIns > 0 ? " (\(walkIns) walk-in)" : "")
                + ", \(changes.count - came) no-show.")
        }
    }
}
