import Canvassing
import Members
import Privacy
import RosetteCore
import RosetteStore

/// Seeds the demo party's do-not-contact list: an unsubscribe from the mailing service, a
/// doorstep "please don't call again" by name and postcode, one member who asked not to be
/// contacted, and an elector in polling district LB who objected on the doorstep, so
/// `members export --contactable`, the shift lists and the walk lists show someone left out.
enum PrivacyDemo {
    static func seed(_ database: AppDatabase, actor: Actor, today: CalendarDate) throws {
        let list = SuppressionRepository(database, actor: actor)
        try list.suppress(try SuppressionKey.parse(kind: .email, "unsubscribed@example.org"), source: "mailing-service.csv", today: today)
        try list.suppress(
            try SuppressionKey.parse(kind: .namePostcode, "Pat Doorstep", postcode: "EH6 8AA"), source: "doorstep", today: today)
        if let email = try MemberRepository(database, actor: actor).find(MemberID(rawValue: 2)).details.email {
            try list.suppress(.email(email), today: today)
        }
        let walk = try CanvassRepository(database, actor: actor).walkList(WalkListFilter(district: "LB"))
        if let elector = walk.entries.first, let postcode = elector.postcode,
            let key = SuppressionKey.name(elector.name, postcode: try Postcode(parsing: postcode))
        {
            try list.suppress(key, source: "doorstep", today: today)
        }
    }
}
