import BearingModel
import Yams

/// Bounds how much YAML aliases may expand, measured before any alias is expanded.
///
/// libyaml and Yams set no limit: a 300-byte "billion laughs" (`b: &b [*a,*a,…]` nine levels deep) expands to
/// 9⁹ nodes. Yams shares an aliased node rather than copying it, but it hashes every mapping key while
/// composing, and walking the tree expands every alias, so the limit must hold before the real text is
/// composed. The measure therefore composes a copy of the text in which no alias can exist: every `*` becomes
/// a marker character, so each alias reads as a plain scalar naming its anchor (and anchors stay anchors).
/// Walking that tree in document order gives each anchor's expanded size exactly as Yams would resolve it
/// (the latest definition of a name before the alias wins), in time linear in the text.
enum YAMLAliasBudget {
    /// Nodes that aliases may add beyond those written out; generous for shared defaults, fatal for a bomb.
    static let maxAddedNodes = 100_000
    /// Scalar bytes that aliases may add: a bomb can also repeat one long string.
    static let maxAddedBytes = 1 << 20

    /// A failure at the alias whose expansion crosses a limit, or `nil` when the text stays within them.
    static func excess(in text: String) -> YAMLReader.Failure? {
        // Without a `*` there is no alias: the common case costs one scan.
        guard text.utf8.contains(UInt8(ascii: "*")) else { return nil }
        guard let marker = unusedMarker(in: text) else {
            return YAMLReader.Failure(message: "YAML uses aliases and every private-use character; cannot bound its expansion", line: 1)
        }
        var neutral = String.UnicodeScalarView()
        neutral.append(contentsOf: text.unicodeScalars.lazy.map { $0 == "*" ? marker : $0 })
        do {
            let parser = try Parser(yaml: String(neutral), resolver: .default, constructor: .default, encoding: .utf8)
            guard let root = try parser.singleRoot() else { return nil }
            // Yams holds anchors weakly from its nodes: the parser must outlive the walk.
            return withExtendedLifetime(parser) {
                var walk = Walk(marker: marker)
                _ = walk.measure(root)
                return walk.failure
            }
        } catch {
            // Usually the real text fails the same way. Where only the copy fails (a `*` inside a tag, where the
            // marker is not allowed), the text cannot be measured, so it is refused rather than composed unbounded.
            var failure = YAMLReader.failure(for: error, lineOffset: 0)
            failure.message = String(String.UnicodeScalarView(failure.message.unicodeScalars.map { $0 == marker ? "*" : $0 }))
            return failure
        }
    }

    /// A private-use character absent from `text`, so marked aliases cannot be confused with what was written.
    private static func unusedMarker(in text: String) -> Unicode.Scalar? {
        let used = Set(text.unicodeScalars.lazy.filter { (0xE000...0xE0FF).contains($0.value) })
        return (0xE000...0xE0FF).lazy.compactMap(Unicode.Scalar.init).first { !used.contains($0) }
    }

    /// Sizes are clamped so that a bomb's 9³⁰ does not overflow.
    private static let cap = 1 << 40

    private struct Size {
        var nodes: Int
        var bytes: Int
        static func + (lhs: Size, rhs: Size) -> Size {
            Size(nodes: min(cap, lhs.nodes + rhs.nodes), bytes: min(cap, lhs.bytes + rhs.bytes))
        }
    }

    private struct Walk {
        let marker: Unicode.Scalar
        var anchors: [String: Size] = [:]
        var added = Size(nodes: 0, bytes: 0)
        var failure: YAMLReader.Failure?

        mutating func measure(_ node: Node) -> Size {
            guard failure == nil else { return Size(nodes: 1, bytes: 0) }
            var size = Size(nodes: 1, bytes: 0)
            switch node {
            case .scalar(let scalar):
                if scalar.style == .plain, scalar.string.unicodeScalars.first == marker {
                    return expand(alias: scalar)
                }
                size.bytes = scalar.string.utf8.count
            case .sequence(let sequence):
                for child in sequence { size = size + measure(child) }
            case .mapping(let mapping):
                for (key, value) in mapping { size = size + measure(key) + measure(value) }
            case .alias:
                break
            }
            if let anchor = node.anchor {
                anchors[name(anchor.rawValue.unicodeScalars)] = size
            }
            return size
        }

        /// An alias adds its anchor's whole expanded size; an unknown name is left for Yams to report.
        private mutating func expand(alias scalar: Node.Scalar) -> Size {
            guard let size = anchors[name(scalar.string.unicodeScalars.dropFirst())] else { return Size(nodes: 1, bytes: 0) }
            added = added + size
            if added.nodes > YAMLAliasBudget.maxAddedNodes || added.bytes > YAMLAliasBudget.maxAddedBytes {
                let what = added.nodes > YAMLAliasBudget.maxAddedNodes
                    ? "more than \(YAMLAliasBudget.maxAddedNodes) nodes" : "more than \(YAMLAliasBudget.maxAddedBytes / 1024) KiB"
                failure = YAMLReader.Failure(message: "aliases expand this YAML to \(what) (an alias bomb?); write the values out instead",
                                             line: scalar.mark?.line ?? 1)
            }
            return size
        }

        /// An anchor's name as written: the marker stands for `*` inside names too.
        private func name(_ raw: some Sequence<Unicode.Scalar>) -> String {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: raw.lazy.map { $0 == marker ? "*" : $0 })
            return String(scalars)
        }
    }
}
