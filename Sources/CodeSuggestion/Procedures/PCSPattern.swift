/// What the text says about the seven characters of an ICD-10-PCS code: each axis fixed to one value, limited to a
/// few, or open.
///
/// Written as a seven-character string where `?` leaves an axis open (`"0FT4?ZZ"`: resection of the gallbladder,
/// approach not yet known).
struct PCSPattern: Sendable, Hashable, CustomStringConvertible {
    /// The allowed values of each axis; an empty set leaves the axis open.
    private(set) var axes: [Set<UInt8>]

    /// A pattern from a seven-character string with `?` for open axes; shorter strings leave the rest open.
    init(_ text: String) {
        var axes = Array(repeating: Set<UInt8>(), count: 7)
        for (i, byte) in text.utf8.prefix(7).enumerated() where byte != UInt8(ascii: "?") {
            axes[i] = [byte]
        }
        self.axes = axes
    }

    /// The pattern with one axis (0-based) limited to the given values.
    func setting(_ axis: Int, _ values: String) -> PCSPattern {
        guard axes.indices.contains(axis), !values.isEmpty else { return self }
        var copy = self
        copy.axes[axis] = Set(values.utf8)
        return copy
    }

    /// Whether the axis (0-based) is fixed to one value.
    func isFixed(_ axis: Int) -> Bool { axes.indices.contains(axis) && axes[axis].count == 1 }

    /// The characters fixed from the start, up to the first axis that is not fixed to one value.
    var fixedPrefix: String {
        var bytes: [UInt8] = []
        for axis in axes {
            guard axis.count == 1, let b = axis.first else { break }
            bytes.append(b)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a code (upper-case ASCII) fits every axis.
    func matches(_ code: String) -> Bool {
        var i = 0
        for byte in code.utf8 {
            guard i < 7 else { return false }
            if !axes[i].isEmpty && !axes[i].contains(byte) { return false }
            i += 1
        }
        return i == 7
    }

    var description: String {
        axes.map { axis in
            if axis.isEmpty { return "?" }
            let values = String(decoding: axis.sorted(), as: UTF8.self)
            return axis.count == 1 ? values : "[\(values)]"
        }.joined()
    }
}
