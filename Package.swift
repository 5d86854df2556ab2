// swift-tools-version: 6.2
import PackageDescription

let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The engine's own targets: a warning is an error (`.ci/run` builds them so; dependencies keep their warnings).
let engineSettings: [SwiftSetting] = strictSettings + [.treatAllWarnings(as: .error)]

/// The pages' templates (Sources/CodingServer/Resources/templates), embedded in the binary.
let pageTemplates = [
    "admin", "alphabeticIndex", "audit", "auditSample", "chart", "encounterTable", "hcpcsCode", "indexCode", "layout",
    "linkedText", "login", "lookup", "message", "myAudits", "noteText", "password", "pcsBuilder", "pcsCode",
    "releaseChanges", "scoreTable", "scorecards", "statistics", "svgChart", "tabularEntry", "worklist",
]

let package = Package(
    name: "OpenCoder",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "coder", targets: ["coder"]),
        .library(name: "Terminology", targets: ["Terminology"]),
        .library(name: "Offload", targets: ["Offload"]),
        .library(name: "CodeSearch", targets: ["CodeSearch"]),
        .library(name: "MSDRG", targets: ["MSDRG"]),
        .library(name: "NoteAnalysis", targets: ["NoteAnalysis"]),
        .library(name: "CodeSuggestion", targets: ["CodeSuggestion"]),
        .library(name: "CodingRules", targets: ["CodingRules"]),
        .library(name: "ClaimReview", targets: ["ClaimReview"]),
        .library(name: "Worklist", targets: ["Worklist"]),
        .library(name: "CodingServer", targets: ["CodingServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/hummingbird-project/swift-openapi-hummingbird", from: "2.1.0"),
    ],
    targets: [
        .target(
            name: "Terminology",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.embedInCode("Resources/abbreviations.tsv")],
            swiftSettings: engineSettings
        ),
        .target(name: "Offload", swiftSettings: engineSettings),
        .target(
            name: "CodeSearch",
            dependencies: ["Terminology"],
            resources: [.embedInCode("Resources/curated-synonyms.tsv"), .embedInCode("Resources/pcs-synonyms.tsv")],
            swiftSettings: engineSettings
        ),
        .target(
            name: "MSDRG",
            dependencies: ["Terminology"],
            swiftSettings: engineSettings
        ),
        .target(
            name: "NoteAnalysis",
            dependencies: ["Terminology"],
            resources: [
                .embedInCode("Resources/section-headers.tsv"), .embedInCode("Resources/assertion-triggers.tsv"),
            ],
            swiftSettings: engineSettings
        ),
        .target(
            name: "CodeSuggestion",
            dependencies: ["Terminology", "CodeSearch", "NoteAnalysis"],
            resources: [
                .embedInCode("Resources/clinical-lexicon.tsv"), .embedInCode("Resources/anatomy-sites.tsv"),
                .embedInCode("Resources/imaging-modalities.tsv"), .embedInCode("Resources/imaging-regions.tsv"),
                .embedInCode("Resources/procedure-operations.tsv"), .embedInCode("Resources/procedure-patterns.tsv"),
                .embedInCode("Resources/procedure-refinements.tsv"), .embedInCode("Resources/procedure-sites.tsv"),
                .embedInCode("Resources/context-cues.tsv"),
                .embedInCode("Resources/personal-history.tsv"), .embedInCode("Resources/integral-symptoms.tsv"),
                .embedInCode("Resources/sepsis-organisms.tsv"), .embedInCode("Resources/residual-codes.tsv"),
                .embedInCode("Resources/allergy-classes.tsv"), .embedInCode("Resources/long-term-drugs.tsv"),
                .embedInCode("Resources/index-walker-words.tsv"), .embedInCode("Resources/index-same-words.tsv"),
                .embedInCode("Resources/index-starts-under.tsv"), .embedInCode("Resources/external-cause-words.tsv"),
                .embedInCode("Resources/term-stream-words.tsv"), .embedInCode("Resources/term-stream-readings.tsv"),
                .embedInCode("Resources/organ-adjectives.tsv"), .embedInCode("Resources/index-word-forms.tsv"),
                .embedInCode("Resources/record-words.tsv"), .embedInCode("Resources/record-codes.tsv"),
            ],
            swiftSettings: engineSettings
        ),
        .target(
            name: "CodingRules",
            dependencies: ["Terminology"],
            resources: [
                .embedInCode("Resources/rule-words.tsv"), .embedInCode("Resources/hypertensive-heart-codes.tsv"),
            ],
            swiftSettings: engineSettings
        ),
        .target(
            name: "ClaimReview",
            dependencies: ["Terminology", "MSDRG", "NoteAnalysis", "CodeSuggestion", "CodingRules"],
            swiftSettings: engineSettings
        ),
        .target(
            name: "Worklist",
            dependencies: [
                "Terminology", "Offload",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: engineSettings
        ),
        .target(
            name: "CodingServer",
            dependencies: [
                "Terminology", "CodeSearch", "CodeSuggestion", "NoteAnalysis", "ClaimReview", "Worklist", "Offload",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIHummingbird", package: "swift-openapi-hummingbird"),
            ],
            exclude: ["API/openapi-generator-config.yaml", "API/Generated/SOURCES.sha256"],  // the generator's
            resources: [
                .embedInCode("Resources/openapi.yaml"), .embedInCode("Resources/app.css"),
                .embedInCode("Resources/app.js"),
            ] + pageTemplates.map { .embedInCode("Resources/templates/\($0).mustache") },
            swiftSettings: engineSettings
        ),
        .executableTarget(
            name: "coder",
            dependencies: [
                "Terminology", "CodeSearch", "MSDRG", "NoteAnalysis", "CodeSuggestion", "CodingRules", "ClaimReview",
                "Worklist", "CodingServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: engineSettings
        ),
        .testTarget(name: "TerminologyTests", dependencies: ["Terminology"], swiftSettings: strictSettings),
        .testTarget(
            name: "CodeSearchTests", dependencies: ["CodeSearch", "Terminology"], swiftSettings: strictSettings),
        .testTarget(name: "MSDRGTests", dependencies: ["MSDRG", "Terminology"], swiftSettings: strictSettings),
        .testTarget(
            name: "NoteAnalysisTests", dependencies: ["NoteAnalysis"], swiftSettings: strictSettings),
        .testTarget(
            name: "CodeSuggestionTests", dependencies: ["CodeSuggestion", "NoteAnalysis", "Terminology"],
            swiftSettings: strictSettings),
        .testTarget(
            name: "CodingRulesTests", dependencies: ["CodingRules", "Terminology"], swiftSettings: strictSettings),
        .testTarget(
            name: "WorklistTests",
            dependencies: ["Worklist", "Terminology", "Offload", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
        // the HTTP tests build HummingbirdTesting: a target of their own, so the engine's tests stay quick to build
        .testTarget(
            name: "CodingServerTests",
            dependencies: [
                "CodingServer", "ClaimReview", "CodeSearch", "CodeSuggestion", "MSDRG", "Terminology", "Worklist",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strictSettings),
        .testTarget(name: "CoderTests", dependencies: ["coder", "CodeSuggestion"], swiftSettings: strictSettings),
    ]
)
