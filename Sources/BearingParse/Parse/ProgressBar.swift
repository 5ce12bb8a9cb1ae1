/// A progress bar drawn with symbols, as status reports paste one into a cell or after a key result:
/// "🟩🟩🟩⬜⬜", "■■■□□", "●●●○○", "▰▰▰▱▱", "█████░░░░░". Its filled share is how far the key result has got.
enum ProgressBar {
    /// The share of filled marks, when the text is a bar and nothing else (brackets and spaces aside) of three or more
    /// marks; nil for anything else, so "🟢 On track" or "● Shipped" is no bar.
    static func read(_ text: String) -> Double? {
        var filled = 0, total = 0
        for character in text {
            // "⬜️" and "⬜" are the same mark: only the first scalar says which.
            guard let mark = character.unicodeScalars.first else { continue }
            if filledMarks.contains(mark) {
                filled += 1
                total += 1
            } else if emptyMarks.contains(mark) {
                total += 1
            } else if !(character.isWhitespace || "[]`|".contains(character)) {
                return nil
            }
        }
        return total >= 3 ? Double(filled) / Double(total) : nil
    }

    private static let filledMarks: Set<Unicode.Scalar> = ["🟩", "🟦", "🟢", "🟨", "🟧", "🟥", "🟪", "■", "◼", "▰", "●", "█", "▓", "⬛"]
    private static let emptyMarks: Set<Unicode.Scalar> = ["⬜", "□", "◻", "▱", "○", "░"]
}
