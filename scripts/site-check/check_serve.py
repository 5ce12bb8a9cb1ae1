"""`bearing serve` in headless Chromium: a page reloads by itself when a file is saved, shows the plan's errors
over the last good site, and drops them once fixed.

1. serve a copy of the example workspace on a free port; open strategy.html;
2. rename a priority in strategy.md: the open page shows the new name (nobody reloads it);
3. break a reference in an objectives file: the page keeps the renamed site and lists the error at its
   file:line in an overlay (screenshot saved); fix it: the overlay goes;
4. a WebSocket opened late on the endpoint gets the current build id first, the one the page was served with;
5. no console errors and no request outside the served site.

Generous timeouts, no timed assertions: each step waits up to a minute for what it expects.

    python scripts/site-check/check_serve.py BEARING screenshots
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_site import Browser  # noqa: E402

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BROKEN = "\n## A freshly broken objective\n\n- **Priorities:** no-such-priority\n"


def workspace():
    folder = tempfile.mkdtemp(prefix="bearing-serve-check-")
    for name in ("strategy.md", "bearing.yml"):
        shutil.copy(os.path.join(REPOSITORY, name), folder)
    for name in ("objectives", "roadmaps"):
        shutil.copytree(os.path.join(REPOSITORY, name), os.path.join(folder, name))
    return folder


def start(binary, folder):
    process = subprocess.Popen([binary, "serve", "--workspace", folder, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:\d+/", line)
    if not match:
        process.kill()
        raise RuntimeError("bearing serve printed no address: " + line + process.stderr.read())
    return process, match.group(0)


def wait_until(browser, expression, what, timeout=60):
    """Evaluates `expression` in the page until it is true; a reload in between is fine."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if browser.evaluate(expression):
                return
        except RuntimeError:
            pass  # the page was reloading
        time.sleep(0.25)
    raise RuntimeError("timed out waiting until " + what)


def edit(path, change):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(change(text))


def main():
    binary, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    folder = workspace()
    process, url = start(binary, folder)
    browser = Browser()
    problems = []
    try:
        browser.visit(url + "strategy.html")
        served = browser.evaluate("document.querySelector('script[data-build]').getAttribute('data-build')")
        old = browser.evaluate("document.body.innerText")
        if "Zebra crossings everywhere" in old:
            problems.append("the page already holds the new name")

        # 2. A saved file reloads the open page.
        strategy = os.path.join(folder, "strategy.md")
        edit(strategy, lambda text: re.sub(r"\*\*[^*]+\*\*", "**Zebra crossings everywhere.**", text, count=1))
        wait_until(browser, "document.body.innerText.includes('Zebra crossings everywhere')", "the page shows the renamed priority")
        reloaded = browser.evaluate("document.querySelector('script[data-build]').getAttribute('data-build')")
        if reloaded == served:
            problems.append("the page changed but carries the same build id")

        # 3. Errors: the last good site stays, with an overlay at file:line; fixed, the overlay goes.
        objectives = os.path.join(folder, "objectives", "2026-Q4.md")
        edit(objectives, lambda text: text + BROKEN)
        wait_until(browser, "!!document.getElementById('bearing-serve-errors')", "the error overlay appears")
        overlay = browser.evaluate("document.getElementById('bearing-serve-errors').innerText")
        if not re.search(r"objectives/2026-Q4\.md:\d+:\d+: unknown priority `no-such-priority`", overlay):
            problems.append("the overlay does not list the error at its file:line: " + overlay)
        if "Zebra crossings everywhere" not in browser.evaluate("document.body.innerText"):
            problems.append("the page with errors is not the last good site")
        browser.screenshot(os.path.join(shots, "serve-errors.png"))
        edit(objectives, lambda text: text.replace(BROKEN, ""))
        wait_until(browser, "!document.getElementById('bearing-serve-errors')", "the overlay goes once the error is fixed")

        # 4. A listener that connects late gets the current build id first.
        current = browser.evaluate("document.querySelector('script[data-build]').getAttribute('data-build')")
        first = browser.call("Runtime.evaluate", awaitPromise=True, returnByValue=True, expression=(
            "new Promise(function (done) { var s = new WebSocket('ws://' + location.host + '/__bearing/live');"
            " s.onmessage = function (e) { s.close(); done(JSON.parse(e.data).build); }; })"))["result"].get("value")
        if first != current:
            problems.append(f"a late listener got build {first}, the page is build {current}")

        # 5. Nothing wrong in the console, nothing loaded from elsewhere.
        problems += browser.problems(url.rstrip("/"))
    finally:
        browser.close()
        process.terminate()
        process.wait(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    if problems:
        print("check_serve: " + "\n  ".join(["problems:"] + problems))
        return 1
    print("check_serve: a saved file reloaded the open page; errors shown over the last good site and cleared when fixed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
