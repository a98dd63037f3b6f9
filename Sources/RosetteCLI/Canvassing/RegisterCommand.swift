import ArgumentParser

/// `rosette register ...`: the electoral register as councils supply it.
struct RegisterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Import and count the electoral register, its alterations and absent voters.",
        discussion: """
            The full register is supplied to parties for electoral purposes only (RPR 2001
            regs 102-108); Rosette never exports it whole. Anonymous entries (marker N) are
            stored without name or address.

            Example:
              rosette register import register.csv --edition 2026-27 \\
                --ward Leith --map "PD=prefix"
            """,
        subcommands: [Import.self, Update.self, AbsentVoters.self, Marked.self, Stats.self]
    )
}
