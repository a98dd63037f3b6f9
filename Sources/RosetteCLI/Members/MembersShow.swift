import ArgumentParser
import Foundation
import Members
import RosetteCore
import RosetteStore

extension MembersCommand {
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show one member: details, status, roles, payments and consent.",
            discussion: """
                Example:
                  rosette members show 42
                """)

        @OptionGroup var store: StoreOptions
        @Argument(help: "The member's id.") var id: Int64
        @Flag(help: "Print as JSON.") var json = false

        func run() async throws {
            let today = try Today.resolve()
            let database = try store.openExisting()
            let profile = try MemberRepository(database, actor: store.resolvedActor).profile(MemberID(rawValue: id))
            let grace = try SettingsRepository(database).gracePeriodDays()
            if json {
                try JSONOutput.print(MemberProfileJSON(profile, today: today, gracePeriodDays: grace))
            } else {
                print(MemberProfileText.render(profile, today: today, gracePeriodDays: grace))
            }
        }
    }
}

/// `members show --json`: the member, plus payments and consent history.
struct MemberProfileJSON: Encodable {
    var member: MemberJSON
    var payments: [Payment]
    var consent: [Consent]

    struct Payment: Encodable {
        var paid_on: String
        var amount_pence: Int
        var covers_until: String
    }

    struct Consent: Encodable {
        var channel: String
        var given: Bool
        var recorded_on: String
        @Nullable var method: String?
        var recorded_by: String
    }

    init(_ profile: MemberProfile, today: CalendarDate, gracePeriodDays: Int) {
        member = MemberJSON(
            profile.member, roles: profile.roles, today: today, gracePeriodDays: gracePeriodDays,
            consent: profile.consent)
        payments = profile.payments.map {
            Payment(paid_on: $0.paidOn.iso, amount_pence: $0.amountPence, covers_until: $0.coversUntil.iso)
        }
        consent = profile.consent.map {
            Consent(
                channel: $0.channel.rawValue, given: $0.given, recorded_on: $0.recordedOn.iso,
                method: $0.method, recorded_by: $0.recordedBy)
        }
    }
}

/// The human view of one member.
enum MemberProfileText {
    static func render(_ profile: MemberProfile, today: CalendarDate, gracePeriodDays: Int) -> String {
        let member = profile.member
        let details = member.details
        var lines: [String] = []
        func add(_ label: String, _ value: String?) {
            lines.append(label.padding(toLength: 16, withPad: " ", startingAt: 0) + (value ?? "-"))
        }
        add("Member", "\(member.id)")
        add("Name", "\(details.firstName) \(details.lastName)")
        add("Status", member.status(on: today, gracePeriodDays: gracePeriodDays).rawValue)
        add("Email", details.email?.value)
        add("Phone", details.phone?.e164)
        add("Postcode", details.postcode?.normalised)
        add("Address", details.address)
        add("Date of birth", details.dateOfBirth.map { "\($0) (\(member.ageBand(on: today)?.label ?? ""))" })
        add("Joined", details.joinedOn.iso)
        add("Branch", details.branch)
        add("Type", details.membershipType.slug)
        add("Dues", details.duesPence.map { Pence($0).description })
        add("Paid until", member.paidUntil?.iso)
        if let ending = member.ending { add("Ended", "\(ending.on) (\(ending.reason.rawValue))") }
        add("Notes", details.notes)
        let current = ConsentChange.current(from: profile.consent)
        add("Consent", ContactChannel.allCases.map { "\($0.rawValue) \(current[$0].map { $0 ? "yes" : "no" } ?? "not asked")" }.joined(separator: ", "))
        lines.append("")
        lines.append("Roles")
        if profile.roles.isEmpty { lines.append("  none") }
        for role in profile.roles {
            let state = role.isHeld(on: today) ? " (current)" : (role.startedOn > today ? " (not started)" : "")
            lines.append("  \(role.role.slug) from \(role.startedOn)" + (role.endedOn.map { " to \($0)" } ?? "") + state)
        }
        lines.append("")
        lines.append("Payments")
        if profile.payments.isEmpty { lines.append("  none") }
        for payment in profile.payments {
            lines.append("  \(payment.paidOn)  \(Pence(payment.amountPence).description)  covers until \(payment.coversUntil)")
        }
        return lines.joined(separator: "\n")
    }
}
