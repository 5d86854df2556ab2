import Foundation

extension CodeSetLibrary: BinaryCodable {
    public func encode(to w: inout BinaryWriter) {
        w.write(UInt32(tabulars.count))
        for key in tabulars.keys.sorted() { tabulars[key]!.encode(to: &w) }
        func writeMap<T: BinaryCodable>(_ map: [String: T]) {
            w.write(UInt32(map.count))
            for key in map.keys.sorted() {
                w.write(key)
                map[key]!.encode(to: &w)
            }
        }
        writeMap(alphabeticIndexes)
        writeMap(externalCauseIndexes)
        writeMap(neoplasmTables)
        writeMap(drugTables)
        writeMap(orderFiles)
        writeMap(poaExemptLists)
        writeMap(hcpcsSets)
        writeMap(pcsTables)
        writeMap(pcsDefinitions)
        writeMap(pcsIndexes)
        writeMap(pcsTitleLists)
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
        func readMap<T: BinaryCodable>(_: T.Type) throws -> [String: T] {
            var map: [String: T] = [:]
            for _ in 0..<Int(try r.readUInt32()) {
                let key = try r.readString()
                map[key] = try T(from: &r)
            }
            return map
        }
        alphabeticIndexes = try readMap(AlphabeticIndex.self)
        externalCauseIndexes = try readMap(AlphabeticIndex.self)
        neoplasmTables = try readMap(ICDTable.self)
        drugTables = try readMap(ICDTable.self)
        orderFiles = try readMap(OrderFile.self)
        poaExemptLists = try readMap(POAExemptList.self)
        hcpcsSets = try readMap(HCPCSCodeSet.self)
        pcsTables = try readMap(PCSTables.self)
        pcsDefinitions = try readMap(PCSDefinitions.self)
        pcsIndexes = try readMap(PCSIndex.self)
        pcsTitleLists = try readMap(PCSTitleList.self)
        let json = try r.readString()
        summaries = (try? JSONDecoder().decode([ComponentSummary].self, from: Data(json.utf8))) ?? []
    }
}
