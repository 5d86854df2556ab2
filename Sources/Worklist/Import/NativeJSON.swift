import Foundation

/// A JSON document read into Swift's own containers (`[String: Any]`, `[Any]`, `String`, `Int`, `Double`, `Bool`,
/// `NSNull`), through `JSONDecoder`. `JSONSerialization` builds a bridged object per value and on Linux takes about
/// a kilobyte for each (180 MB for a 2.4 MB bundle of 10,000 resources); this takes a fraction of it, so a bundle at
/// the upload limit stays well within memory.
struct NativeJSON: Decodable {
    let value: Any

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Parses `data`; throws when it is not JSON.
    static func parse(_ data: Data) throws -> Any {
        try JSONDecoder().decode(NativeJSON.self, from: data).value
    }

    init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: Key.self) {
            var out: [String: Any] = [:]
            out.reserveCapacity(object.allKeys.count)
            for key in object.allKeys { out[key.stringValue] = try object.decode(NativeJSON.self, forKey: key).value }
            value = out
        } else if var array = try? decoder.unkeyedContainer() {
            var out: [Any] = []
            if let count = array.count { out.reserveCapacity(count) }
            while !array.isAtEnd { out.append(try array.decode(NativeJSON.self).value) }
            value = out
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                value = NSNull()
            } else if let string = try? single.decode(String.self) {
                value = string
            } else if let bool = try? single.decode(Bool.self) {
                value = bool
            } else if let int = try? single.decode(Int.self) {
                value = int
            } else {
                value = try single.decode(Double.self)
            }
        }
    }
}
