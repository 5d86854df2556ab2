import Foundation
import Terminology
import Testing

@Suite(.enabled(if: CMIndexTestFiles.available, CMIndexTestFiles.skipMessage))
struct OrderFileTests {
    @Test func countsMatchTheAddendaSummary() throws {
        let order = try CMIndexTestFiles.orderFile.get()
        // icd10cm_order_addenda_2025.txt: 23,324 headers and 74,260 codes.
        #expect(order.entries.count == 97_584)
        #expect(order.billableCount == 74_260)
        #expect(order.headerCount == 23_324)
        #expect(order.entries.first?.order == 1)
        #expect(order.entries.last?.order == 97_584)
    }

    @Test func aspirationPneumonitis() throws {
        let order = try CMIndexTestFiles.orderFile.get()
        let entry = try #require(order.entry("J69.0"))
        #expect(entry.order == 13_576)
        #expect(entry.code == "J690")
        #expect(entry.dottedCode == "J69.0")
        #expect(entry.billable)
        #expect(entry.shortTitle == "Pneumonitis due to inhalation of food and vomit")
        #expect(entry.longTitle == "Pneumonitis due to inhalation of food and vomit")
        let cholera = try #require(order.entry("a00"))
        #expect(!cholera.billable)
        #expect(cholera.order == 1)
        #expect(cholera.longTitle == "Cholera")
        #expect(order.entry("J69.9") == nil)
    }

    @Test func truncatedFileNamesFileAndLine() throws {
        let member = try ReleaseArchive.read(
            member: "Code Descriptions/icd10cm_order_2025.txt", of: CMIndexTestFiles.url(CMIndexTestFiles.orderArchive))
        // Cut in the middle of line 1,001, inside the short description.
        var cut = 0
        var lines = 0
        while lines < 1_000 {
            if member[member.startIndex + cut] == 0x0A { lines += 1 }
            cut += 1
        }
        let url = try CMIndexTestFiles.temporaryFile(named: "icd10cm_order_truncated.txt", member.prefix(cut + 30))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError { _ = try OrderFile.read(from: url) }
        #expect(error.line == 1_001)
        #expect(error.description.hasPrefix("icd10cm_order_truncated.txt:1001: "))
    }

    @Test func malformedFlagNamesLineAndField() throws {
        let member = try ReleaseArchive.read(
            member: "Code Descriptions/icd10cm_order_2025.txt", of: CMIndexTestFiles.url(CMIndexTestFiles.orderArchive))
        var text = String(decoding: member, as: UTF8.self)
        let line = "13576 J690    1 Pneumonitis"
        let range = try #require(text.range(of: line))
        text.replaceSubrange(range, with: "13576 J690    2 Pneumonitis")
        let url = try CMIndexTestFiles.temporaryFile(named: "icd10cm_order_bad.txt", Data(text.utf8))
        defer { CMIndexTestFiles.removeTemporaryFile(url) }
        let error = try CMIndexTestFiles.releaseError { _ = try OrderFile.read(from: url) }
        #expect(error.line == 13_576)
        #expect(error.element == "header/billable flag")
        #expect(error.description.hasPrefix("icd10cm_order_bad.txt:13576: <header/billable flag>: "))
    }

    @Test func roundTrip() throws {
        let order = try CMIndexTestFiles.orderFile.get()
        let decoded = try CMIndexTestFiles.roundTrip(order)
        #expect(decoded.entries == order.entries)
        #expect(decoded.entry("J69.0") == order.entry("J69.0"))
        #expect(decoded.billableCount == 74_260)
    }
}
