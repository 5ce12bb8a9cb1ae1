import BearingModel

extension ReferenceResolver {
    /// What one priority reference typed on the command line (`bearing new --priority`) resolves to, by the same
    /// rules and with the same did-you-mean as `check`: the id, or the diagnostic `check` would give it.
    /// A reference that fits a priority and its sub-priority resolves, with its warning, to the id `check` links.
    package func resolvePriority(_ text: String, in strategy: Strategy?) -> (id: String?, diagnostics: [Diagnostic]) {
        let priorities = ReferenceIndex(kind: "priority", entries: strategy.map { ReferenceIndex.Entry.priorities($0.priorities) } ?? [])
        var diagnostics: [Diagnostic] = []
        let reference = Reference(text, at: SourceLocation(path: "--priority"))
        let id = resolveOne(reference, in: priorities, preferring: nil, diagnostics: &diagnostics)
        return (id, diagnostics)
    }
}
