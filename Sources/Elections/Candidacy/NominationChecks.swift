import RosetteCore

/// Checks a nomination paper's subscribers and description before it goes to the returning
/// officer: the traps that invalidate a nomination (candidates-and-royal-mail.md §2.1 row 1 and
/// row 4; §2.2 rows 1 and 4).
public enum NominationChecks {
    /// Titles that must not appear before a subscriber's name (EC, "Signatures of subscribers":
    /// full names, no titles such as Mr or Cllr).
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "cllr", "councillor", "sir", "dame", "rev", "revd", "lord", "lady",
        "prof",
    ]
    /// A registered party description has at most six words (PPERA 2000 s.28A; EC register).
    static let maximumDescriptionWords = 6

    /// Every warning for one paper, in a fixed order: counts, roles, each subscriber in paper
    /// order, then the description.
    ///
    /// - Parameters:
    ///   - subscribers: as on the paper, in order.
    ///   - required: subscribers the election needs (`FormRequirement.subscribersRequired`).
    ///     Counts are of entries on the paper; duplicates and unreadable numbers are warned about
    ///     separately, because the returning officer considers only the first `required`.
    ///   - otherPapers: other papers' labels and their normalised elector numbers (an elector may
    ///     subscribe only one paper at a UK Parliament election; at council elections it depends on
    ///     the number of seats, so the caller passes only the papers that conflict).
    ///   - description: the party description on the paper, if any.
    ///   - certificateDescription: the description on the nominating officer's certificate.
    ///     They must match; letter case and runs of spaces are forgiven, any other difference
    ///     (punctuation, apostrophes, an extra word) is flagged, because the returning officer
    ///     would reject the whole nomination.
    public static func warnings(
        subscribers: [Subscriber], required: Int, otherPapers: [String: [String]], description: String?,
        certificateDescription: String?
    ) -> [SubscriberWarning] {
        var warnings: [SubscriberWarning] = []
        // `required` 0 means Rosette does not know the number for this election: say nothing
        // about the count rather than something wrong.
        if required == 0 {
            // no count check
        } else if subscribers.count < required {
            warnings.append(.tooFew(have: subscribers.count, need: required))
        } else if subscribers.count > required {
            warnings.append(.tooMany(have: subscribers.count, counted: required))
        }
        let proposers = subscribers.count { $0.role == .proposer }
        let seconders = subscribers.count { $0.role == .seconder }
        if proposers == 0 || seconders == 0 { warnings.append(.missingProposerOrSeconder) }
        if proposers > 1 || seconders > 1 { warnings.append(.moreThanOneProposerOrSeconder) }

        let others = otherPapers.keys.sorted().map { label in
            (label, Set((otherPapers[label] ?? []).map(comparable)))
        }
        var seen: Set<String> = []
        var reportedDuplicates: Set<String> = []
        for (index, subscriber) in subscribers.enumerated() {
            guard let number = try? ElectorNumber.normalise(subscriber.electorNumber) else {
                warnings.append(.invalidElectorNumber(position: index + 1))
                continue
            }
            if seen.contains(number) {
                if reportedDuplicates.insert(number).inserted { warnings.append(.duplicate(electorNumber: number)) }
            } else {
                seen.insert(number)
                for (label, numbers) in others where numbers.contains(number) {
                    warnings.append(.onAnotherPaper(electorNumber: number, otherPaper: label))
                }
            }
            let words = subscriber.name.split(whereSeparator: \.isWhitespace)
            if words.isEmpty {
                warnings.append(.missingName(electorNumber: number))
            } else if let first = words.first, titles.contains(first.lowercased().trimmingSuffix(".")) {
                warnings.append(.titleInName(electorNumber: number))
            }
        }
        warnings += descriptionWarnings(paper: description, certificate: certificateDescription)
        return warnings
    }

    /// The description trap: match and length.
    static func descriptionWarnings(paper: String?, certificate: String?) -> [SubscriberWarning] {
        let paperWords = words(paper)
        let certificateWords = words(certificate)
        guard !paperWords.isEmpty else { return [] }  // no description: nothing to authorise
        var warnings: [SubscriberWarning] = []
        if certificateWords.isEmpty {
            warnings.append(.descriptionWithoutCertificate)
        } else if paperWords.map({ $0.lowercased() }) != certificateWords.map({ $0.lowercased() }) {
            warnings.append(
                .descriptionMismatch(
                    paper: paperWords.joined(separator: " "), certificate: certificateWords.joined(separator: " ")))
        }
        if paperWords.count > maximumDescriptionWords {
            warnings.append(.descriptionTooLong(words: paperWords.count))
        }
        return warnings
    }

    private static func words(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Another paper's number as given: normalised when it parses, else upper-cased and trimmed.
    private static func comparable(_ text: String) -> String {
        (try? ElectorNumber.normalise(text)) ?? text.trimmingWhitespace.uppercased()
    }
}

extension String {
    /// The string without one trailing `suffix`, if it has one.
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
