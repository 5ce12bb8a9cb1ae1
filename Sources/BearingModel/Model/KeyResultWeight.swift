import Foundation

/// A key result's weight as written: a percentage (`Weight: 40%`) or a bare number (`Weight: 2`, `(weight 0.5)`).
public struct KeyResultWeight: Hashable, Sendable, Codable {
    /// The number written: 40 for "40%", 2 for "2".
    public var value: Double
    /// True when written as a percentage.
    public var percent: Bool

    public init(value: Double, percent: Bool) {
        self.value = value
        self.percent = percent
    }

    /// "40%", "2", "0.5": the weight as the site, the reports and the exports show it.
    public var shown: String {
        let number = value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(format: "%g", value)
        return percent ? number + "%" : number
    }

    /// The weight a value gives ("40%", "40 %", "2", "0.5", "~30%"); nil for anything else ("high", "2 MB", a negative).
    public init?(reading value: String) {
        var text = value.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("~") { text.removeFirst() }
        var percent = false
        if text.hasSuffix("%") {
            percent = true
            text.removeLast()
            text = text.trimmingCharacters(in: .whitespaces)
        }
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let number = Double(text), number >= 0 else { return nil }
        self.init(value: number, percent: percent)
    }
}
