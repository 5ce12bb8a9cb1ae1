import BearingModel
import BearingParse
import Foundation

/// The script that reloads a served page: served at `path`, and named by one `<script>` tag that `serve` adds to
/// each HTML response (never to a file: `bearing build` does not know about it).
public enum ReloadScript {
    public static let path = "/__bearing/live.js"
    /// The WebSocket endpoint the script listens on.
    public static let endpoint = "/__bearing/live"

    /// live.js, compiled into the executable.
    public static var source: String { EmbeddedFiles.text("BearingServe/live.js") ?? "" }

    /// The tag naming the script and the build the page belongs to.
    public static func tag(build: String) -> String {
        "<script src=\"\(path)\" data-build=\"\(build)\"></script>"
    }

    /// The page with the tag before its last `</body>`, or at its end: Bearing's own layout leaves out the optional
    /// `</body>`, and the script then ends the body, as it would before the tag.
    public static func inject(into html: Data, build: String) -> Data {
        let tag = Data(tag(build: build).utf8)
        let bytes = [UInt8](html)
        let closing = Array("</body".utf8)
        var index = bytes.count - closing.count
        while index >= 0 {
            // Only a `<` starts the tag: a page without one is scanned whole, so most bytes are turned away here.
            if bytes[index] == UInt8(ascii: "<"), zip(bytes[index..<(index + closing.count)], closing).allSatisfy({ Self.lower($0) == $1 }) {
                var result = Data(bytes[..<index])
                result.append(tag)
                result.append(contentsOf: bytes[index...])
                return result
            }
            index -= 1
        }
        return html + tag
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte + 32 : byte
    }
}
