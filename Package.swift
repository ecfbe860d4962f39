// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mlsd",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "mlsd", targets: ["mlsd"])],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // Scoring runs some fifty times slower unoptimised and is most of the tests' time (the
        // graded set, content lint, every scored answer end to end), so the pure core is
        // optimised in debug builds as well.
        .target(name: "MLSDCore", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        // Built-in content from Data/, embedded into the binary by the EmbedContent plugin.
        .target(name: "MLSDContent", path: "Data", exclude: ["cases", "pitfalls.json"], plugins: ["EmbedContent"]),
        .target(name: "MLSDStore", dependencies: ["MLSDCore", "CSQLite"]),
        .target(name: "MLSDCLI", dependencies: ["MLSDCore", "MLSDStore", "MLSDContent"]),
        .executableTarget(name: "mlsd", dependencies: ["MLSDCLI"]),
        .executableTarget(name: "mlsd-embed"),
        // `make bench`: in-process timings of the core and helpers for bench/run.sh.
        .executableTarget(name: "mlsd-bench", dependencies: ["MLSDCore", "CSQLite"], path: "bench/Sources/mlsd-bench"),
        .plugin(name: "EmbedContent", capability: .buildTool(), dependencies: ["mlsd-embed"]),
        .testTarget(name: "MLSDCoreTests", dependencies: ["MLSDCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "MLSDStoreTests", dependencies: ["MLSDStore", "MLSDContent"]),
        // A temporary folder and database where mlsd runs, as the built binary or in process, and
        // the fixtures both test targets build on.
        .target(name: "MLSDTestSupport", dependencies: ["MLSDCLI"], path: "Tests/Support"),
        // What needs a real process: signals, kill -9, contention, pseudo-terminals, stdin's descriptor.
        .testTarget(name: "EndToEndTests", dependencies: ["mlsd", "MLSDStore", "MLSDTestSupport"]),
        // Commands run in process (MLSD.main) on real databases in temporary folders; help, usage and
        // errors against golden files; the command table's rules.
        .testTarget(name: "MLSDCLITests", dependencies: ["MLSDCLI", "MLSDTestSupport"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
