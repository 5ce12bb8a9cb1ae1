import BearingCLI

BearingCommand.runMain()
