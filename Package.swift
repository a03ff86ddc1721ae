// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "legality-review",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reviewer", targets: ["reviewer"]),
        .library(name: "ReviewKit", targets: ["ReviewKit"]),
        .library(name: "Checks", targets: ["Checks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.19"),
    ],
    targets: [
        .target(name: "ReviewKit", dependencies: ["Yams", "ZIPFoundation"]),
        .target(name: "Checks", dependencies: ["ReviewKit"]),
        .target(
            name: "BundledChecklists",
            path: "checklists",
            exclude: ["README.md"],
            resources: [.copy("rules"), .copy("laws.yaml"), .copy("materials.yaml")]
        ),
        .executableTarget(name: "reviewer", dependencies: [
            "ReviewKit", "Checks", "BundledChecklists",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "ReviewKitTests", dependencies: ["ReviewKit", "Checks", "BundledChecklists", "ZIPFoundation"]),
        .testTarget(name: "RuleTests", dependencies: ["ReviewKit", "Checks", "BundledChecklists"]),
        .testTarget(name: "CLITests", dependencies: ["reviewer"]),
    ]
)
