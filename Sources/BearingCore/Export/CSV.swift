/// RFC 4180 CSV, shared by the report and the database's CSV files.
public enum CSV {
    public static func render(_ rows: [[String]]) -> String {
        rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes fields holding commas, quotes or line breaks, doubling inner quotes. A leading `=`, `+`, `-` or `@`
    /// that is not part of a number gets a `'` so spreadsheets do not run the cell as a formula.
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
