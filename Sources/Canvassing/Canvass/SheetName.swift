import Foundation

/// Checks the name written on a returned walk sheet against the elector the number now belongs
/// to.
///
/// Elector numbers are reassigned with every edition (and can shift within one when a new elector
/// is added), so a sheet printed from last year's register, typed up after the new one is loaded,
/// would file each answer against whoever holds that number now: political opinion recorded
/// against the wrong person (UK GDPR Art. 5(1)(d), accuracy). When the sheet carries a name, it
/// must be the register's: every word of the surname present, and any other word one of the
/// forenames or its initial. Case, accents, punctuation and word order are ignored.
public enum SheetName {
    public static func matches(_ sheet: String, forename: String?, surname: String?) -> Bool {
        let written = words(sheet)
        let family = words(surname ?? "")
        let given = words(forename ?? "")
        guard !family.isEmpty || !given.isEmpty else { return false }
        guard family.allSatisfy(written.contains) else { return false }
        return written.filter { !family.contains($0) }.allSatisfy { word in
            given.contains(word) || (word.count == 1 && given.contains { $0.first == word.first })
        }
    }

    /// Lower-case words without accents or punctuation: `O'Brien` → `obrien`.
    static func words(_ text: String) -> [String] {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "-" })
            .map { String($0.filter { $0.isLetter || $0.isNumber }) }.filter { !$0.isEmpty }
    }
}
