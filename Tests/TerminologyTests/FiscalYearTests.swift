import Foundation
import Testing

@testable import Terminology

@Suite struct FiscalYearTests {
    @Test(arguments: [
        ("2025-09-30", 2025), ("2025-10-01", 2026), ("2026-04-01", 2026), ("2026-10-01", 2027), ("2019-12-31", 2020),
    ])
    func fiscalYearOfDate(date: String, year: Int) {
        #expect(FiscalYear.containing(date) == year)
    }

    @Test(arguments: ["2025-13-01", "2025-02-30", "20251001", "next week"])
    func badDates(text: String) {
        #expect(FiscalYear.date(text) == nil)
    }

    @Test func versionChosenByDate() {
        let library = CodeSetLibrary()
        #expect(library.version(of: ["2025", "2026"], forFiscalYear: 2026) == "2026")
        #expect(library.version(of: ["2025", "2026"], forFiscalYear: 2025) == "2025")
        #expect(library.version(of: ["2025", "2026"], forFiscalYear: 2030) == "2026")
        #expect(library.version(of: ["2025", "2026"], forFiscalYear: 2020) == "2025")
    }
}
