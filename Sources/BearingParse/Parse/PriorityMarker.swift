import BearingModel

/// The importance a key result is marked with, as teams rank their work P0 (must) to P4: "P0 - Ship X", "P1: Ship X",
/// "[P2] Ship X", "(P1) Ship X", "P0 Ship X", or after the words, "Ship X (P1)". Case-sensitive: "p2p sync" is no marker.
enum PriorityMarker {
    private static let leading = Pattern(
        #"^\s*(?:[\[(](P[0-9])[\])]\s*[:\-–—]?|(P[0-9])(?::|\s+[-–—|])|(P[0-9])(?=\s+[A-Z]))\s*(\S.*)$"#, caseInsensitive: false, needs: markers)
    private static let trailing = Pattern(#"^(.*\S)\s+[\[(](P[0-9])[\])]\.?$"#, caseInsensitive: false, needs: markers)
    private static let markers = (0...9).map { "P\($0)" }

    /// The marker ("P0") and the text without it; no marker and the text unchanged when it carries none.
    static func split(_ text: String) -> (priority: String?, text: String) {
        if let groups = leading.firstMatch(in: text), let rest = groups[4],
           let marker = groups[1] ?? groups[2] ?? groups[3] {
            return (marker, rest)
        }
        if let groups = trailing.firstMatch(in: text), let rest = groups[1], let marker = groups[2] { return (marker, rest) }
        return (nil, text)
    }
}
