import BearingModel

/// Whether a roadmap bullet's line says nothing beyond its title and what was read from it into fields:
/// "Volunteer app (@priya)", "Milestone 1: Pick the van route (@jamie)", "Board portal [Owner: Sam]". Such a line is
/// the item itself; kept as the card's text under the title, the card read the item twice and showed the very owner
/// and label the reader had taken out of the title. A line with a word of its own ("MVP: partner portal sign-up") or a
/// link is text, and stays.
enum BulletLineRestated {
    static func check(_ content: [Inline], title: String, read: [String]) -> Bool {
        guard !title.hasSuffix("…"), !content.contains(where: { if case .link = $0 { true } else { false } }) else { return false }
        let said = Set(words(([title] + read).joined(separator: " ")))
        let line = words(content.plainText)
        return !line.isEmpty && line.allSatisfy { said.contains($0) || labels.contains($0) }
    }

    /// The words of a label or a field's name that the reader takes with its value.
    private static let labels: Set<String> = [
        "owner", "owners", "dri", "dris", "lead", "leads", "driver", "assignee", "assigned", "to", "status", "due", "eta",
        "milestone", "phase", "step", "stage", "m", "team",
    ]

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// What a bullet's reader took from its line: owners, when, team, status and fields.
    static func read(_ bullet: RoadmapBullet) -> [String] {
        bullet.owners + [bullet.due, bullet.team, bullet.status?.rawValue].compactMap { $0 } + bullet.fields.flatMap { [$0.key, $0.value] }
    }
}
