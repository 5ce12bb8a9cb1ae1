/// Which files a build writes into `data/`: the database by default (what `bearing query` reads), and
/// planning.json and the CSV tables only on request (`build --data json,csv`), because at 2,000 files
/// the three held the same data three times over (64 MB). Pages link only to the files written.
public struct DataFiles: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// data/planning.db.
    public static let database = DataFiles(rawValue: 1)
    /// data/planning.json (the document `bearing report --format json` prints).
    public static let json = DataFiles(rawValue: 2)
    /// One CSV per table of the database, printed from it: requires `database`.
    public static let csv = DataFiles(rawValue: 4)

    /// A `--data` value: a comma-separated list of `json` and `csv` (written beside planning.db; `db` names
    /// planning.db itself and may be given too), or `none` alone for no `data/` folder at all. Nil when a
    /// word is none of these.
    public init?(list: String) {
        let words = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if words == ["none"] {
            self = []
            return
        }
        var files: DataFiles = .database
        for word in words {
            switch word {
            case "db": files.insert(.database)
            case "json": files.insert(.json)
            case "csv": files.insert(.csv)
            default: return nil
            }
        }
        guard !words.isEmpty else { return nil }
        self = files
    }
}
