// swift-tools-version:6.0
import PackageDescription

// Data flows one way: Corpus → Extraction → Store → Query → Render, with the Shell on top.
let package = Package(
    name: "claimsh",
    products: [
        .executable(name: "claimsh", targets: ["claimsh"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Core
        .target(name: "ClaimDiagnostics"),
        .target(name: "ClaimCorpus", dependencies: ["ClaimDiagnostics"]),
        .target(name: "ClaimExtraction", dependencies: ["ClaimCorpus"]),
        .target(name: "ClaimStore", dependencies: ["ClaimExtraction"]),
        .target(name: "ClaimQuery", dependencies: ["ClaimStore", "ClaimDiagnostics"]),
        .target(name: "ClaimRender", dependencies: ["ClaimStore", "ClaimDiagnostics"]),

        // Shell
        .target(name: "CLibEdit", linkerSettings: [.linkedLibrary("edit")]),
        .target(name: "ClaimShell", dependencies: ["ClaimRender", "ClaimQuery", "ClaimStore", "ClaimCorpus", "CLibEdit"]),

        // Executables
        .executableTarget(name: "claimsh", dependencies: [
            "ClaimShell",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "claimsh-bench", dependencies: [
            "ClaimStore", "ClaimQuery", "ClaimExtraction", "ClaimCorpus",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Tests
        .testTarget(name: "CorpusTests", dependencies: ["ClaimCorpus"]),
        .testTarget(name: "ExtractionTests", dependencies: ["ClaimExtraction"], resources: [.copy("Gold")]),
        .testTarget(name: "StoreTests", dependencies: ["ClaimStore"]),
        .testTarget(name: "QueryTests", dependencies: ["ClaimQuery"]),
        .testTarget(name: "RenderTests", dependencies: ["ClaimRender"]),
        .testTarget(name: "WeighTests", dependencies: ["ClaimStore", "ClaimRender"]),
        .testTarget(name: "ShellTests", dependencies: ["ClaimShell"]),
        .testTarget(name: "EndToEndTests", dependencies: []),
        .testTarget(name: "TerminalTests", dependencies: []),
        .testTarget(name: "BenchTests", dependencies: ["claimsh-bench"]),
        .testTarget(name: "RobustnessTests", dependencies: ["ClaimQuery", "ClaimStore", "ClaimCorpus", "ClaimExtraction", "ClaimRender"]),
    ],
    swiftLanguageModes: [.v5]
)
