import Foundation

extension CodeSetLibrary: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.write(UInt32(tabulars.count))
        for key in tabulars.keys.sorted() { tabulars[key]!.encode(to: &w) }
        let summaryJSON = (try? JSONEncoder().encode(summaries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        w.write(summaryJSON)
    }

    public init(from r: inout BinaryReader) throws {
        self.init()
        let count = Int(try r.readUInt32())
        for _ in 0..<count {
            let t = try TabularList(from: &r)
            tabulars[t.version] = t
        }
        let json = try r.readString()
        summaries = (try? JSONDecoder().decode([ComponentSummary].self, from: Data(json.utf8))) ?? []
    }
}
