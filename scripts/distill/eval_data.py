"""Loads the evaluation set (eval/*/strategy.md + items.md) through `bearing export`, so Python sees
exactly the priorities and item texts that Bearing's own parser produces."""
import json
import os
import re
import shutil
import subprocess
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
EXPECTED = re.compile(r"^Expected:\s*(\S+)\s*$", re.M)


def load(bearing, eval_dir=os.path.join(ROOT, "eval")):
    orgs = []
    for name in sorted(os.listdir(eval_dir)):
        folder = os.path.join(eval_dir, name)
        if not os.path.isdir(folder):
            continue
        with tempfile.TemporaryDirectory() as ws:
            shutil.copy(os.path.join(folder, "strategy.md"), os.path.join(ws, "strategy.md"))
            os.makedirs(os.path.join(ws, "objectives"))
            shutil.copy(os.path.join(folder, "items.md"), os.path.join(ws, "objectives", "items.md"))
            out = subprocess.run([bearing, "export", "--workspace", ws], capture_output=True, text=True)
            model = json.loads(out.stdout)
        priorities = [p for p in model["priorities"] if p["parent"] is None]
        subs = {p["id"]: [s for s in model["priorities"] if s["parent"] == p["id"]] for p in priorities}
        items = []
        for o in model["objectives"]:
            label = EXPECTED.search(o["body"]).group(1)
            body = EXPECTED.sub("", o["body"]).strip()
            items.append({"title": o["title"], "text": o["title"] + ". " + body, "label": label})
        orgs.append({"name": name, "priorities": priorities, "subs": subs, "items": items})
    return orgs


def priority_text(priority, subs):
    parts = [priority["title"], priority.get("summary") or "", priority.get("success_signal") or ""]
    parts += [s["summary"] or s["title"] for s in subs]
    return ". ".join(p for p in parts if p)
