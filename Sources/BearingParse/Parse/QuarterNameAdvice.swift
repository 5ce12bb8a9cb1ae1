import BearingModel

/// What to say when an objectives file's period cannot be found, from what its name or title does say: `2027-Q5.md`
/// names a year and a quarter that does not exist, `Q1.md` a quarter with no year. Telling those writers to "add
/// front matter `quarter: 2026-Q4`" sent them to a quarter they never meant; the advice names the one they wrote.
enum QuarterNameAdvice {
    /// A year and a quarter number beside it: `2027-Q5`, `2028_Q03`, `2027 Q0`.
    private static let yearAndNumber = Pattern(#"(?<![A-Za-z0-9])((?:19|20|21)[0-9]{2})[-_ ]?Q([0-9]{1,2})(?![0-9])"#)
    private static let numberAndYear = Pattern(#"(?<![A-Za-z0-9])Q([0-9]{1,2})[-_ ]?((?:19|20|21)[0-9]{2})(?![0-9])"#)
    /// A quarter with no year: `Q1`, `q2-okrs`.
    private static let quarterOnly = Pattern(#"(?<![A-Za-z0-9])Q([1-4])(?![0-9])"#)

    /// The message and the fix, or nil when the name and title say nothing of a quarter.
    /// `texts` are where the period was looked for, each with how to name it ("the file name", "the title").
    static func advice(_ texts: [(text: String, place: String)]) -> (message: String, fix: String)? {
        for (text, place) in texts {
            let found: (year: String, number: String, written: String)?
            if let groups = yearAndNumber.firstMatch(in: text), let year = groups[1], let number = groups[2], let written = groups[0] {
                found = (year, number, written)
            } else if let groups = numberAndYear.firstMatch(in: text), let number = groups[1], let year = groups[2], let written = groups[0] {
                found = (year, number, written)
            } else {
                found = nil
            }
            guard let found, let number = Int(found.number) else { continue }
            if (1...4).contains(number) {
                // `Q03`: a quarter written with a leading zero, which is not read as one.
                return ("\(place) says `\(found.written)`, which is not read as a quarter",
                        "write it as `\(found.year)-Q\(number)` (rename the file `\(found.year)-Q\(number).md`, or add front matter `quarter: \(found.year)-Q\(number)`)")
            }
            return ("\(place) says `\(found.written)`, but a year has four quarters, Q1 to Q4",
                    "rename the file to the quarter it plans (`\(found.year)-Q1.md` … `\(found.year)-Q4.md`), or add front matter `quarter: \(found.year)-Q4` with its quarter")
        }
        for (text, place) in texts {
            guard let groups = quarterOnly.firstMatch(in: text), let number = groups[1] else { continue }
            return ("\(place) says Q\(number) but names no year, so Bearing cannot tell which Q\(number) this file plans",
                    "put the year in the file name (`2027-Q\(number).md` for Q\(number) 2027), or add front matter `quarter: 2027-Q\(number)` with its year")
        }
        return nil
    }
}
