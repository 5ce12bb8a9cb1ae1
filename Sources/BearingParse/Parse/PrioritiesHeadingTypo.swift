import BearingModel

/// "## Priorites", "## Our Prioirties": a priorities heading misspelt. With no other priorities section, the strategy
/// had none, and the error pointed at line 1 while every objective's reference failed after it. The section is read as
/// the priorities, and its heading is a warning that names the word it looks like.
enum PrioritiesHeadingTypo {
    private static let words = ["priorities", "priority"]

    /// The index of the one section holding items whose title has a word within two edits of "priorities" (one of
    /// "priority"), and that word; nil when none or several.
    static func find(in sections: [Section]) -> (index: Int, written: String, meant: String)? {
        var found: [(Int, String, String)] = []
        for (index, section) in sections.enumerated() where PrioritiesSection.holdsItems(section) {
            let titleWords = section.title.split(whereSeparator: { !$0.isLetter }).map(String.init)
            for word in titleWords {
                let lower = word.lowercased()
                guard let meant = words.first(where: { meant in
                    lower != meant && DidYouMean.editDistance(lower, meant, limit: 3) <= (meant.count > 8 ? 2 : 1)
                }) else { continue }
                found.append((index, word, word.first?.isUppercase == true ? meant.prefix(1).uppercased() + meant.dropFirst() : meant))
                break
            }
        }
        return found.count == 1 ? found[0] : nil
    }
}
