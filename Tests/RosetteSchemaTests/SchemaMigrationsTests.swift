import Foundation
import RosetteSchema
import Testing

@Suite struct SchemaMigrationsTests {
    /// The hand-written list must name every file in `Schema/migrations`, in file-name order,
    /// because `.embedInCode` offers no way to enumerate them.
    @Test func listMatchesTheMigrationsFolder() throws {
        let folder = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schema/migrations")
        let stems = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".sql") }.map { String($0.dropLast(4)) }.sorted()
        #expect(SchemaMigrations.all.map(\.identifier) == stems)
    }

    @Test func namesFollowTheEmbeddingRules() {
        for migration in SchemaMigrations.all {
            #expect(migration.identifier.wholeMatch(of: /v[0-9]{4}_[a-z0-9_]+/) != nil)
            #expect(!migration.sql.isEmpty)
            #expect(!migration.sql.uppercased().contains("BEGIN TRANSACTION"))
        }
    }
}
