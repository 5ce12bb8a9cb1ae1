"""The full all-MiniLM-L6-v2 sentence model on every evaluation set, as the reference for Bearing's own inference
(which runs without the model): top-1 / top-2, and orphans by the same rule Bearing uses (an item is an orphan when
its best cosine with a priority's text or facets is no higher than its mean cosine with its three closest items of
the background bank). Reads exactly the texts Bearing reads, through `bearing eval --dump`, and writes the figures
to eval/reference.json, which the tests and docs read.

    python scripts/distill/reference.py .build/release/bearing
"""
import json
import os
import subprocess
import sys

import numpy as np

from minilm import MiniLM

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def main():
    data = json.loads(subprocess.run([sys.argv[1], "eval", "--dump", "--set", os.path.join(ROOT, "eval")],
                                     capture_output=True, text=True, check=True).stdout)
    model = MiniLM()
    bank = model.encode(data["background"])
    unrelated = model.encode(data["unrelated"]) if data["unrelated"] else np.zeros((0, bank.shape[1]))

    def background(vectors):
        sims = vectors @ bank.T
        return np.sort(sims, axis=1)[:, -3:].mean(axis=1)

    rows = {}
    un_total = un_flagged = 0
    for org in data["organizations"]:
        facets = [model.encode(texts) for texts in org["texts"]]
        items = model.encode(org["items"])
        row = {"items": 0, "top1": 0, "top2": 0, "whole_top1": 0, "aligned_flagged": 0, "unrelated": 0, "unrelated_flagged": 0}
        best = np.array([[(f @ item).max() for f in facets] for item in items])
        whole = np.array([[f[0] @ item for f in facets] for item in items])
        bg = background(items)
        for k, label in enumerate(org["labels"]):
            orphan = best[k].max() <= bg[k]
            if label == "none":
                row["unrelated"] += 1
                row["unrelated_flagged"] += int(orphan)
                continue
            ranked = [org["priorities"][j] for j in np.argsort(-best[k], kind="stable")]
            row["items"] += 1
            row["top1"] += ranked[0] == label
            row["top2"] += label in ranked[:2]
            row["whole_top1"] += org["priorities"][int(np.argmax(whole[k]))] == label
            row["aligned_flagged"] += int(orphan)
        if len(unrelated):
            ub = np.array([[(f @ u).max() for f in facets] for u in unrelated]).max(axis=1)
            un_total += len(unrelated)
            un_flagged += int((ub <= background(unrelated)).sum())
        rows[org["name"]] = {k: int(v) for k, v in row.items()}
    rows["unrelated"] = {"unrelated": un_total, "unrelated_flagged": un_flagged}
    out = os.path.join(ROOT, "eval", "reference.json")
    with open(out, "w") as f:
        json.dump({"model": "all-MiniLM-L6-v2 (best facet; orphan rule as Bearing's)", "sets": rows}, f, indent=2, sort_keys=True)
        f.write("\n")
    for name, row in rows.items():
        if "items" in row and row["items"]:
            n = row["items"]
            print(f"{name:24} top-1 {row['top1'] / n:.3f}  top-2 {row['top2'] / n:.3f}  whole {row['whole_top1'] / n:.3f}  aligned flagged {row['aligned_flagged']}/{n}")
    print(f"unrelated flagged {un_flagged}/{un_total}")


if __name__ == "__main__":
    main()
