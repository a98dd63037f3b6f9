import Members
import Privacy
import RosetteCore
import RosetteStore

/// Seeds the demo party's do-not-contact list: an unsubscribe from the mailing service, a
/// doorstep "please don't call again" by name and postcode, and one member who asked not to be
/// contacted, so `members export --contactable` and the shift lists show someone left out.
enum PrivacyDemo {
    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate) throws {
        let list = SuppressionRepository(database, actor: actor)
        try list.suppress(try SuppressionKey.parse(kind: .email, "unsubscribed@example.org"), source: "mailing-service.csv", today: today)
        try list.suppress(
            try SuppressionKey.parse(kind: .namePostcode, "Pat Doorstep", postcode: "EH6 8AA"), source: "doorstep", today: today)
        if let email = try MemberRepository(database, actor: actor).find(MemberID(rawValue: 2)).details.email {
            try list.suppress(.email(email), today: today)
        }
    }
}
