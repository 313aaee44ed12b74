// swift-tools-version:6.1
import PackageDescription

/// Every target builds in Swift 6 language mode with strict concurrency (the default of
/// tools 6.x); warnings are kept at zero by CI (`scripts/test` fails on any warning).
let package = Package(
    name: "DMP",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "dmp", targets: ["dmp"]),
        .library(name: "DMPDomain", targets: ["DMPDomain"]),
        .library(name: "DMPServices", targets: ["DMPServices"]),
    ],
    dependencies: [
        // jwt-kit 5.7+ needs swift-crypto 4; the domain's use (SHA-1, SHA-256) works on 3 and 4.
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.7.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-configuration.git", from: "1.4.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
    ],
    targets: [
        .target(
            name: "DMPDomain",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            resources: [.process("Resources")]
        ),
        .target(
            name: "DMPCDA",
            dependencies: []
        ),
        .target(
            name: "DMPStorage",
            dependencies: [
                "DMPDomain",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "DMPServices",
            dependencies: [
                "DMPDomain", "DMPStorage", "DMPCDA",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "DMPAuth",
            dependencies: [
                "DMPDomain",
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "DMPFHIR", dependencies: ["DMPDomain", "DMPServices"]),
        .target(
            name: "DMPServer",
            dependencies: [
                "DMPDomain", "DMPStorage", "DMPServices", "DMPAuth", "DMPFHIR",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "dmp",
            dependencies: [
                "DMPDomain", "DMPServices", "DMPServer", "DMPAuth",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "DMPTestSupport",
            dependencies: ["DMPStorage", .product(name: "Logging", package: "swift-log")],
            path: "Tests/DMPTestSupport"
        ),
        .testTarget(
            name: "DMPDomainTests",
            dependencies: ["DMPDomain", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "DMPCDATests", dependencies: ["DMPCDA"]),
        .testTarget(name: "DMPFHIRTests", dependencies: ["DMPFHIR", "DMPDomain", "DMPServices"]),
        .testTarget(
            name: "DMPAuthTests",
            dependencies: ["DMPAuth", "DMPDomain", .product(name: "JWTKit", package: "jwt-kit")]
        ),
        .testTarget(name: "DMPStorageTests", dependencies: ["DMPStorage", "DMPTestSupport"]),
        .testTarget(
            name: "DMPServicesTests",
            dependencies: [
                "DMPServices", "DMPStorage", "DMPTestSupport", .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "DMPServerTests",
            dependencies: [
                "DMPServer", "DMPServices", "DMPDomain", "DMPStorage", "DMPAuth",
                .product(name: "Configuration", package: "swift-configuration"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
