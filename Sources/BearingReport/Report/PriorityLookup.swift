import BearingModel

/// Finds the priority a `--explain` text names exactly: its id, its position as the strategy writes it ("2", "A.1",
/// "a1"), its title, or position and title together ("A Grow our member base", "2. Reliability"). Anything looser is
/// left to the item lookup first, so a word that starts an objective's title still explains that objective.
public enum PriorityLookup {
    public static func exact(_ text: String, in strategy: Strategy) -> Priority? {
        let needle = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !needle.isEmpty else { return nil }
        return strategy.priorities.first { priority in
            let number = priority.number.lowercased(), title = priority.title.lowercased()
            let lettered = number.first?.isLetter == true && compact(number) == compact(needle)
            return [priority.id.lowercased(), title, number, "\(number) \(title)", "\(number). \(title)", "\(number): \(title)"].contains(needle)
                || lettered
        }
    }

    /// "a.1", "a-1" → "a1": a lettered position however it is punctuated.
    private static func compact(_ text: String) -> String { text.filter { $0 != "." && $0 != "-" } }
}
