import CBearingResources

/// The files compiled into the executable (Sources/CBearingResources/resources.c): the site's templates and
/// assets and the token vectors. Read from static memory, so there is no resource bundle to install or lose.
package enum EmbeddedFiles {
    /// Every embedded file's path ("BearingSite/templates/layout.mustache": the target, then the path under
    /// its Resources folder), in the order resources.c lists them.
    package static var paths: [String] {
        table.map { String(cString: $0.path) }
    }

    /// The bytes of the file at `path`, nil when no such file is embedded. They live as long as the process.
    package static func bytes(_ path: String) -> UnsafeRawBufferPointer? {
        guard let file = table.first(where: { String(cString: $0.path) == path }) else { return nil }
        return UnsafeRawBufferPointer(start: file.bytes, count: file.length)
    }

    /// The file at `path` as UTF-8 text, nil when no such file is embedded.
    package static func text(_ path: String) -> String? {
        bytes(path).map { String(decoding: $0, as: UTF8.self) }
    }

    private static var table: UnsafeBufferPointer<bearing_embedded_file> {
        var count = 0
        let files = bearing_embedded_files(&count)
        return UnsafeBufferPointer(start: files, count: count)
    }
}
