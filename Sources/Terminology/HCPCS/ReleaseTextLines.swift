import Foundation

/// The lines of a release text file (fixed width or tab delimited), with their 1-based numbers.
///
/// Lines end in LF or CRLF; a UTF-8 byte-order mark is skipped; text that is not UTF-8 is read as ISO Latin 1.
struct ReleaseTextLines {
    let bytes: [UInt8]
    let fileName: String

    init(_ data: Data, fileName: String) {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        self.fileName = fileName
    }

    /// Calls `body` with each line, without its line end, and its 1-based number.
    /// - Parameter requireFinalLineEnd: throw when the last line has no line end, the sign of a truncated file.
    func forEachLine(requireFinalLineEnd: Bool = true, _ body: (ArraySlice<UInt8>, Int) throws -> Void) throws {
        var start = 0
        var number = 0
        let count = bytes.count
        while start < count {
            number += 1
            var end = start
            while end < count && bytes[end] != 0x0A { end += 1 }
            if end == count && requireFinalLineEnd {
                throw ReleaseFileError(
                    file: fileName, line: number, message: "the last line has no line end: the file is truncated")
            }
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            try body(bytes[start..<lineEnd], number)
            start = end + 1
        }
    }

    /// The text of a line or part of one, trimmed of spaces.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        let slice = bytes[lower..<upper]
        if slice.allSatisfy({ $0 < 0x80 }) { return String(decoding: slice, as: UTF8.self) }
        if let text = String(validating: slice, as: UTF8.self) { return text }
        return String(String.UnicodeScalarView(slice.map { Unicode.Scalar($0) }))
    }

    /// The text of 1-based columns `from...to` of a fixed-width line, trimmed; shorter lines give what they have.
    static func field(_ line: ArraySlice<UInt8>, _ from: Int, _ to: Int) -> String {
        let lower = line.startIndex + from - 1
        let upper = min(line.startIndex + to, line.endIndex)
        guard lower < upper else { return "" }
        return text(line[lower..<upper])
    }

    /// Whether the line holds only spaces and tabs.
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}
