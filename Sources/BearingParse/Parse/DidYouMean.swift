/// Suggests the closest known name for a misspelt one.
package enum DidYouMean {
    /// The candidate nearest to `text` by edit distance, if it is close enough to be a plausible typo
    /// (at most a third of the length wrong) or `text` is a prefix of exactly one candidate.
    package static func best(_ text: String, among candidates: [String]) -> String? {
        let needle = text.lowercased()
        guard !needle.isEmpty else { return nil }
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(needle, candidate.lowercased(), limit: max(2, needle.count / 3) + 1)
            if distance <= max(2, min(needle.count, candidate.count) / 3), distance < (best?.1 ?? .max) {
                best = (candidate, distance)
            }
        }
        if let best { return best.0 }
        let prefixed = candidates.filter { $0.lowercased().hasPrefix(needle) || needle.hasPrefix($0.lowercased()) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Edit distance counting a swap of two neighbouring letters as one edit ("Stauts" is one from "Status", as near as
    /// "Starts"), giving up (returning `limit`) once it must exceed `limit`. Optimal string alignment: no letter is
    /// edited twice.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.prefix(200)), b = Array(b.prefix(200))
        if abs(a.count - b.count) >= limit { return limit }
        guard !a.isEmpty else { return b.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in stride(from: 1, through: b.count, by: 1) {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum >= limit { return limit }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
