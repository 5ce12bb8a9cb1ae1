import ArgumentParser
import BearingBuild

/// `--no-cache`, for the commands that keep what inference found in the workspace's `.bearing-cache/` folder.
struct CacheOption: ParsableArguments {
    @Flag(help: ArgumentHelp("Neither read nor write the workspace's .bearing-cache/ folder.",
                             discussion: "The folder keeps each file as parsed and what inference found for each item's text, so that a run "
                                 + "after an edit parses and places only what changed, and which pages `build` wrote from what, so that it renders only "
                                 + "the pages whose inputs changed. It ignores itself in git and may be deleted at any time."))
    var noCache = false

    /// The store of the workspace at `root`, unless `--no-cache`. `writes`, when given, writes the stores' files on
    /// threads of their own while the run goes on; the command waits for them before it ends.
    func store(root: String, writes: CacheWrites? = nil) -> InferenceStore? {
        noCache ? nil : InferenceStore(root: root, writes: writes)
    }

    /// The files the previous run parsed, unless `--no-cache`.
    func parseStore(root: String, writes: CacheWrites? = nil) -> ParseStore? {
        noCache ? nil : ParseStore(root: root, writes: writes)
    }

    /// The search index's texts the previous build cleaned (`build` only), unless `--no-cache`.
    func searchStore(root: String) -> SearchStore? {
        noCache ? nil : SearchStore(root: root)
    }

    /// The pages the previous build left (`build` only), unless `--no-cache` or this process hashes at random
    /// (`StableHashing`).
    func pageStore(root: String) -> PageStore? {
        noCache || !StableHashing.isActive ? nil : PageStore(root: root)
    }
}
