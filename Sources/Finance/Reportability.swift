import RosetteCore

/// Which part of the party reports a donation's group.
public enum ReportingLevel: String, Sendable, Codable {
    /// Grouped with everything the source gave the whole party (central threshold).
    case central
    /// Grouped within one accounting unit (unit threshold).
    case accountingUnit = "accounting-unit"
}

/// Why a donation is on a quarterly report.
public struct Reportable: Sendable, Hashable {
    /// The report it goes on: the quarter the group's total crossed the threshold, or the quarter
    /// an impermissible donation was received.
    public let quarter: Quarter
    public let level: ReportingLevel
    /// True when it is reportable only because it was added to others ("aggregate" on the form).
    public let aggregated: Bool
    /// True when it was impermissible and returned.
    public let impermissible: Bool
    /// The threshold crossed (pence) and whether it is a confirmed figure.
    public let threshold: FinanceFigure?
}

/// The grouping rules of EC "Grouping benefits" (examples 2 and 4), exactly:
///
/// * Only accepted donations over the donation threshold in force on the day of receipt count
///   (£500 or less is outside PPERA altogether).
/// * Benefits from one donor in one calendar year (of the acceptance date) are added up since the
///   last reportable group: per accounting unit against the unit threshold (over £2,230), and
///   across the whole party (central party plus every unit) against the central threshold (over
///   £11,180 the first time in the year, over £2,230 for each later group).
/// * When a running total goes over a threshold (strictly: exactly at it is not over), every
///   donation in that group is reportable in the quarter of the acceptance that crossed it, and
///   a new group starts. A donation already reported by its unit leaves the central group.
/// * The threshold in force on the crossing donation's acceptance date applies, so a group that
///   crosses £7,500 on 31 Dec 2023 is reportable and the same gifts in January 2024 are not.
/// * A returned (impermissible) donation over the donation threshold is reportable in the
///   quarter it was received, on its own (EC: "All impermissible donations go in the report").
///   A declined gift from a permissible donor was neither accepted nor impermissible: it is not
///   reported (finance.md §2).
/// Pence are integers throughout: nothing is rounded.
public enum Reportability {
    public static func evaluate(
        _ donations: [Donation], figures: FinanceFigures = .shipped
    ) -> [DonationID: Reportable] {
        var result: [DonationID: Reportable] = [:]
        let benefits = donations.filter { donation in
            donation.amount > figures.figure(.donationThreshold, on: donation.received).amount
        }
        for donation in benefits {
            if donation.returnedOn != nil {
                result[donation.id] = Reportable(
                    quarter: Quarter(containing: donation.received), level: donation.details.unit == nil ? .central : .accountingUnit,
                    aggregated: false, impermissible: true, threshold: nil)
            }
        }
        let accepted = benefits.compactMap { donation in donation.acceptedOn.map { (donation, $0) } }
            .sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        struct GroupKey: Hashable { let donor: DonorID; let year: Int }
        var unitGroups: [GroupKey: [AccountingUnitID: [Donation]]] = [:]
        var partyGroups: [GroupKey: [Donation]] = [:]
        var centralCrossed: Set<GroupKey> = []
        for (donation, acceptedOn) in accepted {
            let key = GroupKey(donor: donation.donor, year: acceptedOn.year)
            let quarter = Quarter(containing: acceptedOn)
            partyGroups[key, default: []].append(donation)
            if let unit = donation.details.unit {
                unitGroups[key, default: [:]][unit, default: []].append(donation)
                let group = unitGroups[key]?[unit] ?? []
                let threshold = figures.figure(.unitReporting, on: acceptedOn)
                if total(group) > threshold.amount {
                    for member in group {
                        result[member.id] = Reportable(
                            quarter: quarter, level: .accountingUnit, aggregated: group.count > 1,
                            impermissible: false, threshold: threshold)
                    }
                    let reported = Set(group.map(\.id))
                    unitGroups[key]?[unit] = []
                    partyGroups[key]?.removeAll { reported.contains($0.id) }
                    continue
                }
            }
            let group = partyGroups[key] ?? []
            let threshold = figures.figure(centralCrossed.contains(key) ? .centralSubsequent : .centralReporting, on: acceptedOn)
            if total(group) > threshold.amount {
                for member in group {
                    result[member.id] = Reportable(
                        quarter: quarter, level: .central, aggregated: group.count > 1,
                        impermissible: false, threshold: threshold)
                }
                let reported = Set(group.map(\.id))
                partyGroups[key] = []
                if var units = unitGroups[key] {
                    for (unit, members) in units { units[unit] = members.filter { !reported.contains($0.id) } }
                    unitGroups[key] = units
                }
                centralCrossed.insert(key)
            }
        }
        return result
    }

    static func total(_ donations: [Donation]) -> Pence { donations.reduce(.zero) { $0 + $1.amount } }
}
