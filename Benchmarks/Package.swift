// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "OpenCoderBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "OpenCoder", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "LookupBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CodeSearch", package: "OpenCoder"),
                .product(name: "Terminology", package: "OpenCoder"),
            ],
            path: "Benchmarks/LookupBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "GrouperBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MSDRG", package: "OpenCoder"),
                .product(name: "Terminology", package: "OpenCoder"),
            ],
            path: "Benchmarks/GrouperBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "SuggestionBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CodeSearch", package: "OpenCoder"),
                .product(name: "CodeSuggestion", package: "OpenCoder"),
                .product(name: "NoteAnalysis", package: "OpenCoder"),
                .product(name: "Terminology", package: "OpenCoder"),
            ],
            path: "Benchmarks/SuggestionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
