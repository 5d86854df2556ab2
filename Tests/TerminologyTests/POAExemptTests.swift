import Foundation
import Terminology
import Testing

@Suite(.enabled(if: CMIndexTestFiles.available, CMIndexTestFiles.skipMessage))
struct POAExemptTests {
    @Test func countMatchesTheReadMe() throws {
        let list = try CMIndexTestFiles.poaExempt.get()
        // ReadMePOAexemptFY25.txt: 38,154 codes.
        #expect(list.count == 38_154)
        #expect(list.codes.allSatisfy { $0 == CodeFormat.normalize($0) })
    }

    @Test(arguments: ["Z37.0", "z370", "Z38.00", "Z79.4", "Z87.891", "V00.01XA", "B90.0"])
    func exempt(code: String) throws {
        #expect(try CMIndexTestFiles.poaExempt.get().contains(code))
    }

    @Test(arguments: ["J69.0", "I21.4", "A41.9", "Z59.7", ""])
    func notExempt(code: String) throws {
        // Z59.7 was deleted from the list for FY2025.
        #expect(try !CMIndexTestFiles.poaExempt.get().contains(code))
    }

    @Test func truncatedFileNamesFileAndLine() throws {
        let member = try ReleaseArchive.read(
            member: "POAexemptCodesFY25.txt", of: CMIndexTestFiles.url(CMIndexTestFiles.poaArchive))
        var cut = 0
        var lines = 0
        while lines < 500 {
            if member[member.startIndex + cut] == 0x0A { lines += 1 }
            cut += 1
        }
        let url = try CMIndexTestFiles.temporaryFile(named: "POAexemptCodes-truncated.txt", member.prefix(cut + 8))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError { _ = try POAExemptList.read(from: url) }
        #expect(error.line == 501)
        #expect(error.description.hasPrefix("POAexemptCodes-truncated.txt:501: "))
    }

    @Test func malformedCodeNamesLineAndColumn() throws {
        let member = try ReleaseArchive.read(
            member: "POAexemptCodesFY25.txt", of: CMIndexTestFiles.url(CMIndexTestFiles.poaArchive))
        var text = String(decoding: member, as: UTF8.self)
        let range = try #require(text.range(of: "\tZ37.0\t"))
        let line = CMIndexTestFiles.line(at: range.lowerBound, in: text)
        text.replaceSubrange(range, with: "\tZ3?.0\t")
        let url = try CMIndexTestFiles.temporaryFile(named: "POAexemptCodes-bad.txt", Data(text.utf8))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError { _ = try POAExemptList.read(from: url) }
        #expect(error.line == line)
        #expect(error.element == "POAexemptCode")
        #expect(error.description.hasPrefix("POAexemptCodes-bad.txt:\(line): <POAexemptCode>: "))
    }

    @Test func roundTrip() throws {
        let list = try CMIndexTestFiles.poaExempt.get()
        let decoded = try CMIndexTestFiles.roundTrip(list)
        #expect(decoded.codes == list.codes)
        #expect(decoded.contains("Z37.0"))
        #expect(!decoded.contains("J69.0"))
    }
}
