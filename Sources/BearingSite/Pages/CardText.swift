import BearingModel

/// A card's heading and first paragraph when the paragraph opens with the words its title already says.
enum CardText {
    struct Shown: Equatable {
        /// The title with the links its words hold ("[NPM](…)", "Improvement of [CLO Monitor Scores](…) to 99+"); nil
        /// when the plain title says it all.
        var heading: [Inline]?
        /// The paragraph from where the title stops, led by "…"; nil when nothing but punctuation is left.
        var text: [Inline]?
    }

    /// How the card shows a first paragraph that opens with its title (line breaks count as spaces; a title cut short
    /// ends in "…"): the title is read once, as the heading, and no link in the paragraph is lost. Links left after the
    /// title with no words of their own ("Ship the index ([issue](…))") join the heading. Nil when the paragraph does not
    /// open with the title, or when the title stops inside a link.
    static func shown(_ title: String, in content: [Inline]) -> Shown? {
        let cut = title.hasSuffix("…")
        var wanted = Substring((cut ? String(title.dropLast()) : title).trimmed)
        guard wanted.count >= 3, let (head, rest) = split(content, wanted: &wanted), wanted.isEmpty else { return nil }
        var title = head
        var tail = withoutJoint(rest)
        // "Add **linked multi-canvas support** ([#760](…)) to allow …": the issue the title cites goes with it.
        if !cut, let (reference, after) = leadingReference(tail) {
            title += reference
            tail = withoutJoint(after)
        }
        let heading = title.contains(where: \.holdsLink) ? title + (cut ? [.text("…")] : []) : nil
        guard tail.wordsOutsideLinks >= 2 else {
            // "Ship it.", or only links after the title: nothing more to read below it.
            guard rest.contains(where: \.holdsLink) else { return Shown(heading: heading, text: nil) }
            return Shown(heading: Self.trimmingStop(content), text: nil)
        }
        if case .text(let first)? = tail.first { tail[0] = .text("…" + first) } else { tail.insert(.text("…"), at: 0) }
        return Shown(heading: heading, text: tail)
    }

    /// ", which defines …", " – and …": the joint between the title's words and the rest is not worth keeping.
    private static func withoutJoint(_ inlines: [Inline]) -> [Inline] {
        guard case .text(let first)? = inlines.first else { return inlines }
        let trimmed = String(first.drop { $0.isWhitespace || ",;:–—-".contains($0) })
        return trimmed.isEmpty ? Array(inlines.dropFirst()) : [.text(trimmed)] + inlines.dropFirst()
    }

    /// Links in brackets at the head of `inlines` ("([#760](…)) to allow …", "([#1](…), [#2](…))"), and what follows them.
    private static func leadingReference(_ inlines: [Inline]) -> (reference: [Inline], rest: [Inline])? {
        guard case .text("(")? = inlines.first else { return nil }
        var linked = false
        for index in inlines.indices.dropFirst() {
            switch inlines[index] {
            case .link: linked = true
            case .text(let text) where text.hasPrefix(")"):
                guard linked else { return nil }
                return ([.text(" (")] + inlines[1..<index] + [.text(")")], [.text(String(text.dropFirst()))] + inlines[(index + 1)...])
            case .text(let text) where text.allSatisfy({ $0 == "," || $0.isWhitespace }): continue
            default: return nil
            }
        }
        return nil
    }

    /// The paragraph from where `title` stops, led by "…", or nil: what `shown` gives as the card's text.
    static func after(_ title: String, in content: [Inline]) -> [Inline]? {
        shown(title, in: content)?.text
    }

    /// `content` cut where the words of `wanted` (whitespace-insensitive) end, into what they cover and what follows,
    /// going into emphasis and links; `wanted` keeps what is still to match. Nil on a mismatch, or when the words
    /// stop inside a link (its text cannot be cut in two), code or an image.
    private static func split(_ content: [Inline], wanted: inout Substring) -> (head: [Inline], rest: [Inline])? {
        var head: [Inline] = []
        for (index, inline) in content.enumerated() {
            if wanted.isEmpty { return (head, Array(content[index...])) }
            switch inline {
            case .text(let text):
                guard let left = match(Substring(text), wanted: &wanted) else { return nil }
                if wanted.isEmpty, !left.isEmpty {
                    head.append(.text(String(text.dropLast(left.count))))
                    return (head, [.text(String(left))] + content[(index + 1)...])
                }
                head.append(inline)
            case .softBreak, .lineBreak:
                guard wanted.first?.isWhitespace == true else { return nil }
                wanted = wanted.drop(while: \.isWhitespace)
                head.append(inline)
            case .code(let text):
                guard let left = match(Substring(text), wanted: &wanted), left.isEmpty else { return nil }
                head.append(inline)
            case .emphasis(let inner), .strong(let inner):
                guard let (innerHead, innerRest) = split(inner, wanted: &wanted) else { return nil }
                let wrap: ([Inline]) -> Inline = { if case .emphasis = inline { .emphasis($0) } else { .strong($0) } }
                head.append(wrap(innerHead))
                if !innerRest.isEmpty { return (head, [wrap(innerRest)] + content[(index + 1)...]) }
            case .link(let destination, let inner):
                guard let (innerHead, innerRest) = split(inner, wanted: &wanted), innerRest.isEmpty else { return nil }
                head.append(.link(destination: destination, content: innerHead))
            case .image, .html:
                return nil
            }
        }
        return (head, [])
    }

    /// Matches the start of `wanted` against `text`; what is left of `text` once `wanted` is used up (empty when `text`
    /// is used up first), or nil on a mismatch.
    private static func match(_ text: Substring, wanted: inout Substring) -> Substring? {
        var chars = text
        while let w = wanted.first, let c = chars.first {
            if w.isWhitespace, c.isWhitespace {
                wanted = wanted.drop(while: \.isWhitespace)
                chars = chars.drop(while: \.isWhitespace)
            } else if w == c {
                wanted = wanted.dropFirst()
                chars = chars.dropFirst()
            } else {
                return nil
            }
        }
        return chars
    }

    /// The paragraph without its closing full stop, as a heading.
    private static func trimmingStop(_ content: [Inline]) -> [Inline] {
        guard case .text(let last)? = content.last else { return content }
        var trimmed = Substring(last)
        while let c = trimmed.last, c == "." || c.isWhitespace { trimmed = trimmed.dropLast() }
        return trimmed.isEmpty ? Array(content.dropLast()) : content.dropLast() + [.text(String(trimmed))]
    }
}

extension Inline {
    var holdsLink: Bool {
        switch self {
        case .link, .image: true
        case .emphasis(let content), .strong(let content): content.contains(where: \.holdsLink)
        case .text, .code, .html, .softBreak, .lineBreak: false
        }
    }
}

private extension Array where Element == Inline {
    /// Letters and digits outside links: "([issue](…))" has none of its own.
    var wordsOutsideLinks: Int {
        reduce(0) { count, inline in
            switch inline {
            case .link, .image: count
            case .emphasis(let content), .strong(let content): count + content.wordsOutsideLinks
            case .text(let text), .code(let text): count + text.count { $0.isLetter || $0.isNumber }
            case .html, .softBreak, .lineBreak: count
            }
        }
    }
}
