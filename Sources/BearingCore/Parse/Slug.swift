import Foundation

/// Ids derived from titles: lowercase ASCII words joined by hyphens, at most `maxWords` words
/// so that long sentence-titles still give ids a person can type.
public enum Slug {
    public static let maxWords = 8

    public static func make(_ title: String) -> String {
        // Folding only changes non-ASCII letters (the slug is lowercased below), and Foundation's folding is slow.
        let folded = title.utf8.allSatisfy({ $0 < 0x80 }) ? title
            : title.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            // ASCII letters and digits: what `CharacterSet.alphanumerics` holds below 0x80, without its costly getter.
            if Self.isASCIIAlphanumeric(scalar.value) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        let slug = words.prefix(maxWords).joined(separator: "-").lowercased()
        return slug.isEmpty ? "untitled" : slug
    }

    static func isASCIIAlphanumeric(_ value: UInt32) -> Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}
