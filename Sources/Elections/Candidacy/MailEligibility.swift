/// Which elections have a free Royal Mail delivery, and what the others have instead
/// (candidates-and-royal-mail.md §1.1).
enum MailEligibility {
    /// The free-delivery right, or `nil` when the election has none.
    static func freeDelivery(_ kind: ElectionKind) -> (law: String, provisional: String?)? {
        switch kind {
        case .ukParliament:
            ("UK Parliament candidates may send one election communication free of postage (RPA 1983 s.91)", nil)
        case .scottishParliament, .senedd:
            (
                "\(kind.displayName) candidates have a free election mailing like UK Parliament candidates "
                    + "(Solopress; LabourPrint; SI 2003/284 art. 64 for Wales)",
                nil
            )
        case .niAssembly:
            (
                "The notes say the NI Assembly historically had a free election mailing",
                "whether NI Assembly candidates still have a free delivery is not confirmed: ask Royal Mail"
            )
        default:
            nil
        }
    }

    /// Why there is no free delivery, and what there is instead.
    static func noFreeDelivery(_ kind: ElectionKind) -> String {
        let base = "There is no free Royal Mail delivery at \(kind.displayName) elections: the free mailing in "
            + "RPA 1983 s.91 is for parliamentary elections only, so literature goes by paid post or volunteers."
        switch kind {
        case .mayor:
            return base + " Instead the returning officer sends every elector an election-address booklet: the "
                + "address is due by close of nominations and the candidate pays a share of the printing."
        case .pcc:
            return base + " Instead each candidate's election address (at most 300 words, prepared by the election "
                + "agent) is published on the PCC elections website; there is no booklet."
        case .referendum:
            return "Referendums have no candidates and no free Royal Mail delivery."
        default:
            return base
        }
    }
}
