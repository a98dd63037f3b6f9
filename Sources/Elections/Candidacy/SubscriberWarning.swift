/// Something on a nomination paper that would make a returning officer reject it, or that the
/// candidate should check before handing it in (candidates-and-royal-mail.md §2.1 row 1, §2.2
/// rows 1 and 4).
///
/// `description` is one sentence that names an elector by their elector NUMBER and never by name:
/// warnings are shown, logged and pasted (RosetteFailure's rule on personal data).
public enum SubscriberWarning: Sendable, Hashable, CustomStringConvertible {
    /// Fewer subscribers than the election needs.
    case tooFew(have: Int, need: Int)
    /// More than needed: only the first `counted` are considered, so a valid one late on the list
    /// does not make up for an invalid one early on.
    case tooMany(have: Int, counted: Int)
    /// The subscriber at this 1-based position has an elector number Rosette cannot read.
    case invalidElectorNumber(position: Int)
    /// The same elector signs this paper twice.
    case duplicate(electorNumber: String)
    /// The elector has already subscribed another paper (an elector may subscribe only one).
    case onAnotherPaper(electorNumber: String, otherPaper: String)
    /// The description on the paper differs from the one on the certificate of authorisation
    /// beyond letter case and spacing: the whole nomination is then invalid.
    case descriptionMismatch(paper: String, certificate: String)
    /// The paper uses a party description but no certificate of authorisation has been recorded.
    case descriptionWithoutCertificate
    /// A description longer than the six words a registered description may have.
    case descriptionTooLong(words: Int)
    /// The paper has no proposer or no seconder.
    case missingProposerOrSeconder
    /// The paper names more than one proposer or more than one seconder.
    case moreThanOneProposerOrSeconder
    /// A subscriber's name is empty.
    case missingName(electorNumber: String)
    /// A subscriber's name starts with a title (Mr, Cllr…): full names as on the register only.
    case titleInName(electorNumber: String)

    public var description: String {
        switch self {
        case .tooFew(let have, let need):
            "The paper has \(have) subscriber\(have == 1 ? "" : "s") but needs \(need)."
        case .tooMany(let have, let counted):
            "The paper has \(have) subscribers; only the first \(counted) are considered, so check those."
        case .invalidElectorNumber(let position):
            "Subscriber \(position) has an elector number that is not \(ElectorNumber.expected)."
        case .duplicate(let number):
            "Elector \(number) subscribes this paper more than once."
        case .onAnotherPaper(let number, let other):
            "Elector \(number) has already subscribed the paper \"\(other)\"."
        case .descriptionMismatch(let paper, let certificate):
            "The description \"\(paper)\" on the paper does not match \"\(certificate)\" on the certificate of authorisation."
        case .descriptionWithoutCertificate:
            "The paper uses a party description but no certificate of authorisation is recorded."
        case .descriptionTooLong(let words):
            "The description has \(words) words; a registered description has at most 6."
        case .missingProposerOrSeconder:
            "The paper needs both a proposer and a seconder."
        case .moreThanOneProposerOrSeconder:
            "The paper names more than one proposer or more than one seconder."
        case .missingName(let number):
            "Elector \(number) has no name on the paper."
        case .titleInName(let number):
            "Elector \(number) is named with a title; use the full name as on the register."
        }
    }
}
