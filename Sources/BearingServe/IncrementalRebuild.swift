import BearingAlign
import BearingBuild
import BearingModel
import BearingReport
import BearingSite
import Foundation

/// `serve`'s rebuilder: an `IncrementalBuild` kept across saves, so a one-file change reparses that file, infers
/// only its changed items and renders only the pages whose inputs changed. Its files are byte for byte those of
/// `FullRebuild`.
public struct IncrementalRebuild: SiteRebuilder {
    private var build: IncrementalBuild
    /// The plan's git history, read when serving started (nil outside git): trends and what changed, as in `build`.
    private let history: PlanHistory?

    public init(root: String, today: String?, vectors: TokenVectors, history: PlanHistory? = nil) {
        build = IncrementalBuild(root: root, today: today, vectors: vectors)
        self.history = history
    }

    public mutating func rebuild(changed: Set<String>) -> RebuiltSite {
        // The first build (no change known) reads everything.
        let result = build.build(changed: changed.isEmpty ? nil : changed, options: SiteBuilder.Options(history: history))
        let watchList = WatchList(plan: result.plan)
        var errors = result.plan.diagnostics.filter { $0.severity == .error }
        if let failure = result.failure {
            // A bad --today is the only error then; a broken theme comes after the plan's own errors.
            errors = result.alignment == nil ? [failure] : errors + [failure]
        }
        let files = result.files.map { Dictionary($0, uniquingKeysWith: { first, _ in first }) }
        return RebuiltSite(files: files, errors: errors, watchList: watchList)
    }
}
