/// Reads the code units of an XML entity in UTF-8, UTF-16 or UTF-32 (either byte order), after
/// any byte-order mark, so that ASCII markup such as `<`, `<?`, `<!--` and `<!DOCTYPE` can be
/// recognised before the data is handed to the parser. Encodings are detected as in
/// XML 1.0 appendix F (byte-order mark, or the byte pattern of `<`).
struct XMLCodeUnitReader {
    private let bytes: UnsafeRawBufferPointer
    private let unitSize: Int
    private let bigEndian: Bool
    private let start: Int

    /// The number of whole code units after the byte-order mark.
    let count: Int

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        let head = Array(bytes.prefix(4)) + [UInt8](repeating: 0xFF, count: max(0, 4 - bytes.count))
        switch (head[0], head[1], head[2], head[3]) {
        case (0x00, 0x00, 0xFE, 0xFF): (unitSize, bigEndian, start) = (4, true, 4)
        case (0xFF, 0xFE, 0x00, 0x00): (unitSize, bigEndian, start) = (4, false, 4)
        case (0xFE, 0xFF, _, _): (unitSize, bigEndian, start) = (2, true, 2)
        case (0xFF, 0xFE, _, _): (unitSize, bigEndian, start) = (2, false, 2)
        case (0xEF, 0xBB, 0xBF, _): (unitSize, bigEndian, start) = (1, true, 3)
        case (0x00, 0x00, 0x00, 0x3C): (unitSize, bigEndian, start) = (4, true, 0)
        case (0x3C, 0x00, 0x00, 0x00): (unitSize, bigEndian, start) = (4, false, 0)
        case (0x00, 0x3C, 0x00, _): (unitSize, bigEndian, start) = (2, true, 0)
        case (0x3C, 0x00, _, 0x00): (unitSize, bigEndian, start) = (2, false, 0)
        default: (unitSize, bigEndian, start) = (1, true, 0)
        }
        count = max(0, bytes.count - start) / unitSize
    }

    /// The code unit at `index`, or `nil` past the end.
    func unit(at index: Int) -> UInt32? {
        guard index >= 0, index < count else { return nil }
        let offset = start + index * unitSize
        var value: UInt32 = 0
        for byteIndex in 0..<unitSize {
            let byte = UInt32(bytes[offset + (bigEndian ? byteIndex : unitSize - 1 - byteIndex)])
            value = value << 8 | byte
        }
        return value
    }

    /// The index of the first code unit at or after `index` that is not XML white space.
    func skipWhitespace(from index: Int) -> Int {
        var position = index
        while let unit = unit(at: position), unit == 0x20 || unit == 0x09 || unit == 0x0A || unit == 0x0D {
            position += 1
        }
        return position
    }

    /// Whether the ASCII string `literal` occurs at `index` (letters compared without case when asked).
    func matches(_ literal: String, at index: Int, ignoringCase: Bool = false) -> Bool {
        var position = index
        for expected in literal.utf8 {
            guard var unit = unit(at: position) else { return false }
            var wanted = UInt32(expected)
            if ignoringCase {
                unit = Self.lowercased(unit)
                wanted = Self.lowercased(wanted)
            }
            guard unit == wanted else { return false }
            position += 1
        }
        return true
    }

    /// The index of the first occurrence of the ASCII string `literal` at or after `index`.
    func firstIndex(of literal: String, from index: Int) -> Int? {
        var position = index
        while position < count {
            if matches(literal, at: position) { return position }
            position += 1
        }
        return nil
    }

    private static func lowercased(_ unit: UInt32) -> UInt32 {
        (0x41...0x5A).contains(unit) ? unit + 0x20 : unit
    }
}
