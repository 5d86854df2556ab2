import Foundation
import Terminology
import Testing

@Suite(.enabled(if: CMIndexTestFiles.available, CMIndexTestFiles.skipMessage))
struct HCPCSTests {
    static let member = "HCPC2026_JAN_ANWEB_01122026.txt"

    @Test func counts() throws {
        let set = try CMIndexTestFiles.hcpcs.get()
        // 8,623 first records of codes (type 3) and 383 of modifiers (type 7); 7,608 continuation records.
        #expect(set.procedureCount == 8_623)
        #expect(set.modifierCount == 383)
        #expect(set.codes.count == 9_006)
        #expect(set.codes.filter { $0.kind == .procedure && $0.terminationDate != nil }.count == 1_300)
        #expect(set.codes.filter { $0.kind == .modifier && $0.terminationDate != nil }.count == 20)
        #expect(set.codes.filter { $0.kind == .procedure && $0.action == .discontinued }.count == 95)
        #expect(set.codes.filter { $0.kind == .procedure && $0.action == .added }.count == 160)
    }

    @Test func dexamethasone() throws {
        let j1100 = try #require(try CMIndexTestFiles.hcpcs.get().code("j1100"))
        #expect(j1100.code == "J1100")
        #expect(j1100.kind == .procedure)
        #expect(j1100.sequenceNumber == 100)
        #expect(j1100.longDescription == "Injection, dexamethasone sodium phosphate, 1 mg")
        #expect(j1100.shortDescription == "Dexamethasone sodium phos")
        #expect(j1100.pricingIndicators == ["51"])
        #expect(j1100.multiplePricingIndicator == "A")
        #expect(j1100.carriersManualReferences == ["2049"])
        #expect(j1100.coverage == .specialCoverageInstructions)
        #expect(j1100.betos == "O1E")
        #expect(j1100.typesOfService == ["1", "P"])
        #expect(j1100.anesthesiaBaseUnits == 0)
        #expect(j1100.addedDate == HCPCSDate("19820101"))
        #expect(j1100.actionEffectiveDate?.description == "2001-01-01")
        #expect(j1100.terminationDate == nil)
        #expect(j1100.action == .noChange)
    }

    @Test func crutchesDescriptionIsJoined() throws {
        let e0110 = try #require(try CMIndexTestFiles.hcpcs.get().code("E0110"))
        // The first record ends "adjustable or fixed,", the second goes on "pair, complete with tips and handgrips".
        let joined =
            "Crutches, forearm, includes crutches of various materials, adjustable or fixed, "
            + "pair, complete with tips and handgrips"
        #expect(e0110.longDescription == joined)
        #expect(e0110.shortDescription == "Crutch forearm pair")
        #expect(e0110.pricingIndicators == ["32"])
        #expect(e0110.coverageIssuesManualReferences == ["60-9"])
        #expect(e0110.carriersManualReferences == ["2100.1"])
        #expect(e0110.typesOfService == ["A", "P", "R"])
        #expect(e0110.addedDate?.year == 1986)
    }

    @Test func ambulanceMileageAndModifiers() throws {
        let set = try CMIndexTestFiles.hcpcs.get()
        let a0425 = try #require(set.code("A0425"))
        #expect(a0425.longDescription == "Ground mileage, per statute mile")
        #expect(a0425.pricingIndicators == ["52"])
        let lt = try #require(set.modifier("lt"))
        #expect(lt.kind == .modifier)
        #expect(lt.shortDescription == "Left side")
        #expect(lt.longDescription == "Left side (used to identify procedures performed on the left side of the body)")
        #expect(set.code("LT") == nil)
        #expect(set.code("ZZZZZ") == nil)
    }

    @Test func terminatedCodeValidity() throws {
        let c5271 = try #require(try CMIndexTestFiles.hcpcs.get().code("C5271"))
        #expect(c5271.action == .discontinued)
        #expect(c5271.terminationDate == HCPCSDate("20251231"))
        #expect(c5271.isValid(on: try #require(HCPCSDate("20251231"))))
        #expect(!c5271.isValid(on: try #require(HCPCSDate("20260101"))))
        #expect(!c5271.isValid(on: try #require(HCPCSDate("20131231"))))
    }

    @Test func truncatedFileNamesFileAndLine() throws {
        let data = try ReleaseArchive.read(member: Self.member, of: CMIndexTestFiles.url(CMIndexTestFiles.hcpcsArchive))
        // Cut in the middle of line 2,001.
        var cut = 0
        var lines = 0
        while lines < 2_000 {
            if data[data.startIndex + cut] == 0x0A { lines += 1 }
            cut += 1
        }
        let url = try CMIndexTestFiles.temporaryFile(named: "HCPC_truncated.txt", data.prefix(cut + 150))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError { _ = try HCPCSCodeSet.read(from: url) }
        #expect(error.line == 2_001)
        #expect(error.description.hasPrefix("HCPC_truncated.txt:2001: "))
    }

    @Test func malformedDateNamesLineAndField() throws {
        let data = try ReleaseArchive.read(member: Self.member, of: CMIndexTestFiles.url(CMIndexTestFiles.hcpcsArchive))
        var text = String(decoding: data, as: UTF8.self)
        let start = try #require(text.range(of: "J1100001003"))
        let line = CMIndexTestFiles.line(at: start.lowerBound, in: text)
        let dateStart = text.index(start.lowerBound, offsetBy: 268)
        let dateEnd = text.index(dateStart, offsetBy: 8)
        #expect(text[dateStart..<dateEnd] == "19820101")
        text.replaceSubrange(dateStart..<dateEnd, with: "19821301")
        let url = try CMIndexTestFiles.temporaryFile(named: "HCPC_bad.txt", Data(text.utf8))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError { _ = try HCPCSCodeSet.read(from: url) }
        #expect(error.line == line)
        #expect(error.element == "HCPCS Code Added Date")
        #expect(error.description.hasPrefix("HCPC_bad.txt:\(line): <HCPCS Code Added Date>: "))
    }

    @Test func roundTrip() throws {
        let set = try CMIndexTestFiles.hcpcs.get()
        let decoded = try CMIndexTestFiles.roundTrip(set)
        #expect(decoded.codes == set.codes)
        #expect(decoded.code("J1100") == set.code("J1100"))
        #expect(decoded.modifier("LT") == set.modifier("LT"))
        #expect(decoded.procedureCount == set.procedureCount)
    }
}
