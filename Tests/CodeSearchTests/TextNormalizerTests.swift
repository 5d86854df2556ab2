import Testing

@testable import CodeSearch

@Suite struct TextNormalizerTests {
    @Test(arguments: [
        ("fractures", "fractured"), ("fracture", "fractured"), ("arteries", "artery"), ("abscesses", "abscess"),
        ("kidneys", "kidney"), ("bleeding", "bleed"), ("infections", "infection"), ("diseases", "disease"),
    ])
    func endingsMeet(a: String, b: String) {
        #expect(TextNormalizer.stem(a) == TextNormalizer.stem(b))
    }

    @Test(arguments: ["bronchitis", "virus", "sepsis", "diabetes", "pelvis"])
    func wordsEndingInSAreNotPlurals(word: String) {
        #expect(TextNormalizer.stem(word).hasPrefix(String(word.prefix(4))))
        #expect(TextNormalizer.stem(word + "") == TextNormalizer.stem(word))
    }

    @Test func wordsAndJoiners() {
        #expect(TextNormalizer.words("Pneumonia > aspiration") == ["pneumonia", "aspiration"])
        #expect(TextNormalizer.words("s/p appendectomy", keepJoiners: true) == ["s/p", "appendectomy"])
        #expect(TextNormalizer.words("s/p appendectomy") == ["s", "p", "appendectomy"])
        #expect(TextNormalizer.words("Sjögren's syndrome") == ["sjogren", "s", "syndrome"])
        #expect(TextNormalizer.tokens("Fracture of the neck of femur") == ["fractur", "neck", "femur"])
    }
}
