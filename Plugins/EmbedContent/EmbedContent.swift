import Foundation
import PackagePlugin

/// Turns Data/ into Swift source at build time, so an installed `mlsd` carries its content
/// wherever it runs from and startup never reads or hashes content files.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let data = context.package.directoryURL.appending(path: "Data")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedContent.swift")
        // Folders are inputs too, so adding or removing a file re-runs the command.
        let inputs = [data] + ((FileManager.default.enumerator(at: data, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { $0.pathExtension == "json" || $0.hasDirectoryPath }) ?? [])

        return [
            .buildCommand(
                displayName: "Embedding content from Data/",
                executable: try context.tool(named: "mlsd-embed").url,
                arguments: [data.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
