import Foundation
import TestSupport
import Testing

/// The GitHub Action's steps (action.yml runs scripts/action/*.sh), run here as scripts with a fake `GITHUB_*`
/// environment, a local git repository as `origin`, and fake `gh`, `curl` and `make` on PATH that record their
/// calls. Nothing is sent anywhere.
@Suite("GitHub Action steps")
struct ActionScriptTests {
    static let scripts = Bearing.packageRoot.appendingPathComponent("scripts/action")

    /// A scratch folder: `origin` (the repository on GitHub), `checkout` (the job's clone, on the pull request's
    /// branch), `bin` (the fakes), `log` (what they were called with), the summary and outputs files.
    struct Job {
        let folder: URL
        var checkout: URL { folder.appendingPathComponent("checkout") }
        var log: String { folder.path + "/log" }
        var summary: String { folder.path + "/summary.md" }
        var outputs: String { folder.path + "/outputs" }

        init(shallow: Bool = false) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("bearing-action-\(UUID().uuidString)")
            let originURL = folder.appendingPathComponent("origin")
            try FileManager.default.createDirectory(at: originURL, withIntermediateDirectories: true)
            try GitFixture.git(["init", "-q", "-b", "main"], in: originURL)
            let files = ["planning/strategy.md": DiffCommandTests.strategy, "planning/objectives/2026-Q4.md": DiffCommandTests.objectives]
            for (path, text) in files {
                let url = originURL.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            let identity = ["-c", "user.email=t@example.org", "-c", "user.name=T", "-c", "commit.gpgsign=false"]
            try GitFixture.git(["add", "-A"], in: originURL)
            try GitFixture.git(identity + ["commit", "-q", "-m", "plan"], in: originURL)
            try GitFixture.git(["checkout", "-q", "-b", "proposal"], in: originURL)
            let proposal = DiffCommandTests.objectives + "## Ship the widget\n\n- Priorities: widgets\n"
            try proposal.write(to: originURL.appendingPathComponent("planning/objectives/2026-Q4.md"), atomically: true, encoding: .utf8)
            try GitFixture.git(identity + ["commit", "-q", "-am", "proposal"], in: originURL)
            try GitFixture.git(["checkout", "-q", "main"], in: originURL)
            // Like actions/checkout: only the pull request's head, one commit deep unless asked for more.
            try GitFixture.git(["clone", "-q"] + (shallow ? ["--depth", "1"] : []) + ["--branch", "proposal", "--single-branch",
                                "file://" + originURL.path, folder.appendingPathComponent("checkout").path], in: folder)
            try Self.fakes(in: folder.appendingPathComponent("bin"))
        }

        /// `gh` answers the comment listing with $FAKE_GH_EXISTING and fails when $FAKE_GH_FAIL is set;
        /// `curl` always fails (no release asset); `make install PREFIX=…` copies the built bearing there.
        static func fakes(in bin: URL) throws {
            try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
            let gh = """
                #!/usr/bin/env bash
                echo "gh $*" >>"$FAKE_LOG"
                for argument in "$@"; do
                  case "$argument" in body=@*) echo "--- body" >>"$FAKE_LOG"; cat "${argument#body=@}" >>"$FAKE_LOG"; echo "--- end" >>"$FAKE_LOG";; esac
                done
                [ -n "${FAKE_GH_FAIL:-}" ] && { echo "HTTP 403: Resource not accessible by integration" >&2; exit 1; }
                case "$*" in *--jq*) [ -n "${FAKE_GH_EXISTING:-}" ] && echo "$FAKE_GH_EXISTING";; esac
                exit 0
                """
            let curl = "#!/usr/bin/env bash\necho \"curl $*\" >>\"$FAKE_LOG\"\nexit 22\n"
            let make = """
                #!/usr/bin/env bash
                echo "make $*" >>"$FAKE_LOG"
                for argument in "$@"; do case "$argument" in PREFIX=*) prefix="${argument#PREFIX=}";; esac; done
                mkdir -p "$prefix/bin" && cp "$FAKE_BEARING" "$prefix/bin/bearing"
                """
            for (name, text) in [("gh", gh), ("curl", curl), ("make", make)] {
                let url = bin.appendingPathComponent(name)
                try text.write(to: url, atomically: true, encoding: .utf8)
                try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
            }
        }

        func remove() { try? FileManager.default.removeItem(at: folder) }

        func run(_ script: String, _ arguments: [String] = [], _ environment: [String: String]) throws -> Bearing.Run {
            let binary = try #require(BearingBinary.executable)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/bash")
            process.arguments = [ActionScriptTests.scripts.appendingPathComponent(script).path] + arguments
            process.currentDirectoryURL = checkout
            let base: [String: String] = [
                "PATH": [folder.path + "/bin", binary.deletingLastPathComponent().path, "/usr/local/bin", "/usr/bin", "/bin"].joined(separator: ":"),
                "HOME": folder.path, "NO_COLOR": "1", "FAKE_LOG": log, "FAKE_BEARING": binary.path,
                "GITHUB_ACTIONS": "true", "GITHUB_REPOSITORY": "acme/plans", "GITHUB_STEP_SUMMARY": summary, "GITHUB_OUTPUT": outputs,
                "GITHUB_PATH": folder.path + "/path", "RUNNER_TEMP": folder.path, "BEARING_WORKSPACE": "planning",
            ]
            process.environment = base.merging(environment) { _, new in new }
            let out = Pipe(), err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try process.run()
            let errors = Thread.detachedRead(err)
            let stdout = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Bearing.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: errors())
        }

        func read(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    }

    static let pullRequest = ["GITHUB_EVENT_NAME": "pull_request", "GITHUB_REF": "refs/pull/7/merge", "GITHUB_BASE_REF": "main",
                              "BEARING_DIFF_DIR": ""]

    @Test("on a pull request: annotations, the job summary, the diff, and one comment created then updated")
    func pullRequestComment() throws {
        let job = try Job()
        defer { job.remove() }
        var environment = Self.pullRequest
        environment["BEARING_DIFF_DIR"] = job.folder.path + "/diff"
        let first = try job.run("run.sh", [], environment)
        #expect(first.status == 1, "check found an error and errors are not allowed: \(first.stderr)")
        #expect(first.stdout.contains("::error file=planning/objectives/2026-Q4.md,line="), "\(first.stdout)")
        let summary = job.read(job.summary)
        #expect(summary.contains("Alignment index **") && summary.contains("1 error"))
        #expect(summary.contains("<!-- bearing:diff -->\n### Bearing: Alignment "))
        #expect(summary.contains("· +1 objective · 1 new orphan · 1 new error"), "\(summary)")
        let log = job.read(job.log)
        #expect(log.contains("gh api --paginate repos/acme/plans/issues/7/comments --jq"))
        #expect(log.contains("gh api --method POST repos/acme/plans/issues/7/comments -F body=@"))
        #expect(log.contains("--- body\n<!-- bearing:diff -->\n### Bearing: Alignment"))
        #expect(job.read(job.folder.path + "/diff/pull-request") == "7\n")
        #expect(job.read(job.outputs).contains("diff=\(job.folder.path)/diff/comment.md"))

        // The next push to the pull request edits the same comment.
        try? FileManager.default.removeItem(atPath: job.log)
        let second = try job.run("run.sh", [], environment.merging(["FAKE_GH_EXISTING": "4242"]) { _, new in new })
        #expect(second.status == 1)
        let again = job.read(job.log)
        #expect(again.contains("gh api --method PATCH repos/acme/plans/issues/comments/4242 -F body=@"))
        #expect(!again.contains("--method POST"))
    }

    @Test("allow-errors publishes the site and exits 0; a comment refused (a fork's token) is a warning, not a failure")
    func allowErrorsAndForks() throws {
        let job = try Job(shallow: true)
        defer { job.remove() }
        var environment = Self.pullRequest
        environment["BEARING_DIFF_DIR"] = job.folder.path + "/diff"
        environment["BEARING_ALLOW_ERRORS"] = "true"
        environment["FAKE_GH_FAIL"] = "1"
        let run = try job.run("run.sh", [], environment)
        #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
        #expect(run.stdout.contains("::warning::could not comment on pull request #7"))
        #expect(FileManager.default.fileExists(atPath: job.checkout.path + "/planning/_site/index.html"))
        #expect(job.read(job.outputs).contains("site=\(job.checkout.path)/planning/_site"))
        // The shallow clone was deepened and the base fetched, so the diff still found the merge-base.
        #expect(job.read(job.summary).contains("Comparing the merge-base with `origin/main`"), "\(job.read(job.summary))\n\(run.stderr)")
    }

    @Test("on a push: check, build and summary; no diff and no comment")
    func push() throws {
        let job = try Job()
        defer { job.remove() }
        let run = try job.run("run.sh", [], ["GITHUB_EVENT_NAME": "push", "GITHUB_REF": "refs/heads/main", "BEARING_ALLOW_ERRORS": "true"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(job.read(job.summary).contains("Alignment index"))
        #expect(!job.read(job.summary).contains("bearing:diff"))
        #expect(!job.read(job.log).contains("gh "))
    }

    @Test("comment mode (the workflow_run pattern) posts a downloaded comment, and refuses a number that is not one")
    func commentMode() throws {
        let job = try Job()
        defer { job.remove() }
        let body = job.folder.path + "/comment.md"
        try "<!-- bearing:diff -->\n### Bearing: Alignment 1 → 2\n".write(toFile: body, atomically: true, encoding: .utf8)
        let posted = try job.run("comment.sh", [body, "12"], [:])
        #expect(posted.status == 0 && job.read(job.log).contains("gh api --method POST repos/acme/plans/issues/12/comments"))
        let hostile = try job.run("comment.sh", [body, "12; rm -rf /"], [:])
        #expect(hostile.status == 2 && hostile.stderr.contains("not a pull-request number"))
        try "Something else\n".write(toFile: body, atomically: true, encoding: .utf8)
        #expect(try job.run("comment.sh", [body, "12"], [:]).status == 2)
    }

    @Test("install: a release tag tries the release asset first, then builds with make install; a branch builds directly")
    func install() throws {
        let job = try Job()
        defer { job.remove() }
        let prefix = job.folder.path + "/prefix"
        let tagged = try job.run("install.sh", [], ["BEARING_VERSION": "v9.9.9", "BEARING_REPOSITORY": "acme/bearing", "BEARING_PREFIX": prefix,
                                                    "GITHUB_ACTION_PATH": Bearing.packageRoot.path])
        #expect(tagged.status == 0, "\(tagged.stderr)")
        let log = job.read(job.log)
        #expect(log.contains("curl -fsSL --retry 3 -o \(prefix)/bin/bearing.download https://github.com/acme/bearing/releases/download/v9.9.9/bearing-linux-"))
        #expect(log.contains("make -C \(Bearing.packageRoot.path) install PREFIX=\(prefix)"))
        #expect(job.read(job.folder.path + "/path") == prefix + "/bin\n")
        try? FileManager.default.removeItem(atPath: job.log)
        let branch = try job.run("install.sh", [], ["BEARING_VERSION": "main", "BEARING_REPOSITORY": "acme/bearing", "BEARING_PREFIX": prefix])
        #expect(branch.status == 0 && !job.read(job.log).contains("curl"))
    }

    @Test("action.yml runs these scripts with its inputs")
    func actionFile() throws {
        let action = try String(contentsOf: Bearing.packageRoot.appendingPathComponent("action.yml"), encoding: .utf8)
        for needle in ["using: composite", "scripts/action/install.sh", "scripts/action/run.sh", "scripts/action/comment.sh",
                       "BEARING_ALLOW_ERRORS: ${{ inputs.allow-errors }}", "GH_TOKEN: ${{ inputs.github-token }}"] {
            #expect(action.contains(needle), "\(needle)")
        }
    }
}

extension Thread {
    /// Reads a pipe to its end on a thread of its own (so neither output can fill and block the child).
    static func detachedRead(_ pipe: Pipe) -> () -> String {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var data = Data()
        Thread.detachNewThread {
            data = pipe.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        return {
            done.wait()
            return String(decoding: data, as: UTF8.self)
        }
    }
}
