import Foundation

extension CodeSetLibrary: BinaryCodable {
    /// Each component is written as its own block of bytes, so that reading the library decodes nothing but the
    /// summaries; a component is decoded when first asked for.
    public func encode(to w: inout BinaryWriter) {
        w.write(_tabulars.encoded())
        w.write(_alphabeticIndexes.encoded())
        w.write(_externalCauseIndexes.encoded())
        w.write(_neoplasmTables.encoded())
        w.write(_drugTables.encoded())
        w.write(_orderFiles.encoded())
        w.write(_poaExemptLists.encoded())
        w.write(_hcpcsSets.encoded())
        w.write(_pcsTables.encoded())
        w.write(_pcsDefinitions.encoded())
        w.write(_pcsIndexes.encoded())
        w.write(_pcsTitleLists.encoded())
        w.write(_pcsGlossaries.encoded())
        w.write(_addenda.encoded())
        let summaryJSON = (try? JSONEncoder().encode(summaries)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        w.write(summaryJSON)
    }

    public init(from r: inout BinaryReader) throws {
        self.init()
        _tabulars = LazyComponents(bytes: try r.readUInt8Array())
        _alphabeticIndexes = LazyComponents(bytes: try r.readUInt8Array())
        _externalCauseIndexes = LazyComponents(bytes: try r.readUInt8Array())
        _neoplasmTables = LazyComponents(bytes: try r.readUInt8Array())
        _drugTables = LazyComponents(bytes: try r.readUInt8Array())
        _orderFiles = LazyComponents(bytes: try r.readUInt8Array())
        _poaExemptLists = LazyComponents(bytes: try r.readUInt8Array())
        _hcpcsSets = LazyComponents(bytes: try r.readUInt8Array())
        _pcsTables = LazyComponents(bytes: try r.readUInt8Array())
        _pcsDefinitions = LazyComponents(bytes: try r.readUInt8Array())
        _pcsIndexes = LazyComponents(bytes: try r.readUInt8Array())
        _pcsTitleLists = LazyComponents(bytes: try r.readUInt8Array())
        _pcsGlossaries = LazyComponents(bytes: try r.readUInt8Array())
        _addenda = LazyComponents(bytes: try r.readUInt8Array())
        let json = try r.readString()
        summaries = (try? JSONDecoder().decode([ComponentSummary].self, from: Data(json.utf8))) ?? []
    }
}
