import Foundation
import MLSDCLI

exit(MLSD.main(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
