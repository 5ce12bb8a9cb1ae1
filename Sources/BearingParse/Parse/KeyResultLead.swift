import BearingModel

/// Who answers for a key result, written before its words as teams that rank and assign in one line write it, the
/// rank first (`PriorityMarker`) and the owner after it: "`P0` - @stebalien - Finish the spec", "@vmx - Capture three
/// use cases". A template's slots not filled in yet are no rank and no owner, and no words of the key result either:
/// "`PX` - @vmx - Ship the spec" (a rank still to be set), "`P1` - OWNER - Ship the Go version", "`PX` - @??? - …".
enum KeyResultLead {
    /// The words after a rank slot not filled in ("PX - …", "P? - …"), nil when the text opens with none.
    static func unsetRank(_ text: String) -> String? {
        unsetRankPattern.firstMatch(in: text)?[1]
    }

    /// The owners written before the words (as written: "@ana, @lee") and the words after them; nil when the text does
    /// not open with an owner. An owner slot not filled in (`OWNER`, `@???`) gives no owners. `unsetAllowed` is true
    /// after a rank, where the template's columns make a bare "OWNER -" a slot rather than the key result's first word.
    static func split(_ text: String, unsetAllowed: Bool) -> (owners: String?, text: String)? {
        if let groups = handles.firstMatch(in: text) ?? unsure.firstMatch(in: text), let names = groups[1], let rest = groups[2] {
            return (names, rest)
        }
        if unsetAllowed, let rest = unsetOwner.firstMatch(in: text)?[1] { return (nil, rest) }
        return nil
    }

    private static let unsetRankPattern = Pattern(#"^\s*P[X?]\s*[-–—:|]\s*(\S.*)$"#, caseInsensitive: false, needs: ["P"])
    /// "@ana - ", "@ana, @lee — ", "@ana (?) - ": handles, at most a question mark about them, then a dash or colon.
    private static let handles = Pattern(
        #"^\s*(@[A-Za-z0-9_][A-Za-z0-9_.-]*(?:\s*(?:,|&|\band\b)\s*@[A-Za-z0-9_][A-Za-z0-9_.-]*)*)\s*(?:\(\?\)\s*)?[-–—:|]\s+(\S.*)$"#,
        needs: ["@"])
    /// "@stebalien (?) finish deciding": the owner the writer is not yet sure of, marked so, before the words.
    private static let unsure = Pattern(#"^\s*(@[A-Za-z0-9_][A-Za-z0-9_.-]*)\s*\(\?\)\s+(\S.*)$"#, needs: ["@"])
    private static let unsetOwner = Pattern(#"^\s*(?:OWNER|@\?+|\?{2,}|TBD)\s*[-–—:|]\s+(\S.*)$"#, caseInsensitive: false)
}
