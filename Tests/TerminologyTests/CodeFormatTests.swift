import Testing

@testable import Terminology

@Suite struct CodeFormatTests {
    @Test(arguments: [
        ("T52.8", "A", "T52.8XXA"), ("S72.011", "A", "S72.011A"), ("w21.89", "D", "W21.89XD"),
        ("T364", "S", "T36.4XXS"),
        ("O36.5", "0", "O36.5XX0"), ("S02", "A", "S02.XXXA"),
    ])
    func aSeventhCharacterAfterThePlaceholders(code: String, seventh: String, completed: String) {
        #expect(CodeFormat.completed(code, seventh: seventh) == completed)
    }
}
