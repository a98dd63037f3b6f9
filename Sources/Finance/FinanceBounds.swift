public import RosetteCore

/// The largest values the treasurer's book takes, so that no total over it can overflow.
///
/// The law sets no maximum donation or expense. These are Rosette's ceilings: an amount beyond
/// them is a typo (an extra few digits), and with every item at most `maximumItem` (10^9 pence)
/// a 64-bit total cannot overflow until the book holds over nine thousand million items, so the
/// reports add up plain integers safely. A row written into the database by hand past these
/// bounds is refused when the book is read (`FinanceBook.validated()`), with its id, rather
/// than trapping half-way through a report.
public enum FinanceBounds {
    /// £10,000,000 per donation, expense or entered limit: forty times the £250,000 of annual
    /// income above which a party's accounts must be audited (finance.md §4), far beyond any one
    /// item a small party records.
    public static let maximumItem = Pence(1_000_000_000)

    /// Electors in one candidate's area: the largest UK electoral areas (a combined-authority
    /// or London mayoralty) have well under ten million electors.
    public static let electorate = 1...10_000_000

    /// Refuses a non-positive amount or one over `maximumItem`; `field` names it in the message.
    public static func check(_ amount: Pence, field: String) throws(FinanceError) {
        guard amount.value > 0 else { throw .amountNotPositive }
        guard amount <= maximumItem else { throw .amountTooLarge(field: field) }
    }

    /// True when a stored amount is one the reports can add up.
    public static func isStorable(_ amount: Pence) -> Bool { amount.value > 0 && amount <= maximumItem }
}
