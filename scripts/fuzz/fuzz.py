#!/usr/bin/env python3
"""Mutation fuzzer for Bearing: mutates real planning files and runs the `bearing` binary on them.

Each round copies a base workspace (the repository's example, with one real file from ../shared/corpus
placed in it as a strategy, an objectives file or a roadmap), mutates one to three of its files, and runs
`bearing check`, `bearing build --allow-errors` and (every few rounds) `report`, `export` and `suggest`.

A round fails when a command
  - crashes: it is killed by a signal, exits with a code other than 0, 1 or 2, or prints a Swift runtime trap;
  - hangs: it is still running after --timeout seconds;
  - loses a file: an objective or roadmap item of a file that was NOT mutated is missing from `export`.
Each failing workspace is saved under --out (default .build/fuzz/) with the command and its output, so it can
become a fixture (Tests/BearingSiteTests/Fixtures/fuzz/, read by the fuzz test in the suite).

    scripts/fuzz.sh --minutes 30          # the documented longer run
    python3 scripts/fuzz/fuzz.py --rounds 50 --seed 7 --binary .build/debug/bearing
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"
TEXT_SUFFIXES = (".md", ".mdx", ".markdown", ".txt", ".njk", ".rst")

# Pieces real and hostile plans are made of: inserted at random lines.
SNIPPETS = [
    "## Hiring", "## Hiring\n", "### Deep dives", "## Q3 2025 Objectives", "# ", "## ", "### ", "#### x",
    "{#dup}", "## Same {#dup}", "(label)=", "(strategic-priorities)=", "- [ ]Text", "- [x] done 3/4", "- [ ] 24/7 support",
    "- [ ] Uptime 99.9%", "- [ ] from 40 to 20, now 31", "KR: grow 3 of 5: 1 so far", "1. **CEO KR:** ship => 78%",
    "Owner: @someone", "_Owners: @a, @b_", "Status: on-track", "Status: ✅", "Priorities: nowhere, 1, 9.9, P2.1",
    "Depends on: the previous item", "Depends on: itself", "Objectives: cut", "Roadmap: none", "Due: by end of March",
    "Effort: XXL", "Confidence: 250%", "weights:\n  platform: 900%", "---", "---\nquarter: 2026-Q9\n---",
    "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---",
    "| Objective | Owner | Status |\n|---|---|---|\n| Ship it | @a | 🟡 |", "|-------------- ---|", ":::{note}\nx\n:::",
    "```{admonition} T\nbody\n```", "```", "<script>alert(1)</script>", "[x](javascript:alert(1))", "<TeamMember name=\"A\"/>",
    "import X from './x'", "export const y = 1", "## 中文目标", "## Цель", "## 目標", "## 🚀", "## " + "long " * 80,
    "{#" + "a" * 300 + "}", "{#a+b}", "{#a-b}", "- **Title.** text", "1. **Objective: a thing**", "Objective 1: b",
    "> quote", "**We will know this is working when** x", "End of Q2:", "H2 2025", "FY24-Q1", "2025H1",
    "\u0000", "\ufeff", "\r\n", "\t\t- nested", "    - deep", "      - deeper",
]


def base_files():
    """The example workspace's files, as {relative path: bytes}."""
    files = {}
    for name in ["bearing.yml", "strategy.md"]:
        if (ROOT / name).exists():
            files[name] = (ROOT / name).read_bytes()
    for folder in ["objectives", "roadmaps"]:
        for path in sorted((ROOT / folder).glob("*.md")):
            files[f"{folder}/{path.name}"] = path.read_bytes()
    return files


def corpus_files():
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name.endswith(TEXT_SUFFIXES) and p.stat().st_size < 400_000)


def mutate(data: bytes, rng: random.Random, donors) -> bytes:
    lines = data.split(b"\n")
    kind = rng.randrange(11)
    if kind == 0 and lines:  # delete a run of lines
        i = rng.randrange(len(lines)); del lines[i:i + rng.randint(1, 8)]
    elif kind == 1 and lines:  # duplicate a run of lines (duplicate ids)
        i = rng.randrange(len(lines)); run = lines[i:i + rng.randint(1, 30)]; j = rng.randrange(len(lines) + 1); lines[j:j] = run
    elif kind == 2 and len(lines) > 1:  # swap two lines
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines)); lines[i], lines[j] = lines[j], lines[i]
    elif kind == 3:  # insert snippets
        for _ in range(rng.randint(1, 4)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(SNIPPETS).encode())
    elif kind == 4 and data:  # flip bytes, including invalid UTF-8
        raw = bytearray(data)
        for _ in range(rng.randint(1, 12)):
            raw[rng.randrange(len(raw))] = rng.choice([0x00, 0xFF, 0xC3, 0x80, 0x23, 0x2D, 0x7B, 0x7C, 0x3A, 0x0A, rng.randrange(256)])
        return bytes(raw)
    elif kind == 5 and donors:  # splice lines from another real file
        other = rng.choice(donors).read_bytes().split(b"\n")
        i = rng.randrange(len(other)); j = rng.randrange(len(lines) + 1); lines[j:j] = other[i:i + rng.randint(1, 40)]
    elif kind == 6 and lines:  # change heading levels
        for _ in range(rng.randint(1, 5)):
            i = rng.randrange(len(lines)); stripped = lines[i].lstrip(b"#")
            lines[i] = b"#" * rng.randint(0, 6) + (b" " if not stripped.startswith(b" ") else b"") + stripped
    elif kind == 7 and data:  # truncate
        return data[: rng.randrange(len(data) + 1)]
    elif kind == 8 and lines:  # repeat a line many times
        i = rng.randrange(len(lines)); lines[i:i] = [lines[i]] * rng.choice([100, 1000, 5000])
    elif kind == 9 and lines:  # indent or dedent a run (list nesting)
        i = rng.randrange(len(lines))
        for k in range(i, min(len(lines), i + rng.randint(1, 10))):
            lines[k] = (b" " * rng.choice([1, 2, 3, 4, 8])) + lines[k] if rng.random() < 0.5 else lines[k].lstrip()
    else:  # shuffle a block
        i = rng.randrange(len(lines) + 1); block = lines[i:i + 12]; rng.shuffle(block); lines[i:i + 12] = block
    return b"\n".join(lines)


def run(binary, args, cwd, timeout):
    started = time.monotonic()
    try:
        done = subprocess.run([binary, *args], cwd=cwd, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL,
                              env={**os.environ, "NO_COLOR": "1"})
    except subprocess.TimeoutExpired as error:
        return "hang", None, (error.stderr or b"").decode(errors="replace"), time.monotonic() - started
    stderr = done.stderr.decode(errors="replace")
    crashed = done.returncode < 0 or done.returncode not in (0, 1, 2) or "Fatal error" in stderr or "Illegal instruction" in stderr
    return ("crash" if crashed else "ok"), done, stderr, time.monotonic() - started


def items_per_file(export_stdout: bytes):
    """{path: number of objectives and roadmap items} from `bearing export --format json`."""
    try:
        document = json.loads(export_stdout)
    except ValueError:
        return None
    counts = {}
    for key in ("objectives", "roadmap_items"):
        for record in document.get(key) or []:
            location = record.get("location") or {}
            path = location.get("path") if isinstance(location, dict) else None
            path = path or record.get("path") or record.get("file")
            if path:
                counts[path] = counts.get(path, 0) + 1
    return counts


def write(folder: Path, files):
    for relative, data in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=str(ROOT / ".build/debug/bearing"))
    parser.add_argument("--minutes", type=float, default=0, help="run until this many minutes have passed")
    parser.add_argument("--rounds", type=int, default=0, help="run this many rounds (default: until --minutes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30, help="seconds before a command counts as hung")
    parser.add_argument("--out", default=str(ROOT / ".build/fuzz"))
    options = parser.parse_args()
    options.binary = str(Path(options.binary).resolve())
    if not options.minutes and not options.rounds:
        options.rounds = 20
    rng = random.Random(options.seed)
    base = base_files()
    donors = corpus_files()
    if not donors:
        print("fuzz: ../shared/corpus is absent; mutating the example workspace only", file=sys.stderr)
    out = Path(options.out)
    out.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + options.minutes * 60 if options.minutes else None
    stats = {"rounds": 0, "commands": 0, "crash": 0, "hang": 0, "lost": 0, "cache": 0, "slowest": 0.0}
    failures = []
    round_number = 0
    while True:
        if options.rounds and round_number >= options.rounds:
            break
        if deadline and time.monotonic() >= deadline:
            break
        round_number += 1
        files = dict(base)
        if donors and rng.random() < 0.7:
            donor = rng.choice(donors)
            role = rng.choice(["objectives/real.md", "roadmaps/real.md", "strategy.md", "objectives/real.mdx"])
            files[role] = donor.read_bytes()
        mutated = set(rng.sample(sorted(files), k=min(len(files), rng.randint(1, 3))))
        for name in mutated:
            data = files[name]
            for _ in range(rng.randint(1, 4)):
                data = mutate(data, rng, donors)
            files[name] = data
        with tempfile.TemporaryDirectory(prefix="bearing-fuzz-") as scratch:
            workspace = Path(scratch) / "ws"
            write(workspace, files)
            commands = [["check", "--format", "json"], ["build", "--allow-errors", "--out", "_site"], ["export", "--format", "json"]]
            if round_number % 4 == 0:
                commands += [["report", "--format", "json"], ["report", "--format", "markdown"], ["suggest"]]
            export = first_check = None
            for command in commands:
                verdict, done, stderr, seconds = run(options.binary, command, workspace, options.timeout)
                stats["commands"] += 1
                stats["slowest"] = max(stats["slowest"], seconds)
                if command[0] == "export" and done is not None:
                    export = done.stdout
                if command[0] == "check" and done is not None:
                    first_check = done.stdout
                if verdict != "ok":
                    stats[verdict] += 1
                    failures.append(save(out, round_number, options.seed, workspace, command, verdict, stderr))
            if first_check is not None:
                # The first check parsed every file and kept them in .bearing-cache/; this one reads them back, and must
                # say exactly what the first said.
                verdict, done, stderr, _ = run(options.binary, ["check", "--format", "json"], workspace, options.timeout)
                stats["commands"] += 1
                if verdict != "ok":
                    stats[verdict] += 1
                    failures.append(save(out, round_number, options.seed, workspace, ["check", "--format", "json"], verdict, stderr))
                elif done.stdout != first_check:
                    stats["cache"] += 1
                    failures.append(save(out, round_number, options.seed, workspace, ["check", "--format", "json"], "cache",
                                         "a check answered from .bearing-cache/ said something else than the first check"))
            if export is not None:
                lost = lost_files(base, files, mutated, export, options, workspace)
                if lost:
                    stats["lost"] += 1
                    failures.append(save(out, round_number, options.seed, workspace, ["export", "--format", "json"], "lost",
                                         "items missing from files that were not mutated: " + ", ".join(lost)))
        stats["rounds"] = round_number
        if round_number % 25 == 0:
            print(f"fuzz: {round_number} rounds, {stats['commands']} commands, {stats['crash']} crashes, {stats['hang']} hangs, "
                  f"{stats['lost']} lost files, {stats['cache']} cached checks that differed", file=sys.stderr, flush=True)
    print(f"fuzz: seed {options.seed}: {stats['rounds']} rounds, {stats['commands']} commands, {stats['crash']} crashes, "
          f"{stats['hang']} hangs, {stats['lost']} rounds that lost an unmutated file's items, {stats['cache']} rounds whose cached check "
          f"differed; slowest command {stats['slowest']:.1f} s")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


_baseline_cache = {}


def lost_files(base, files, mutated, export, options, workspace):
    """Paths not mutated whose items are fewer than when the same file is read without the mutations."""
    counts = items_per_file(export)
    if counts is None:
        return []
    key = tuple(sorted((name, hash(files[name]) if name not in mutated else hash(base.get(name, b""))) for name in files))
    if key not in _baseline_cache:
        clean = {name: (base[name] if name in mutated and name in base else files[name]) for name in files}
        clean = {name: data for name, data in clean.items() if name not in mutated or name in base}
        with tempfile.TemporaryDirectory(prefix="bearing-fuzz-base-") as scratch:
            write(Path(scratch), clean)
            verdict, done, _, _ = run(options.binary, ["export", "--format", "json"], scratch, options.timeout)
            _baseline_cache[key] = items_per_file(done.stdout) if done is not None else None
    baseline = _baseline_cache[key]
    if baseline is None:
        return []
    return [path for path, count in baseline.items() if path not in mutated and counts.get(path, 0) < count]


def save(out: Path, round_number, seed, workspace: Path, command, verdict, stderr):
    target = out / f"{verdict}-seed{seed}-round{round_number}-{command[0]}"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(workspace, target, ignore=shutil.ignore_patterns("_site", ".*"))
    (target / "FUZZ.txt").write_text(f"command: bearing {' '.join(command)}\nverdict: {verdict}\n\n{stderr[-4000:]}\n")
    return f"{verdict}: bearing {' '.join(command)} in {target}"


if __name__ == "__main__":
    sys.exit(main())
