internal import GRDB
public import Councillors
public import Elections
public import Members
public import RosetteCore

/// A vacancy with what the law says happens next.
public struct VacancyReport: Sendable {
    public var vacancy: CasualVacancy
    public var council: Council
    public var ward: Ward?
    public var plan: VacancyPlan
}

extension CouncillorRepository {
    /// Records a casual vacancy: the seat is empty from the notice date. One transaction.
    public func recordVacancy(
        councillor id: CouncillorID, reason: VacancyReason, noticeOn: CalendarDate, requestedOn: CalendarDate?,
        note: String?, today: CalendarDate
    ) throws -> CasualVacancy {
        guard noticeOn <= today else { throw CouncillorsError.dateInFuture("the vacancy notice date", noticeOn) }
        if let requestedOn, requestedOn > today { throw CouncillorsError.dateInFuture("the request date", requestedOn) }
        return try database.dbWriter.write { db in
            let councillor = try Self.councillor(id, in: db)
            if councillor.leftOn != nil { throw CouncillorsError.vacancyAlreadyRecorded(id) }
            try councillor.checkVacancyNotice(noticeOn)
            if let requestedOn, requestedOn < noticeOn {
                throw CouncillorsError.requestBeforeNotice(vacancy: nil, request: requestedOn, notice: noticeOn)
            }
            let now = Timestamp.now()
            try db.execute(
                sql: "UPDATE councillor SET leftOn = ?, updatedAt = ? WHERE id = ?",
                arguments: [noticeOn.iso, now, id.rawValue])
            try db.execute(
                sql: """
                    INSERT INTO casualVacancy (councillorId, reason, noticeOn, requestedOn, note, createdAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id.rawValue, reason.rawValue, noticeOn.iso, requestedOn?.iso, note, now, now])
            let vacancyID = db.lastInsertedRowID
            try AuditLog.record(
                db, actor: actor, kind: "vacancy", id: vacancyID, action: .create,
                fields: ["councillor_id", "reason", "notice_on"] + (requestedOn == nil ? [] : ["requested_on"]))
            try AuditLog.record(db, actor: actor, kind: "councillor", id: id.rawValue, action: .update, fields: ["left_on"])
            return try Self.vacancy(vacancyID, in: db)
        }
    }

    /// Records the day electors asked for an election (see `CasualVacancy.requested` for what is
    /// refused); `replacing` corrects an earlier request.
    public func recordRequest(
        vacancy id: Int64, on day: CalendarDate, replacing: Bool = false, today: CalendarDate
    ) throws -> CasualVacancy {
        guard day <= today else { throw CouncillorsError.dateInFuture("the request date", day) }
        return try database.dbWriter.write { db in
            _ = try Self.vacancy(id, in: db).requested(on: day, replacing: replacing)
            try db.execute(
                sql: "UPDATE casualVacancy SET requestedOn = ?, updatedAt = ? WHERE id = ?",
                arguments: [day.iso, Timestamp.now(), id])
            try AuditLog.record(db, actor: actor, kind: "vacancy", id: id, action: .update, fields: ["requested_on"])
            return try Self.vacancy(id, in: db)
        }
    }

    /// Creates the by-election (Elections II) for a vacancy, its timetable pre-filled from the
    /// computed polling day (or `pollDate`), and links the two, in one transaction.
    public func createElection(
        for id: Int64, pollDate: CalendarDate?, nominatingOfficer: MemberID? = nil, values: VacancyRuleValues,
        today: CalendarDate
    ) throws -> (PartyElection, VacancyReport) {
        let report = try self.report(id, values: values, today: today)
        if let linked = report.vacancy.electionID {
            throw CouncillorsError.electionAlreadyLinked(vacancy: id, election: linked)
        }
        guard report.plan.allowsElection || pollDate != nil, let kind = report.plan.electionKind,
            let poll = pollDate ?? report.plan.suggestedPoll
        else { throw CouncillorsError.noElectionToCreate(id, report.plan.summary) }
        let ward = report.ward?.name
        let details = try PartyElectionDetails(
            name: "\(ward ?? "Ward") by-election (\(report.council.details.name))", kind: kind,
            nation: report.council.details.nation, area: ward, pollDate: poll, nominatingOfficer: nominatingOfficer
        ).validated()
        let election = try database.dbWriter.write { db in
            let election = try ElectionRepository.insert(details, actor: actor, today: today, in: db)
            try db.execute(
                sql: "UPDATE casualVacancy SET electionId = ?, updatedAt = ? WHERE id = ?",
                arguments: [election.id.rawValue, Timestamp.now(), id])
            try AuditLog.record(db, actor: actor, kind: "vacancy", id: id, action: .update, fields: ["election_id"])
            return election
        }
        return (election, try self.report(id, values: values, today: today))
    }

    /// One vacancy with its plan.
    public func report(_ id: Int64, values: VacancyRuleValues, today: CalendarDate) throws -> VacancyReport {
        try database.dbWriter.read { db in try Self.report(Self.vacancy(id, in: db), values: values, today: today, in: db) }
    }

    /// Every vacancy, newest notice first, with its plan.
    public func vacancies(values: VacancyRuleValues, today: CalendarDate) throws -> [VacancyReport] {
        try database.dbWriter.read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM casualVacancy ORDER BY noticeOn DESC, id DESC").map {
                try Self.report(Self.vacancy($0, in: db), values: values, today: today, in: db)
            }
        }
    }

    static func report(_ vacancy: CasualVacancy, values: VacancyRuleValues, today: CalendarDate, in db: Database)
        throws -> VacancyReport
    {
        let council = try CouncilRepository.councilRecord(vacancy.councilID, in: db).council()
        let ward = try WardRecord.fetchOne(db, key: vacancy.wardID.rawValue)?.ward
        let plan = VacancyPlanner.plan(for: vacancy, council: council.details, values: values, today: today)
        return VacancyReport(vacancy: vacancy, council: council, ward: ward, plan: plan)
    }

    static func vacancy(_ id: Int64, in db: Database) throws -> CasualVacancy {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT v.*, c.councilId, c.wardId FROM casualVacancy v JOIN councillor c ON c.id = v.councillorId
                    WHERE v.id = ?
                    """, arguments: [id])
        else { throw CouncillorsError.vacancyNotFound(id) }
        guard let reason = VacancyReason(rawValue: row["reason"]), let notice = CalendarDate(iso: row["noticeOn"] as String)
        else { throw StoredDataError(kind: "vacancy", id: id, field: "reason") }
        return CasualVacancy(
            id: id, councillorID: CouncillorID(rawValue: row["councillorId"]),
            councilID: CouncilID(rawValue: row["councilId"]), wardID: WardID(rawValue: row["wardId"]),
            reason: reason, noticeOn: notice,
            requestedOn: (row["requestedOn"] as String?).flatMap { CalendarDate(iso: $0) },
            electionID: row["electionId"], note: row["note"])
    }
}
