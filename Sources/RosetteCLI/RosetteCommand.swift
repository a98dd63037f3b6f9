public import ArgumentParser

/// The root `rosette` command.
public struct RosetteCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rosette",
        abstract: "Membership and campaign manager for small UK political parties.",
        discussion: """
            Data lives in one SQLite file: --db PATH, else $ROSETTE_DB, else
            $XDG_DATA_HOME/rosette/rosette.sqlite3 (~/.local/share/rosette/rosette.sqlite3).
            Dates are ISO 8601 (YYYY-MM-DD); times are Europe/London.

            Example:
              rosette demo --db demo.sqlite3
            """,
        version: "0.1.0",
        subcommands: [
            MembersCommand.self,
            ElectionsCommand.self,
            FinanceCommand.self,
            FormsCommand.self,
            MailCommand.self,
            DeadlinesCommand.self,
            CouncilsCommand.self,
            CouncillorsCommand.self,
            PartiesCommand.self,
            DefectionsCommand.self,
            VacanciesCommand.self,
            VolunteersCommand.self,
            ActivitiesCommand.self,
            ShiftsCommand.self,
            RotaCommand.self,
            RegisterCommand.self,
            CanvassCommand.self,
            AuditCommand.self,
            PeopleCommand.self,
            PrivacyCommand.self,
            ConsentCommand.self,
            SettingsCommand.self,
            DatabaseCommand.self,
            BackupCommand.self,
            RestoreCommand.self,
            DoctorCommand.self,
            DemoCommand.self,
        ]
    )

    public init() {}
}
