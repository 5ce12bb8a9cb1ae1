import BearingModel

/// The nested list under a piece of work, read as its subtasks: `- Plugin system` over `- ✅ Define the API` and
/// `- [ ] Document the hooks` is one item whose children say how far it has come, not three items.
enum Subtasks {
    /// The status the subtasks give their parent: every one ticked or marked done is done, some is on track, none is
    /// not started when each is an unticked box or marked not started (a mark for work under way says more than that,
    /// so nil). Nil too when a child carries no mark, for then the list is details, not a checklist.
    static func status(of item: ListItem) -> Status? {
        status(ofChildren: item.blocks.dropFirst().flatMap { block -> [ListItem] in
            if case .list(_, let children) = block.kind { children } else { [] }
        })
    }

    /// The status a phase's "#### Checklist" gives it, by the same count as a bullet's subtasks.
    static func status(ofChecklist blocks: [Block]) -> Status? {
        status(ofChildren: blocks.flatMap { block -> [ListItem] in
            if case .list(_, let entries) = block.kind { entries } else { [] }
        })
    }

    private static func status(ofChildren children: [ListItem]) -> Status? {
        guard !children.isEmpty else { return nil }
        var ticked = 0, unstarted = 0
        for child in children {
            if let task = child.task {
                if task { ticked += 1 } else { unstarted += 1 }
                continue
            }
            guard case .paragraph(let content)? = child.blocks.first?.kind,
                  let (status, _) = Status.leadingSymbol(in: content.plainText) else { return nil }
            if status == .done { ticked += 1 } else if status == .notStarted { unstarted += 1 }
        }
        if ticked == children.count { return .done }
        if ticked > 0 { return .onTrack }
        return unstarted == children.count ? .notStarted : nil
    }

    /// A label over nothing but bare addresses (`- Source repositories` over `- https://github.com/…`): where the work
    /// lives, not a piece of it. Named links (`- [AWS KMS](…)`) are things, and stay the details of the work above them.
    static func isLinkLabel(_ item: ListItem) -> Bool {
        guard item.blocks.count >= 2, case .paragraph? = item.blocks.first?.kind else { return false }
        var children: [ListItem] = []
        for block in item.blocks.dropFirst() {
            guard case .list(_, let nested) = block.kind else { return false }
            children += nested
        }
        return !children.isEmpty && children.allSatisfy(isBareAddress)
    }

    /// `- https://github.com/…` written without link syntax: an address, and nothing else.
    private static func isBareAddress(_ item: ListItem) -> Bool {
        guard item.blocks.count == 1, case .paragraph(let content)? = item.blocks.first?.kind else { return false }
        let text = content.plainText.trimmed.lowercased()
        return (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ")
    }
}
