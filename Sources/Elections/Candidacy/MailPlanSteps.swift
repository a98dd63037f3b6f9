import RosetteCore

/// The two kinds of mailing plan, step by step (candidates-and-royal-mail.md §1.3 steps 1–7,
/// §1.5 checklist).
extension PlanBuilder {
    static let guide = "Royal Mail, Candidate Mail guide (Westminster, 2019) and royalmail.com \"Candidate Mail\""

    /// Royal Mail's free delivery, counted back from the handover.
    mutating func royalMailSteps(timetable: Timetable, dispatch: PlannedDate, option: MailOption, forceProvisional: Bool) {
        let spanKey = option == .addressed ? "addressed-delivery-days" : "unaddressed-delivery-days"
        let span = lead.days(spanKey) ?? 0
        let cutoff = back(PlannedDate(date: timetable.pollDate, provisional: false), "royal-mail-cutoff-days-before-poll")
        let byPostal = back(back(dispatch, "arrival-margin-days"), spanKey)
        let chosen = byPostal.date <= cutoff.date ? byPostal : cutoff
        let handover = PlannedDate(date: chosen.date, provisional: byPostal.provisional || cutoff.provisional || forceProvisional)
        let booking = back(handover, "booking-notice-days")
        let prepared = back(handover, "preparation-days")
        let approved = back(prepared, "printing-days")
        var submitted = back(approved, "artwork-approval-days", times: lead.approvalRounds)
        _ = use("approval-rounds")
        submitted = PlannedDate(date: submitted.date, provisional: submitted.provisional || lead.isProvisional("approval-rounds"))
        let contact = back(submitted, "contact-lead-days")
        let start = forward(handover, 1, key: spanKey)
        let end = forward(handover, span, key: spanKey)

        add(
            "contact_royal_mail", "Contact the Royal Mail elections team", contact,
            "Call 0345 607 6424 with the candidate's name, the constituency and the option ("
                + option.rawValue + "). Ask for your Election Manager, the number of delivery points, your drop-off "
                + "point and this election's cut-off. At a by-election start from the vacancy, before the writ.",
            Self.guide)
        add(
            "artwork_checks", "Check the artwork before sending it", submitted,
            "Election content only, nothing for commercial gain; the statutory imprint (printer, promoter, on behalf "
                + "of); weight at most 60 g" + (option == .addressed ? " (assumed for addressed items too: confirm)" : "")
                + "; size and format per Royal Mail's specification.",
            "RPA 1983 s.91; finance.md §7 (imprints); candidates-and-royal-mail.md §1.5")
        add(
            "artwork_submitted", "Send artwork for approval", submitted,
            "Email the Candidate Mail Form and artwork to artwork.checking@royalmail.com. This allows "
                + "\(lead.approvalRounds) round\(lead.approvalRounds == 1 ? "" : "s") of \(lead.artworkApprovalWorkingDays) "
                + "working days.",
            Self.guide)
        add(
            "artwork_approved", "Artwork approved: send to print", approved,
            "Do not print before Royal Mail approves; the mailing plan is agreed only after approval.", Self.guide)
        if option == .addressed {
            add(
                "address_sortation", "Sort the addresses for the printer", approved,
                "Use the full register and absent voters' lists (free to candidates, electoral use only) sorted to "
                    + "Electionsort (walk order) or Streetsort; one item per elector, joint items per household allowed.",
                "Royal Mail GE2017 briefing slides; data-protection.md §3")
        }
        add(
            "mail_prepared", "Print delivered, bundled and documented", prepared,
            "Bundles of 100 in boxes or bags, labelled per the acceptance specification; complete the EL1e "
                + "certificate of posting.",
            Self.guide)
        add(
            "book_drop_off", "Book the drop-off with your Election Manager", booking,
            "Agree the handover date and drop-off point; collection costs extra.", "ALDC 2017 (secondary)")
        if let sopn = timetable[.sopnPublication], handover.date < sopn.date {
            add(
                "security_before_sopn", "Give Royal Mail security for the postage", booking,
                "The handover falls before the statement of persons nominated (\(sopn.date.iso)): until then a declared "
                    + "candidate must give Royal Mail the security it asks for, in case they are not nominated.",
                "RPA 1983 s.91(3)")
        }
        add(
            "handover", "Hand over to Royal Mail (latest)", handover,
            "The earlier of \(span) delivery days before postal votes go out and Royal Mail's cut-off of "
                + "\(lead.royalMailCutoffWorkingDaysBeforePoll) working days before polling day. Candidates must get "
                + "the items to the right office on time.",
            Self.guide)
        add(
            "delivery_starts", "Royal Mail delivery starts", start,
            "Delivery runs Monday to Friday for \(span) delivery days, until \(end.date.iso).",
            "Royal Mail GE2017 briefing slides (secondary)")
        add(
            "delivery_ends", "Royal Mail delivery complete", end, "Every item should have landed by today.",
            "Royal Mail GE2017 briefing slides (secondary)")
    }

    /// No free delivery: print and volunteer rounds finished before postal votes go out.
    mutating func volunteerSteps(timetable: Timetable, dispatch: PlannedDate) {
        let finish = back(dispatch, "arrival-margin-days")
        let days = lead.volunteerDeliveryDays
        let roundsStart = PlannedDate(
            date: finish.date.adding(days: -days), provisional: finish.provisional || use("volunteer-delivery-days"))
        let delivered = back(roundsStart, "preparation-days")
        let order = back(delivered, "printing-days")
        if let close = timetable[.closeOfNominations], let address = MailEligibility.electionAddressStep(timetable.kind) {
            add(
                "election_address", address.title, PlannedDate(date: close.date, provisional: close.provisional || address.provisional),
                address.detail, address.source)
        }
        add(
            "imprint_check", "Check the imprint before ordering print", order,
            "Every printed item needs the imprint: printer, promoter and on whose behalf.", "finance.md §7 (imprints)")
        add(
            "order_print", "Order the print", order,
            "Paid delivery (Royal Mail or a distributor) needs its own booking; ask them for their lead time.",
            "Placeholder lead times (UNCONFIRMED)")
        add(
            "print_delivered", "Print delivered to the volunteers", delivered,
            "Split into rounds by polling district.", "Placeholder lead times (UNCONFIRMED)")
        add(
            "volunteer_rounds_start", "Volunteer rounds start", roundsStart,
            "\(days) calendar days of rounds, weekends included.", "Placeholder lead times (UNCONFIRMED)")
        add(
            "finish_delivery", "Finish delivery before postal votes land", finish,
            "Postal voters often vote as soon as their pack arrives.", "candidates-and-royal-mail.md §1.4")
    }
}

extension MailEligibility {
    /// The statutory election address that replaces a free mailing, where there is one.
    static func electionAddressStep(
        _ kind: ElectionKind
    ) -> (title: String, detail: String, source: String, provisional: Bool)? {
        switch kind {
        case .mayor:
            (
                "Election address for the mayoral booklet", "At most two sides of A5, due by close of nominations.",
                "EC, Guidance for ROs (local government England), \"The election address booklet\"", false
            )
        case .pcc:
            (
                "Election address for the PCC website", "At most 300 words, prepared by the election agent.",
                "PCC Elections Order 2012 art. 52 and Sch. 8 (deadline assumed: close of nominations)", true
            )
        default: nil
        }
    }
}
