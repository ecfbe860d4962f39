import Foundation
import MLSDCLI

Signals.install()
exit(
    MLSD.main(
        arguments: Array(CommandLine.arguments.dropFirst()), console: Console(),
        environment: ProcessInfo.processInfo.environment, clock: Date.init))
