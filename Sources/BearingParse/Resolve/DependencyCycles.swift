import BearingModel

/// Finds cycles in roadmap items' `Depends on:` links, iteratively (no recursion on user data).
enum DependencyCycles {
    static func find(in items: [RoadmapItem]) -> [Diagnostic] {
        // Only items that depend on something can be on a cycle, and most items depend on nothing: walking from each
        // of 2,000 roadmap items and copying each into a table was 1.7 % of a one-file rebuild in process. Ids are
        // unique here (`DuplicateIDs` ran first), so an item left out of the table is one with no edges either way.
        let byID = Dictionary(items.lazy.filter { !$0.resolved.dependsOn.isEmpty }.map { ($0.id, $0.resolved.dependsOn) },
                              uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 = on the current path, 2 = finished
        var onPath: [String: Int] = [:]  // position on the current path: finding where a cycle starts is then O(1)
        var reported = Set<[String]>()
        var diagnostics: [Diagnostic] = []
        for item in items where !item.resolved.dependsOn.isEmpty && state[item.id] == nil {
            let start = item.id
            var path: [String] = [start]
            var next: [Int] = [0]
            state[start] = 1
            onPath[start] = 0
            while let node = path.last {
                let edges = byID[node] ?? []
                let position = next[next.count - 1]
                guard position < edges.count else {
                    state[node] = 2
                    onPath[node] = nil
                    path.removeLast()
                    next.removeLast()
                    continue
                }
                next[next.count - 1] += 1
                let target = edges[position]
                switch state[target] {
                case 1:
                    let cycle = Array(path[(onPath[target] ?? 0)...])
                    let key = canonical(cycle)
                    if reported.insert(key).inserted, let first = items.first(where: { $0.id == key[0] }) {
                        let described = Self.describe(key)
                        let location = first.metadata.dependsOn.first?.location ?? first.location
                        diagnostics.append(Diagnostic(.error, .dependencyCycle, "dependency cycle: \(described)", at: location,
                                                      fix: "remove one of these `Depends on:` links"))
                    }
                case nil:
                    state[target] = 1
                    onPath[target] = path.count
                    path.append(target)
                    next.append(0)
                default:
                    break
                }
            }
        }
        return diagnostics
    }

    /// `a` → `b` → `a`; a long cycle shows its first ten links and how many more, not a message of thousands of ids.
    private static func describe(_ cycle: [String]) -> String {
        let shown = cycle.count > 12 ? Array(cycle.prefix(10)) : cycle
        let links = shown.map { "`\($0)`" } + (cycle.count > 12 ? ["… \(cycle.count - 10) more …"] : []) + ["`\(cycle[0])`"]
        return links.joined(separator: " → ")
    }

    /// The cycle rotated to start at its smallest id, so each cycle is reported once.
    private static func canonical(_ cycle: [String]) -> [String] {
        guard let smallest = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
        return Array(cycle[smallest...] + cycle[..<smallest])
    }
}
