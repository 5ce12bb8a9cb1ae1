import Foundation

/// A file-system operation of the build failed. Its description is one line for the user — what failed, where,
/// why, and what to do — never the dump of an `NSError` or `POSIXError`.
package struct WriteError: Error, CustomStringConvertible {
    package let description: String

    /// `action` completes "cannot …" ("write", "create the folder"); `path` is where; `error` is the cause.
    package init(_ action: String, _ path: String, _ error: any Error) {
        self.init(action, path, code: Self.errorNumber(of: error), otherwise: Self.firstLine(of: error))
    }

    /// The same, from an `errno` value.
    package init(_ action: String, _ path: String, errno code: Int32) {
        self.init(action, path, code: code, otherwise: "error \(code)")
    }

    /// Any error the build could not place more precisely, as one line: `action` and `path` say what was being
    /// done unless the error names the file it failed on (a theme template that cannot be read, say).
    package init(during action: String, at path: String, _ error: any Error) {
        if let error = error as? WriteError { self = error; return }
        let bridged = error as NSError
        if bridged.domain == NSCocoaErrorDomain, let file = bridged.userInfo[NSFilePathErrorKey] as? String {
            // Foundation's codes 256–511 are read errors, 512–767 write errors.
            self.init((256..<512).contains(bridged.code) ? "read" : "write", file, error)
        } else {
            self.init(action, path, error)
        }
    }

    /// A failure that is not an error of the operating system; `description` is the whole line.
    package init(description: String) {
        self.description = description
    }

    private init(_ action: String, _ path: String, code: Int32?, otherwise: String) {
        let reason = code.map { String(cString: strerror($0)).lowercased() } ?? otherwise
        description = "cannot \(action) \(path): \(reason); \(Self.advice(code))"
    }

    /// What a person can do about an error number.
    static func advice(_ code: Int32?) -> String {
        switch code {
        case ENOSPC, EDQUOT: "free some disk space and build again"
        case EACCES, EPERM: "check the permissions of that folder, or choose another --out"
        case EROFS: "that disk is read-only; choose another --out"
        case ENAMETOOLONG: "the name is too long for the file system; shorten the --out path or the id"
        case EBUSY: "it is in use, maybe a mount point; choose another --out"
        case EEXIST, ENOTDIR, EISDIR, ENOTEMPTY: "something else is in the way there; move it away and build again"
        case ENOENT: "check that the folder exists and can hold files, or choose another --out"
        case EMFILE, ENFILE: "too many open files; raise the limit (ulimit -n) and build again"
        case EIO: "the disk reported an error; check it and build again"
        default: "fix that and build again"
        }
    }

    /// The POSIX error number behind `error`, looked for through Foundation's wrappings of it.
    static func errorNumber(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        let bridged = error as NSError
        if bridged.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: bridged.code) }
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? any Error, let code = errorNumber(of: underlying) { return code }
        if bridged.domain == "GRDB.DatabaseError" {
            // SQLite's primary result codes (the low byte) that are really the file system's.
            switch bridged.code & 0xff {
            case 13: return ENOSPC  // SQLITE_FULL
            case 10: return EIO  // SQLITE_IOERR
            case 3: return EACCES  // SQLITE_PERM
            case 8: return EROFS  // SQLITE_READONLY
            default: return nil
            }
        }
        guard bridged.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: bridged.code) {
        case .fileWriteOutOfSpace: return ENOSPC
        case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
        case .fileWriteVolumeReadOnly: return EROFS
        case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
        case .fileWriteFileExists: return EEXIST
        default: return nil
        }
    }

    /// The first line of an error that carries no error number (SQLite's, say), without the statement it ran.
    static func firstLine(of error: any Error) -> String {
        let bridged = error as NSError
        if bridged.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: bridged.code) {
            case .fileReadCorruptFile, .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding: return "a file is not UTF-8 text"
            default:
                // Foundation's own sentence, without its preamble and never its dump.
                var sentence = bridged.localizedDescription
                if let preamble = sentence.range(of: "The operation could not be completed.") { sentence.removeSubrange(preamble) }
                sentence = sentence.trimmingCharacters(in: CharacterSet(charactersIn: ". \n"))
                return sentence.isEmpty || sentence.hasPrefix("(") ? "error \(bridged.code)" : sentence.prefix(1).lowercased() + sentence.dropFirst()
            }
        }
        let text = String(describing: error).split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? "unknown error"
        return text.range(of: " - while executing").map { String(text[..<$0.lowerBound]) } ?? text
    }
}
