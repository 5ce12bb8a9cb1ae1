import BearingCLI
import Foundation

BearingCommand.prepareProcess()
exit(BearingCommand.run(Array(CommandLine.arguments.dropFirst())))
