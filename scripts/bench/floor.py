"""What Bearing's output costs at the least: the floors under `bearing build`, measured with tools that do
nothing else (docs/benchmarks.md, "The floor under the targets").

    python3 scripts/bench/floor.py WORKSPACE SITE [--runs 5]

SITE is a folder `bearing build` wrote for WORKSPACE. Three costs are measured, each as the median of the
runs, in CPU seconds:
- parse: `cmark` over every Markdown file of the workspace, in one process;
- write: the site's files, already in memory, written into an empty folder in memory (/dev/shm when there is
  one): the bytes `bearing build` writes, without the disk's own costs, which vary (see `floors`);
- database: planning.db's rows loaded into a new database with the same schema and full-text index, in one
  transaction through prepared statements (SQLite runs it on one core).
Everything else Bearing does — metadata, key results, inference, scoring, pages, JSON, CSV — has to fit in
what the target leaves after these.
"""
import argparse
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile


def cpu():
    """CPU seconds of this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def parse_floor(workspace):
    files = [os.path.join(workspace, "strategy.md")]
    for folder in ("objectives", "roadmaps"):
        files += sorted(os.path.join(workspace, folder, n) for n in os.listdir(os.path.join(workspace, folder)))
    start = cpu()
    subprocess.run(["cmark"] + files, check=True, stdout=subprocess.DEVNULL)
    return cpu() - start


def site_files(site):
    found = []
    for folder, _, names in os.walk(site):
        for name in names:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                found.append((os.path.relpath(path, site), f.read()))
    return sorted(found)


def write_floor(files, parent):
    target = tempfile.mkdtemp(dir=parent, prefix=".floor-")
    for folder in sorted({os.path.dirname(p) for p, _ in files}):
        os.makedirs(os.path.join(target, folder), exist_ok=True)
    start = cpu()
    for path, data in files:
        descriptor = os.open(os.path.join(target, path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(descriptor, data)
        os.close(descriptor)
    spent = cpu() - start
    shutil.rmtree(target)
    return spent


def database_floor(database, parent):
    source = sqlite3.connect(database)
    schema = [sql for (sql,) in source.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'search_%' ORDER BY rowid")]
    tables = [name for (name,) in source.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search%' ORDER BY rowid")]
    rows = {table: source.execute(f'SELECT * FROM "{table}"').fetchall() for table in tables}
    search = source.execute("SELECT kind, id, title, body FROM search").fetchall()
    source.close()
    path = os.path.join(parent, ".floor.db")
    if os.path.exists(path):
        os.remove(path)
    start = cpu()
    target = sqlite3.connect(path, isolation_level=None)
    target.execute("PRAGMA journal_mode = OFF")
    target.execute("PRAGMA synchronous = OFF")
    target.execute("BEGIN")
    for sql in schema:
        target.execute(sql)
    for table, values in rows.items():
        if values:
            target.executemany(f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(values[0]))})', values)
    target.executemany("INSERT INTO search (kind, id, title, body) VALUES (?, ?, ?, ?)", search)
    target.execute("COMMIT")
    target.close()
    spent = cpu() - start
    os.remove(path)
    return spent, sum(len(v) for v in rows.values()) + len(search)


def floors(workspace, site, runs):
    """Medians, in CPU seconds: {'parse': s, 'write': s, 'database': s}, plus the counts behind them."""
    files = site_files(site)
    parent = os.path.dirname(os.path.abspath(site))
    memory = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else parent
    parse = statistics.median(parse_floor(workspace) for _ in range(runs))
    # In memory: on ext4, creating thousands of files just after deleting as many (as every rebuild does) makes
    # the kernel search for free inodes, so the same writes cost 0.2 to 3 s depending on what ran just before.
    write = statistics.median(write_floor(files, memory) for _ in range(runs))
    database = [database_floor(os.path.join(site, "data", "planning.db"), parent) for _ in range(runs)]
    return {"parse": parse, "write": write, "database": statistics.median(d[0] for d in database),
            "files": len(files), "bytes": sum(len(b) for _, b in files), "rows": database[0][1]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace")
    parser.add_argument("site")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not os.path.exists(os.path.join(args.site, "data", "planning.db")):
        sys.exit(f"floor: {args.site} is not a site bearing built (no data/planning.db)")
    result = floors(args.workspace, args.site, args.runs)
    for key in ("parse", "write", "database"):
        print(f"{key}: {result[key]:.2f} CPU s")


if __name__ == "__main__":
    main()
