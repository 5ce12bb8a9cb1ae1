import BearingModel

/// An academic term or season written beside a year: "Spring term", "Fall semester", "Summer session". Its months
/// differ between institutions (a UK spring term is January–March, a US spring semester January–May) and
/// hemispheres, so it is never turned into a quarter: a file that names only such a term and a year is planned for
/// the year, with a warning that says so.
enum AcademicTerm {
    private static let pattern = Pattern(
        #"(?<![A-Za-z])((?:spring|summer|autumn|fall|winter|lent|michaelmas|hilary|trinity|easter)[-_ ](?:term|semester|trimester|session|quarter))(?![A-Za-z])"#,
        needs: ["term", "semester", "session", "quarter"])

    /// The term as written ("Spring term"), or nil when `text` names none.
    static func find(_ text: String) -> String? {
        pattern.firstMatch(in: text)?[1].map { $0.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ") }
    }
}
