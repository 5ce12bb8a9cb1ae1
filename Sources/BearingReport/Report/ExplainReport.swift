import BearingAlign

/// `bearing report --explain ITEM`: every number of one item, with how it was computed.
public enum ExplainReport {
    public static func render(_ item: AlignedItem, alignment: Alignment) -> String {
        var out = ["\(item.id) — \"\(item.title)\" (\(item.kind.rawValue), \(item.location.description))", ""]
        out.append("Links")
        let links = alignment.links(of: item.id)
        let thin = alignment.score(of: item.id)?.tooLittleText == true
        if links.isEmpty {
            let unread = ContentWords.unreadCount(item.text)
            let script = unread == 0 ? "" : " (\(unread) more in a script inference does not read: its word vectors are English)"
            out.append(thin ? "  none: too little text to link — \(ContentWords.count(item.text)) content word(s) after stop words and labels\(script), "
                              + "fewer than \(ContentWords.minimum); add a sentence about the work or a `Priorities:` line" : "  none")
        }
        for link in links {
            out.append("  \(Format.pad(link.priority, 24)) \(Format.pad(link.kind.rawValue, 9)) \(Format.decimal(link.strength))  \(link.explanation)")
        }
        if let inference = alignment.inferences[item.id], !inference.ranking.isEmpty, !thin {
            out.append("")
            out.append("Text fit (ranked by fit: 0.75 × the whole text's cosine + 0.25 × relatedness + 0.05 × the share of its rarer words only that priority's text uses, + up to 0.3 for words it shares with a priority's text when most of its words are unknown to the vectors; relatedness = the best facet's; everyday work \(Format.decimal(Double(inference.background))); margin = relatedness − everyday work; strength = the margin calibrated)")
            for match in inference.ranking {
                out.append("  \(Format.pad(match.priority, 24)) fit \(Format.decimal(Double(match.fit)))  relatedness \(Format.decimal(Double(match.similarity)))  margin \(Format.decimal(Double(match.margin)))  strength \(Format.decimal(Double(match.strength)))")
            }
            let exact = inference.evidence.filter { $0.kind == .exact }.map(\.term)
            let related = inference.evidence.filter { $0.kind == .related }.map(\.term)
            out.append("  evidence: exact \(exact.isEmpty ? "–" : exact.joined(separator: ", ")); related \(related.isEmpty ? "–" : related.joined(separator: ", "))")
        }
        if let score = alignment.score(of: item.id), score.tooLittleText {
            out.append("")
            out.append("Alignment strength – (too little text to link): counts neither as aligned nor as an orphan, and is left out of the alignment index")
        } else if let score = alignment.score(of: item.id) {
            out.append("")
            out.append("Alignment strength \(Format.decimal(score.strength)) (its best link)"
                       + (score.orphan ? " — below the 0.25 threshold, so an orphan" : " — above the 0.25 threshold"))
        }
        // "Effort: L" counts 3 and "Effort: 2-3 hours" 2.5: said as written, with the number effort shares count.
        if let written = item.effortWritten, Double(written) != item.effort {
            out.append("Effort \(written) (counts \(Format.decimal(item.effort)))")
        } else {
            out.append("Effort \(Format.decimal(item.effort))" + (item.effort == 1 ? " (default; set `Effort:` to change)" : ""))
        }
        if let progress = item.progress {
            out.append("Grade \(Format.grade(progress)) = mean of its key results' progress"
                       + (item.gradeCoverage.map { " (\($0); the others' progress is unknown)" } ?? ""))
        }
        return out.joined(separator: "\n") + "\n"
    }
}
