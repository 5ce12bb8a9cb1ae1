import BearingModel

/// Finds cycles in roadmap items' `Depends on:` links, iteratively (no recursion on user data).
enum DependencyCycles {
    static func find(in items: [RoadmapItem]) -> [Diagnostic] {
        let byID = Dictionary(items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 = on the current path, 2 = finished
        var onPath: [String: Int] = [:]  // position on the current path: finding where a cycle starts is then O(1)
        var reported = Set<[String]>()
        var diagnostics: [Diagnostic] = []
        for start in items.map(\.id) where state[start] == nil {
            var path: [String] = [start]
            var next: [Int] = [0]
            state[start] = 1
            onPath[start] = 0
            while let node = path.last {
                let edges = byID[node]?.resolved.dependsOn ?? []
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
                    if reported.insert(key).inserted, let first = byID[key[0]] {
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
