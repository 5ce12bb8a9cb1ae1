"""Writes a deterministic synthetic Bearing workspace for benchmarks.

    python3 scripts/bench/generate.py OUT [--seed 1] [--files 2000] [--objectives 3] [--roadmaps 20] [--items 100]
                                          [--priorities 5] [--subs 4] [--words 60] [--krs 4]
                                          [--initiatives 0] [--chain 0]

Defaults: 2,000 objectives files of 3 objectives (≈60-word bodies, 4 key results each, half with declared
priorities), 20 roadmaps of 100 items, and a strategy of 5 priorities with 4 sub-priorities each. The same
seed and sizes always give the same bytes. --initiatives K gives each objective K initiatives (H3 sections);
--chain N adds roadmaps/chain.md, N items each depending on the one before by its title (every other one by a
prefix of it), the shape that made reference resolution quadratic.
"""
import argparse
import os
import random

WORDS = ("platform reliability upgrade cluster hub community member network revenue renewal pricing contract "
         "institution research education data notebook environment share support ticket documentation upstream "
         "contribution maintainer open source roadmap co-funding quota cost dashboard monitoring alert backup "
         "onboarding training workshop course instructor catalog dataset storage compute security login group "
         "policy partner grant sponsor survey feedback release automation deploy region cloud provider").split()
FORMS = ["{a}/{b} hubs migrated", "Adoption at {p}%", "Tickets from {b} to {a}, now {c}", "Review done, score 0.{d}",
         "Launch the {w} pilot", "{a} of {b} communities onboarded"]
STATUSES = ["on-track", "at-risk", "off-track", "done", "not-started"]


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def key_result(rng):
    a, b = sorted(rng.sample(range(1, 120), 2))
    form = rng.choice(FORMS)
    checked = "x" if rng.random() < 0.3 else " "
    return f"- [{checked}] " + form.format(a=a, b=b, c=(a + b) // 2, p=rng.randint(1, 99), d=rng.randint(1, 9), w=rng.choice(WORDS))


def strategy(args, rng):
    lines = ["---", "weights:"] + [f"  p{i}: {100 // args.priorities}%" for i in range(1, args.priorities + 1)] + ["---", "",
             "# Strategy", "", "## Our goal", "", sentence(rng, 30), "", "## Our priorities", ""]
    for i in range(1, args.priorities + 1):
        lines.append(f"{i}. **{sentence(rng, 6)[:-1]}.** {{#p{i}}}")
        for j in range(1, args.subs + 1):
            lines.append(f"   - {sentence(rng, 14)} {{#p{i}-{j}}}")
    return "\n".join(lines) + "\n"


def objectives_file(args, rng, index):
    year, quarter = 2020 + (index // 4) % 8, index % 4 + 1
    lines = ["---", f"quarter: {year}-Q{quarter}", f"team: team-{index}", "---", "", f"# Objectives of team {index}", ""]
    for k in range(args.objectives):
        lines += [f"## {sentence(rng, 5)[:-1]} {index}-{k}", "", f"- Owner: Person {rng.randint(1, 300)}", f"- Status: {rng.choice(STATUSES)}"]
        if rng.random() < 0.5:
            lines.append(f"- Priorities: p{rng.randint(1, args.priorities)}")
        lines += [f"- Effort: {rng.randint(1, 5)}", "", sentence(rng, args.words), ""]
        lines += [key_result(rng) for _ in range(args.krs)] + [""]
        for i in range(args.initiatives):
            lines += [f"### {sentence(rng, 4)[:-1]} {index}-{k}-{i}", "", f"- Owner: Person {rng.randint(1, 300)}", "",
                      sentence(rng, 20), "", key_result(rng), ""]
    return "\n".join(lines)


def roadmap(args, rng, index):
    lanes = ["Now", "Next", "Later", "Done"]
    lines = ["---", f"title: Roadmap {index}", "---", "", f"# Roadmap {index}", ""]
    per_lane = max(1, args.items // len(lanes))
    for lane_index, lane in enumerate(lanes):
        lines += [f"## {lane}", ""]
        for item in range(per_lane if lane_index < len(lanes) - 1 else args.items - per_lane * (len(lanes) - 1)):
            lines += [f"### Item {index}-{lane_index}-{item} {rng.choice(WORDS)}", ""]
            if rng.random() < 0.5:
                lines.append(f"- Priorities: p{rng.randint(1, args.priorities)}")
            lines += [f"- Status: {rng.choice(STATUSES)}", "", sentence(rng, 25), ""]
    return "\n".join(lines)


def chain(args, rng):
    titles = [f"Chain step {i} {rng.choice(WORDS)} {rng.choice(WORDS)}" for i in range(args.chain)]
    lines = ["---", "title: Chain", "---", "", "# Chain", "", "## Now", ""]
    for i, title in enumerate(titles):
        lines += [f"### {title}", ""]
        if i > 0:
            before = titles[i - 1]
            # A unique prefix: "chain step 12 cloud qu" starts no other title ("chain step 120 …" differs at the space).
            lines.append(f"- Depends on: {before if i % 2 else before[:-2]}")
        lines += [f"- Priorities: p{rng.randint(1, args.priorities)}", "", sentence(rng, 12), ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    for name, default in [("seed", 1), ("files", 2000), ("objectives", 3), ("roadmaps", 20), ("items", 100), ("priorities", 5),
                          ("subs", 4), ("words", 60), ("krs", 4), ("initiatives", 0), ("chain", 0)]:
        parser.add_argument("--" + name, type=int, default=default)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(os.path.join(args.out, "objectives"), exist_ok=True)
    os.makedirs(os.path.join(args.out, "roadmaps"), exist_ok=True)
    with open(os.path.join(args.out, "strategy.md"), "w") as f:
        f.write(strategy(args, rng))
    with open(os.path.join(args.out, "bearing.yml"), "w") as f:
        f.write("title: Benchmark workspace\ntoday: 2026-11-24\n")
    for index in range(args.files):
        with open(os.path.join(args.out, "objectives", f"team-{index:05d}.md"), "w") as f:
            f.write(objectives_file(args, rng, index))
    for index in range(args.roadmaps):
        with open(os.path.join(args.out, "roadmaps", f"roadmap-{index:03d}.md"), "w") as f:
            f.write(roadmap(args, rng, index))
    if args.chain:
        with open(os.path.join(args.out, "roadmaps", "chain.md"), "w") as f:
            f.write(chain(args, rng))
    print(f"generated {args.files} objectives files and {args.roadmaps} roadmaps in {args.out}")


if __name__ == "__main__":
    main()
