// swift-tools-version: 6.1
//
// Rosette: membership and campaign manager for small UK political parties.
// Read the architecture from this file: layers run upward from the shared kernel, through the
// pure domain modules, to the one storage module and the command-line interface.

import PackageDescription

/// Settings every Rosette target shares: strict imports and explicit existentials.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// Every pure domain module, for the layers above them (storage, CLI and their tests).
let domainModules: [Target.Dependency] = [
    "Canvassing", "Councillors", "Defections", "Elections", "Finance", "Members", "Privacy", "Volunteers",
]

let package = Package(
    name: "Rosette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rosette", targets: ["rosette"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: - Shared kernel

        /** Value types every area shares: dates, money, postcodes, CSV, failures. Foundation only. */
        .target(name: "RosetteCore", swiftSettings: strictSettings),

        // MARK: - Domain (pure: no database, no clock, no I/O)

        /** Councillors: councils, wards, parties, affiliation history as of any date, offices and
            the casual-vacancy rules per tier and nation. */
        .target(
            name: "Councillors", dependencies: ["RosetteCore", "Members", "Elections"],
            swiftSettings: strictSettings),
        /** Defections: moving a councillor between parties without gaps or overlaps, and the
            month-by-month timeline of seats won and lost. */
        .target(name: "Defections", dependencies: ["RosetteCore", "Councillors"], swiftSettings: strictSettings),
        /** Elections: working-day calendars, bank holidays, statutory timetables. */
        .target(
            name: "Elections",
            dependencies: ["RosetteCore", "Members"],
            resources: [.embedInCode("Data")],
            swiftSettings: strictSettings
        ),
        /** Finance: donations and their permissibility, reporting thresholds as dated data, spending limits, reports. */
        .target(name: "Finance", dependencies: ["RosetteCore", "Elections"], swiftSettings: strictSettings),
        /** Members: validation, membership status, age bands, roles and consent. */
        .target(name: "Members", dependencies: ["RosetteCore"], swiftSettings: strictSettings),
        /** Privacy: who a person is across modules, retention periods, the do-not-contact list
            and opt-out files (UK GDPR, PECR). */
        .target(name: "Privacy", dependencies: ["RosetteCore"], swiftSettings: strictSettings),
        /** Volunteers: skills, availability, activities, shifts, sign-ups with a waiting list. */
        .target(
            name: "Volunteers", dependencies: ["RosetteCore", "Members", "Elections"], swiftSettings: strictSettings),
        /** Canvassing: register files and elector numbers, walking order, contact attempts, results. */
        .target(name: "Canvassing", dependencies: ["RosetteCore"], swiftSettings: strictSettings),

        // MARK: - Storage

        /** The SQL schema as ordered migrations, embedded in the binary. */
        .target(
            name: "RosetteSchema",
            path: "Schema",
            resources: [.embedInCode("migrations")],
            swiftSettings: strictSettings
        ),
        /** The one SQLite database (GRDB) and a repository per domain. */
        .target(
            name: "RosetteStore",
            dependencies: ["RosetteCore", "RosetteSchema", .product(name: "GRDB", package: "GRDB.swift")]
                + domainModules,
            swiftSettings: strictSettings
        ),

        // MARK: - Command line

        /** The `rosette` commands: parse, call a repository or domain function, render. */
        .target(
            name: "RosetteCLI",
            dependencies: [
                "RosetteCore", "RosetteStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ] + domainModules,
            swiftSettings: strictSettings
        ),
        /** The executable: three lines over RosetteCLI. */
        .executableTarget(name: "rosette", dependencies: ["RosetteCLI"], swiftSettings: strictSettings),
        /** Scripts/bench's in-process timings (timetables): not shipped, not a test. */
        .executableTarget(
            name: "rosette-bench", dependencies: ["Elections", "RosetteCore"], path: "Scripts/Bench",
            swiftSettings: strictSettings),

        // MARK: - Tests

        .testTarget(name: "CanvassingTests", dependencies: ["Canvassing", "RosetteCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "CouncillorsTests", dependencies: ["Councillors", "Elections", "Members", "RosetteCore"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "DefectionsTests", dependencies: ["Defections", "Councillors", "RosetteCore"],
            swiftSettings: strictSettings),
        .testTarget(name: "ElectionsTests", dependencies: ["Elections", "RosetteCore"], swiftSettings: strictSettings),
        /** Runs the built binary; walks the command tree (RosetteCLI) to run every --help example. */
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "rosette", "RosetteCLI", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "FinanceTests", dependencies: ["Finance", "Elections", "RosetteCore"], swiftSettings: strictSettings),
        .testTarget(name: "MembersTests", dependencies: ["Members", "RosetteCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "RosetteCLITests", dependencies: ["RosetteCLI", "RosetteCore"] + domainModules,
            swiftSettings: strictSettings),
        .testTarget(name: "PrivacyTests", dependencies: ["Privacy", "RosetteCore"], swiftSettings: strictSettings),
        .testTarget(name: "RosetteCoreTests", dependencies: ["RosetteCore"], swiftSettings: strictSettings),
        .testTarget(
            name: "VolunteersTests", dependencies: ["Volunteers", "Members", "Elections", "RosetteCore"],
            swiftSettings: strictSettings),
        .testTarget(name: "RosetteSchemaTests", dependencies: ["RosetteSchema"], swiftSettings: strictSettings),
        .testTarget(
            name: "RosetteStoreTests",
            dependencies: ["RosetteStore", "RosetteCore"] + domainModules,
            exclude: ["Corpus"],
            swiftSettings: strictSettings
        ),
    ],
    swiftLanguageModes: [.v6]
)
