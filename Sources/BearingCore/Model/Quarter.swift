import Foundation

/// A calendar quarter such as 2026-Q4. Bearing's objectives are planned per quarter.
public struct Quarter: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var year: Int
    public var number: Int

    public init?(year: Int, number: Int) {
        guard (1...4).contains(number), (1900...9999).contains(year) else { return nil }
        self.year = year
        self.number = number
    }

    public var description: String { "\(year)-Q\(number)" }

    public static func < (a: Quarter, b: Quarter) -> Bool { (a.year, a.number) < (b.year, b.number) }

    /// Reads "2026-Q4", "2026Q4", "Q4 2026", "Q4-2026", "2026 Q4" anywhere in `text`, case-insensitively.
    public static func find(in text: String) -> Quarter? {
        for (index, pattern) in Self.patterns.enumerated() {
            guard let groups = pattern.firstMatch(in: text) else { continue }
            let (year, number) = index == 0 ? (groups[1], groups[2]) : (groups[2], groups[1])
            if let y = year.flatMap({ Int($0) }), let n = number.flatMap({ Int($0) }) { return Quarter(year: y, number: n) }
        }
        return nil
    }

    private static let patterns = [
        Pattern(#"(?<![0-9])((?:19|20|21)[0-9]{2})[-_ ]?Q([1-4])(?![0-9])"#),
        Pattern(#"(?<![A-Za-z0-9])Q([1-4])[-_ ,]*((?:19|20|21)[0-9]{2})(?![0-9])"#),
    ]

    /// The quarter holding `date` (UTC).
    public static func containing(_ date: Date) -> Quarter {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        return Quarter(year: parts.year ?? 1970, number: ((parts.month ?? 1) - 1) / 3 + 1) ?? Quarter(year: 1970, number: 1)!
    }

    /// The quarter's first day and the first day of the next quarter, in UTC.
    public var dateInterval: DateInterval {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: year, month: (number - 1) * 3 + 1, day: 1))!
        let end = calendar.date(byAdding: .month, value: 3, to: start)!
        return DateInterval(start: start, end: end)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let quarter = Quarter.find(in: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a quarter: \(text)"))
        }
        self = quarter
    }
}
