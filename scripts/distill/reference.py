"""Top-1 / top-2 accuracy of the full all-MiniLM-L6-v2 sentence model on the evaluation set, as a
reference point for Bearing's own inference (which runs without the model).

    python scripts/distill/reference.py .build/release/bearing
"""
import sys

import numpy as np

from eval_data import load, priority_text
from minilm import MiniLM


def main():
    orgs = load(sys.argv[1])
    model = MiniLM()
    results = {"whole": [0, 0], "best facet": [0, 0]}
    total = 0
    for org in orgs:
        ids = [p["id"] for p in org["priorities"]]
        whole = model.encode([priority_text(p, org["subs"][p["id"]]) for p in org["priorities"]])
        facets = []
        for p in org["priorities"]:
            texts = [p["title"]] + [s["summary"] or s["title"] for s in org["subs"][p["id"]]]
            texts += [t for t in (p.get("summary"), p.get("success_signal")) if t]
            facets.append(model.encode(texts))
        items = model.encode([i["text"] for i in org["items"]])
        for row, item in enumerate(org["items"]):
            total += 1
            for name, scores in (("whole", whole @ items[row]), ("best facet", np.array([(f @ items[row]).max() for f in facets]))):
                ranked = [ids[k] for k in np.argsort(-scores)]
                results[name][0] += ranked[0] == item["label"]
                results[name][1] += item["label"] in ranked[:2]
    for name, (top1, top2) in results.items():
        print(f"all-MiniLM-L6-v2 ({name}): top-1 {top1 / total:.3f}  top-2 {top2 / total:.3f}  ({total} items)")


if __name__ == "__main__":
    main()
