import BearingModel

/// The checklist in a card's text: its task items at any depth, counted once for the card.
enum CardChecklist {
    /// "3 of 5 done" and the share done, or nil when the text holds no task item.
    static func summary(_ blocks: [Block]) -> (text: String, share: Double)? {
        var done = 0, total = 0
        count(blocks, done: &done, total: &total)
        guard total > 0 else { return nil }
        return ("\(done) of \(total) done", Double(done) / Double(total))
    }

    private static func count(_ blocks: [Block], done: inout Int, total: inout Int) {
        for block in blocks {
            switch block.kind {
            case .list(_, let items):
                for item in items {
                    if let ticked = item.task {
                        total += 1
                        if ticked { done += 1 }
                    }
                    count(item.blocks, done: &done, total: &total)
                }
            case .quote(let inner), .directive(_, _, _, let inner, _):
                count(inner, done: &done, total: &total)
            default:
                break
            }
        }
    }
}
