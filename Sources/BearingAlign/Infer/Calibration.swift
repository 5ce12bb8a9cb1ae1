/// Maps a text's margin over everyday work (its relatedness to a priority minus its relatedness to the background
/// bank, in cosine points) to a strength on a fixed scale, the same in every workspace.
///
/// A priority's relatedness is the best of several cosines (its whole text and each facet) while everyday work's is
/// a mean of three, so a text exactly as related to both sits a little below margin 0: the orphan line is at
/// `orphanMargin`, measured on the evaluation sets (docs/scoring.md), whose unrelated items are not in the bank.
///
/// - margin ≤ `orphanMargin` → strength below 0.25: an orphan, no more related to any priority than everyday work is;
/// - from there, strength rises linearly to 1 at `orphanMargin + fullMargin` (0.5 and 0.75 at a third and two thirds);
/// - below the line it falls to 0 at `orphanMargin − fullMargin / 3`.
package enum Calibration {
    /// The orphan line, in margin.
    package static let orphanMargin: Float = -0.12
    /// The margin above the orphan line of a text that is unmistakably about a priority.
    package static let fullMargin: Float = 0.45
    /// The orphan line on the strength scale: strengths below it serve no priority.
    package static let orphanStrength: Float = 0.25

    package static func strength(margin: Float) -> Float {
        let above = margin - orphanMargin
        if above > 0 { return min(1, orphanStrength + (1 - orphanStrength) * above / fullMargin) }
        return max(0, orphanStrength + orphanStrength * above / (fullMargin / 3))
    }

    /// No more related to the priority than everyday work is.
    package static func isOrphan(margin: Float) -> Bool { margin <= orphanMargin }
}
