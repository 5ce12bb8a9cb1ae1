#!/usr/bin/env python3
"""Makes a git repository of the benchmark workspace with N commits (default 500), each changing a few files:
a status, a key result's figure. Measures `bearing build`'s history reading against a realistic commit graph.

    python3 scripts/bench/generate.py /tmp/bench
    python3 scripts/bench/history_repo.py /tmp/bench [500]
    bearing build --workspace /tmp/bench --timings            # "history" is the walk
    bearing build --workspace /tmp/bench --timings --no-history
"""
import os
import random
import re
import subprocess
import sys

root = sys.argv[1]
commits = int(sys.argv[2]) if len(sys.argv) > 2 else 500
rng = random.Random(17)
env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.org",
           GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.org")


def git(*args, **extra):
    subprocess.run(["git", "-C", root, *args], check=True, env={**env, **extra}, stdout=subprocess.DEVNULL)


git("init", "-q", "-b", "main")
git("add", "-A")
git("commit", "-q", "-m", "The plan", GIT_AUTHOR_DATE="2026-01-01T09:00:00Z", GIT_COMMITTER_DATE="2026-01-01T09:00:00Z")
files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(os.path.join(root, "objectives")) for name in names if name.endswith(".md"))
statuses = ["on-track", "at-risk", "off-track", "done"]
for n in range(commits):
    for path in rng.sample(files, 3):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        # Move one status and one N/M figure; anything else stays byte for byte.
        text = re.sub(r"(Status: )([a-z-]+)", lambda m: m.group(1) + rng.choice(statuses), text, count=1)
        text = re.sub(r"(\d+)/(\d+)", lambda m: f"{min(int(m.group(2)), int(m.group(1)) + 1)}/{m.group(2)}", text, count=1)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    day = 1 + n * 300 // commits
    date = f"2026-{1 + day // 28 if day // 28 < 12 else 12:02d}-{1 + day % 28:02d}T10:00:00Z"
    git("commit", "-q", "-am", f"Check-in {n + 1}", GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
print(f"{commits + 1} commits in {root}")
