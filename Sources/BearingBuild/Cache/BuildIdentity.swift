import Foundation

/// The GNU build ID of the file Bearing's code came from (`RunningExecutable`; the linker's hash of its code and data,
/// `readelf -n`), as hex: what a cache kept on disk is valid for. Bearing's version string does not change from one
/// commit to the next, and inference (its rules and its bundled vectors) does; the build ID does whenever the executable
/// does. Nil where there is none (another platform, or a linker that wrote none): then nothing is kept on disk.
enum BuildIdentity {
    static let current: String? = read()

    private static func read() -> String? {
        #if os(Linux)
        guard let path = RunningExecutable.file, let file = FileHandle(forReadingAtPath: path), let id = buildID(of: file) else { return nil }
        return id.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
        #else
        return nil
        #endif
    }

    /// The build ID among the notes of a 64-bit little-endian ELF file: its program headers name the note segments.
    static func buildID(of file: FileHandle) -> [UInt8]? {
        func read(_ offset: UInt64, _ count: Int) -> [UInt8]? {
            guard count > 0, count < 1 << 20, (try? file.seek(toOffset: offset)) != nil,
                  let data = try? file.read(upToCount: count), data.count == count else { return nil }
            return Array(data)
        }
        func integer(_ bytes: [UInt8], _ offset: Int, _ size: Int) -> UInt64 {
            (0..<size).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64(bytes[offset + $1]) }
        }
        guard let header = read(0, 64), header[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), header[4] == 2, header[5] == 1 else { return nil }
        let table = integer(header, 32, 8), size = Int(integer(header, 54, 2)), count = Int(integer(header, 56, 2))
        guard size >= 56, let headers = read(table, size * count) else { return nil }
        for index in 0..<count where integer(headers, index * size, 4) == 4 {  // PT_NOTE
            let at = index * size
            guard let notes = read(integer(headers, at + 8, 8), Int(integer(headers, at + 32, 8))) else { continue }
            if let id = notes.withUnsafeBytes({ buildID(in: $0) }) { return id }
        }
        return nil
    }

    /// The descriptor of the `NT_GNU_BUILD_ID` note among `notes` (name "GNU"), each note being a name size, a
    /// descriptor size and a type, then the name and the descriptor, each padded to four bytes.
    static func buildID(in notes: UnsafeRawBufferPointer) -> [UInt8]? {
        let gnuBuildID: UInt32 = 3
        var offset = 0
        while offset + 12 <= notes.count {
            let nameSize = Int(notes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
            let descriptorSize = Int(notes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
            let type = notes.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)
            let name = offset + 12, descriptor = name + (nameSize + 3) & ~3, next = descriptor + (descriptorSize + 3) & ~3
            guard nameSize >= 0, descriptorSize >= 0, next <= notes.count, next > offset else { return nil }
            if type == gnuBuildID, nameSize == 4, Array(notes[name..<name + 4]) == Array("GNU\0".utf8), descriptorSize > 0 {
                return Array(notes[descriptor..<descriptor + descriptorSize])
            }
            offset = next
        }
        return nil
    }
}
