"""Time from a saved file to the reload message of `bearing serve`.

Starts `bearing serve --port 0` on a workspace, listens on its WebSocket endpoint as an open page does, then
several times appends a line to an objectives file and measures the time from the write to the message that
carries the new build id. Standard library only (a minimal WebSocket client: text frames from the server).

    python3 scripts/bench/reload_latency.py BEARING WORKSPACE [--runs 5] [--poll]
"""
import argparse
import base64
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import time


class Listener:
    """A WebSocket client that reads the server's text messages."""

    def __init__(self, host, port, path="/__bearing/live"):
        self.sock = socket.create_connection((host, port), timeout=120)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(4096)
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("no WebSocket upgrade: " + head.decode(errors="replace"))

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("the server closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def message(self):
        """The next text message (frames from a server are not masked)."""
        payload = b""
        while True:
            first, second = self._read(2)
            length = second & 0x7F
            if length == 126:
                length = int.from_bytes(self._read(2), "big")
            elif length == 127:
                length = int.from_bytes(self._read(8), "big")
            payload += self._read(length)
            if first & 0x80:
                return json.loads(payload.decode())


def start(binary, workspace, poll):
    args = [binary, "serve", "--workspace", workspace, "--port", "0"] + (["--poll"] if poll else [])
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://([\d.]+):(\d+)/", line)
    if not match:
        process.kill()
        raise RuntimeError("bearing serve printed no address: " + line)
    return process, match.group(1), int(match.group(2))


def cpu_seconds(pid):
    """User + system CPU seconds of a process so far (Linux /proc), or None elsewhere."""
    try:
        fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def measure(binary, workspace, runs, poll, cpu=None):
    """Seconds from each save to its reload message; `cpu`, a list, receives the server's CPU seconds per save."""
    target = next(os.path.join(root, name) for root, _, names in sorted(os.walk(os.path.join(workspace, "objectives")))
                  for name in sorted(names) if name.endswith(".md"))
    original = open(target, encoding="utf-8").read()
    process, host, port = start(binary, workspace, poll)
    times = []
    try:
        listener = Listener(host, port)
        build = listener.message()["build"]
        for run in range(runs):
            time.sleep(0.5)  # let the previous rebuild's events settle
            used = cpu_seconds(process.pid)
            started = time.perf_counter()
            with open(target, "a", encoding="utf-8") as f:
                f.write(f"\nEdited for the reload benchmark, run {run}.\n")
            while True:
                state = listener.message()
                if state["build"] != build:
                    break
            times.append(time.perf_counter() - started)
            if cpu is not None and used is not None:
                cpu.append(cpu_seconds(process.pid) - used)
            build = state["build"]
    finally:
        process.terminate()
        process.wait(timeout=30)
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
    return times


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("workspace")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--poll", action="store_true")
    args = parser.parse_args()
    cpu = []
    times = measure(args.binary, args.workspace, args.runs, args.poll, cpu)
    print(json.dumps({"runs": len(times), "median_s": round(statistics.median(times), 3),
                      "median_cpu_s": round(statistics.median(cpu), 3) if cpu else None,
                      "min_s": round(min(times), 3), "max_s": round(max(times), 3)}))


if __name__ == "__main__":
    sys.exit(main())
