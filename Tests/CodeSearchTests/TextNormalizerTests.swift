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
        // a possessive is the name itself: `Parkinson's disease` and `Parkinson disease` are one
        #expect(TextNormalizer.words("Sjögren's syndrome") == ["sjogren", "syndrome"])
        #expect(TextNormalizer.words("Parkinson's disease") == TextNormalizer.words("Parkinson disease"))
        #expect(TextNormalizer.words("Crohn’s disease") == ["crohn", "disease"])
        #expect(TextNormalizer.words("the patient's sister") == ["the", "patient", "sister"])
        // an apostrophe that is not a possessive ending still splits
        #expect(TextNormalizer.words("O'Brien's sign") == ["o", "brien", "sign"])
        #expect(TextNormalizer.tokens("Fracture of the neck of femur") == ["fractur", "neck", "femur"])
    }
}
