#!/usr/bin/env python3
"""Makes a git repository of the example workspace (strategy.md, bearing.yml, objectives/, roadmaps/ at the
repository root) with months of check-ins by the objectives' owners, so the site's trends, stale key results, the
review page's "what changed" and the stakeholder update's movement can be seen on a plan everyone knows.

    python3 scripts/example_history.py /tmp/example-history
    bearing build --workspace /tmp/example-history     # open _site/objectives/2026-q4/cut-operating-toil-in-half.html
    bearing check --workspace /tmp/example-history     # stale-key-result warnings
    bearing report --workspace /tmp/example-history --format markdown

The strategy starts without its fourth priority and with other weights; Leah Okafor adds the priority and moves the
weights on 2026-07-14, so 2026-Q2 (ended before) is scored against the first strategy and the strategy page lists both.

The 2026-Q4 file starts on 2026-07-01 with earlier figures and statuses and reaches today's text in the last
check-in; each check-in replaces a figure or a status in place, so every other byte is the example's own.
"""
import os
import shutil
import subprocess
import sys

source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
root = sys.argv[1]
if os.path.exists(root):
    sys.exit(f"{root} exists; give a new folder")

# Each tracked piece of the Q4 file: its text today, and its text from each date on (the last value is today's).
FIGURES = [
    ("from 40 to 20, now 31", "from 40 to 20, now {}", [("2026-07-01", 40), ("2026-09-01", 38), ("2026-10-06", 35), ("2026-11-03", 31)]),
    ("on 30/46 hubs", "on {}/46 hubs", [("2026-07-01", 10), ("2026-10-06", 18), ("2026-10-20", 24), ("2026-11-17", 30)]),
    ("next year: 31 of 48", "next year: {} of 48", [("2026-07-01", 12), ("2026-10-13", 20), ("2026-11-10", 31)]),
    ("per week, now 120", "per week, now {}", [("2026-07-01", 0), ("2026-10-20", 40), ("2026-11-17", 120)]),
    ("- **Owner:** Aiko Tanaka\n- **Status:** at-risk", "- **Owner:** Aiko Tanaka\n- **Status:** {}",
     [("2026-07-01", "on-track"), ("2026-10-27", "at-risk")]),
    ("- Owner: Marcus Bell\n- Status: off-track", "- Owner: Marcus Bell\n- Status: {}",
     [("2026-07-01", "on-track"), ("2026-10-13", "at-risk"), ("2026-11-10", "off-track")]),
]
AUTHORS = {"2026-07-01": "Priya Natarajan", "2026-09-01": "Priya Natarajan", "2026-10-06": "Jonas Weber",
           "2026-10-13": "Marcus Bell", "2026-10-20": "Leah Okafor", "2026-10-27": "Aiko Tanaka",
           "2026-11-03": "Priya Natarajan", "2026-11-10": "Marcus Bell", "2026-11-17": "Jonas Weber"}


def git(*args, date=None, author=None):
    env = dict(os.environ, GIT_AUTHOR_NAME=author or "Bearing example", GIT_AUTHOR_EMAIL="plan@example.org",
               GIT_COMMITTER_NAME=author or "Bearing example", GIT_COMMITTER_EMAIL="plan@example.org")
    if date:
        env.update(GIT_AUTHOR_DATE=f"{date}T10:00:00Z", GIT_COMMITTER_DATE=f"{date}T10:00:00Z")
    subprocess.run(["git", "-C", root, *args], check=True, env=env, stdout=subprocess.DEVNULL)


def q4_as_of(today_text, date):
    text = today_text
    for current, template, series in FIGURES:
        if current not in text:
            sys.exit(f"objectives/2026-Q4.md no longer says {current!r}; update scripts/example_history.py")
        value = [v for d, v in series if d <= date][-1]
        text = text.replace(current, template.format(value))
    return text


os.makedirs(root)
for name in ["strategy.md", "bearing.yml"]:
    shutil.copy(os.path.join(source, name), root)
for folder in ["roadmaps", "objectives"]:
    shutil.copytree(os.path.join(source, folder), os.path.join(root, folder))
q4_path = os.path.join(root, "objectives", "2026-Q4.md")
with open(q4_path, encoding="utf-8") as f:
    q4 = f.read()
os.remove(q4_path)
strategy_path = os.path.join(root, "strategy.md")
with open(strategy_path, encoding="utf-8") as f:
    strategy = f.read()


def first_strategy(text):
    """Today's strategy as it was in April: three priorities, the fourth ("open") and its sub-priorities not yet in it."""
    weights = "  platform: 35%\n  revenue: 25%\n  co-creation: 25%\n  open: 15%\n"
    if weights not in text:
        sys.exit("strategy.md no longer has the weights scripts/example_history.py expects; update it")
    text = text.replace(weights, "  platform: 40%\n  revenue: 30%\n  co-creation: 30%\n")
    fourth = text.find("4. **Do it in a healthy")
    end = text.find("\n## ", fourth)
    if fourth < 0 or end < 0:
        sys.exit("strategy.md no longer has the fourth priority scripts/example_history.py expects; update it")
    return text[:fourth].rstrip("\n") + "\n" + text[end:]


with open(strategy_path, "w", encoding="utf-8") as f:
    f.write(first_strategy(strategy))
git("init", "-q", "-b", "main")
git("add", "-A")
git("commit", "-q", "-m", "Strategy, roadmaps and the first half's objectives", date="2026-04-01", author="Leah Okafor")
AUTHORS["2026-07-14"] = "Leah Okafor"
for date in sorted(AUTHORS):
    if date == "2026-07-14":
        with open(strategy_path, "w", encoding="utf-8") as f:
            f.write(strategy)
        git("add", "-A")
        git("commit", "-q", "-m", "Strategy: open communities become a priority; weights moved", date=date, author=AUTHORS[date])
        continue
    with open(q4_path, "w", encoding="utf-8") as f:
        f.write(q4_as_of(q4, date))
    git("add", "-A")
    git("commit", "-q", "-m", "Plan 2026-Q4" if date == "2026-07-01" else f"Check-in {date}", date=date, author=AUTHORS[date])
with open(q4_path, encoding="utf-8") as f:
    assert f.read() == q4, "the last check-in must reach the example's own text"
with open(strategy_path, encoding="utf-8") as f:
    assert f.read() == strategy, "the strategy must end as the example's own"
print(f"{len(AUTHORS) + 1} commits in {root}")
