"""A small headless-Chromium driver over the DevTools protocol, stdlib only.

Used by the browser tests, ``benchmarks/bench_html.py`` and
``scripts/screenshot.py``. It talks to Debian's ``chromium`` through
``--remote-debugging-pipe`` (NUL-separated JSON on file descriptors 3 and 4),
so it needs no websocket package, no driver binary and no browser download.

Every page starts offline: the browser is pointed at a dead proxy and a
resolver that finds nothing, and each request other than the page's own file
is failed in the ``Fetch`` domain and recorded in :attr:`Page.requests`.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

__all__ = ["find_chromium", "Chromium", "Page", "BrowserError"]

_CANDIDATES = ("chromium", "chromium-browser", "google-chrome-stable", "google-chrome")

# Schemes that never leave the file: inline data, blobs the page made itself.
_LOCAL_SCHEMES = ("data:", "blob:", "about:")


_LAUNCHER = """
import fcntl, os, sys
ends = [int(sys.argv[1]), int(sys.argv[2])]
high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in ends]
for target, fd in zip((3, 4), high):
    os.dup2(fd, target)
for fd in high + [fd for fd in ends if fd not in (3, 4)]:
    os.close(fd)
os.execv(sys.argv[3], sys.argv[3:])
"""


class BrowserError(RuntimeError):
    """Chromium could not be started or a DevTools command failed."""


def find_chromium() -> str | None:
    """The Chromium executable: ``$KGRAPH_CHROMIUM`` or the first on ``PATH``."""
    explicit = os.environ.get("KGRAPH_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).exists() else shutil.which(explicit)
    for name in _CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Chromium:
    """One headless Chromium process; open pages with :meth:`new_page`.

    Use as a context manager: the process and its profile directory are
    removed on exit.
    """

    def __init__(self, executable: str | None = None, *, width: int = 1280, height: int = 800,
                 scale: float = 1.0, timeout: float = 30.0) -> None:
        self.executable = executable or find_chromium()
        if not self.executable:
            raise BrowserError("no Chromium found: apt-get install chromium, or set KGRAPH_CHROMIUM")
        self.width, self.height, self.scale, self.timeout = width, height, scale, timeout
        self._profile = tempfile.mkdtemp(prefix="kgraph-chromium-")
        self._next_id = 0
        self._lock = threading.Lock()
        self._replies: dict[int, queue.Queue] = {}
        self._sessions: dict[str, Page] = {}
        self._start()

    # -- process and transport -------------------------------------------------
    def _start(self) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        flags = [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--remote-debugging-pipe", f"--user-data-dir={self._profile}",
            "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-default-apps", "--disable-domain-reliability", "--metrics-recording-only",
            "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
            "--mute-audio", "--hide-scrollbars", f"--window-size={self.width},{self.height}",
            # The network is off: a dead proxy and a resolver that resolves nothing.
            "--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "about:blank",
        ]
        # Chromium reads commands on fd 3 and writes replies on fd 4: a tiny Python
        # launcher moves the pipe ends there (no shell: dash cannot name fds above 9).
        self._process = subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, str(to_browser_r), str(from_browser_w), self.executable, *flags],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._reader = threading.Thread(target=self._read_loop, daemon=True)
        self._reader.start()
        self.send("Target.setDiscoverTargets", {"discover": False})

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                for reply in list(self._replies.values()):
                    reply.put({"error": {"message": "Chromium closed the connection"}})
                return
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                if raw:
                    self._dispatch(json.loads(raw))

    def _dispatch(self, message: dict) -> None:
        if "id" in message:
            reply = self._replies.pop(message["id"], None)
            if reply is not None:
                reply.put(message)
            return
        page = self._sessions.get(message.get("sessionId", ""))
        if page is not None:
            page._on_event(message["method"], message.get("params", {}))

    def _post(self, method: str, params: dict | None, session: str | None) -> queue.Queue:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            reply: queue.Queue = queue.Queue(maxsize=1)
            self._replies[ident] = reply
            message: dict[str, Any] = {"id": ident, "method": method, "params": params or {}}
            if session:
                message["sessionId"] = session
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return reply

    def send(self, method: str, params: dict | None = None, *, session: str | None = None,
             timeout: float | None = None) -> dict:
        """Send one DevTools command and wait for its result."""
        reply = self._post(method, params, session)
        try:
            message = reply.get(timeout=timeout or self.timeout)
        except queue.Empty:
            raise BrowserError(f"{method}: no reply within {timeout or self.timeout} s") from None
        if "error" in message:
            raise BrowserError(f"{method}: {message['error'].get('message')}")
        return message.get("result", {})

    def send_nowait(self, method: str, params: dict | None = None, *, session: str | None = None) -> None:
        """Send a command without waiting (used from the event thread)."""
        self._post(method, params, session)

    # -- pages -----------------------------------------------------------------
    def new_page(self) -> Page:
        """A fresh offline tab of the browser's window size."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, target, session)
        self._sessions[session] = page
        page._setup()
        return page

    def close(self) -> None:
        """Stop Chromium and remove its profile."""
        if self._process.poll() is None:
            try:
                self.send("Browser.close", timeout=5)
            except BrowserError:
                pass
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Page:
    """One tab: navigate, evaluate JavaScript, move the mouse, take screenshots.

    Attributes record what the page did: ``requests`` (every URL it asked for
    other than its own file and inline ``data:``/``blob:`` URLs; all were
    failed), ``console`` (``(level, text)`` of console calls and log entries),
    ``errors`` (uncaught exceptions and console errors) and ``dialogs``
    (alert/confirm/prompt messages; each was dismissed).
    """

    def __init__(self, browser: Chromium, target: str, session: str) -> None:
        self.browser, self.target, self.session = browser, target, session
        self.allowed: set[str] = set()
        self.requests: list[str] = []
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.frames: list[Page] = []  # out-of-process iframes (a sandboxed srcdoc, ...), attached as they open
        self._loaded = threading.Event()

    def send(self, method: str, params: dict | None = None, *, timeout: float | None = None) -> dict:
        return self.browser.send(method, params, session=self.session, timeout=timeout)

    def _setup(self) -> None:
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send("Fetch.enable", {"patterns": [{"urlPattern": "*"}]})
        self.send("Target.setAutoAttach", {"autoAttach": True, "waitForDebuggerOnStart": False, "flatten": True})
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": self.browser.width, "height": self.browser.height,
            "deviceScaleFactor": self.browser.scale, "mobile": False,
        })

    def _on_event(self, method: str, params: dict) -> None:
        if method == "Fetch.requestPaused":
            url = params["request"]["url"]
            if url in self.allowed or url.startswith(_LOCAL_SCHEMES):
                self.browser.send_nowait("Fetch.continueRequest", {"requestId": params["requestId"]},
                                         session=self.session)
            else:
                self.browser.send_nowait("Fetch.failRequest", {
                    "requestId": params["requestId"], "errorReason": "BlockedByClient",
                }, session=self.session)
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if url not in self.allowed and not url.startswith(_LOCAL_SCHEMES):
                self.requests.append(url)
        elif method == "Runtime.consoleAPICalled":
            text = " ".join(str(arg.get("value", arg.get("description", ""))) for arg in params["args"])
            self.console.append((params["type"], text))
            if params["type"] in ("error", "assert"):
                self.errors.append(f"console.{params['type']}: {text}")
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text", "")
            self.errors.append(f"exception: {text}")
        elif method == "Log.entryAdded":
            entry = params["entry"]
            self.console.append((entry["level"], entry.get("text", "")))
            if entry["level"] == "error":
                self.errors.append(f"log: {entry.get('text', '')} {entry.get('url', '')}".strip())
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(params.get("message", ""))
            self.browser.send_nowait("Page.handleJavaScriptDialog", {"accept": False}, session=self.session)
        elif method == "Page.loadEventFired":
            self._loaded.set()
        elif method == "Target.attachedToTarget":  # an iframe in its own process: same offline rules, same records
            child = Page(self.browser, params["targetInfo"]["targetId"], params["sessionId"])
            child.allowed, child.requests, child.console = self.allowed, self.requests, self.console
            child.errors, child.dialogs = self.errors, self.dialogs
            self.browser._sessions[child.session] = child
            for domain in ("Runtime", "Log", "Network"):
                self.browser.send_nowait(f"{domain}.enable", session=child.session)
            self.browser.send_nowait("Fetch.enable", {"patterns": [{"urlPattern": "*"}]}, session=child.session)
            self.frames.append(child)
        elif method == "Target.detachedFromTarget":  # a frame that moved to another process or closed
            self.frames = [frame for frame in self.frames if frame.session != params.get("sessionId")]

    def goto(self, target: str | Path, *, timeout: float = 30.0) -> float:
        """Open a local file (or URL) and wait for its load event; seconds taken."""
        url = Path(target).resolve().as_uri() if not str(target).startswith(("file:", "about:", "data:")) \
            else str(target)
        self.allowed.add(url)
        self._loaded.clear()
        start = time.perf_counter()
        result = self.send("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserError(f"cannot open {url}: {result['errorText']}")
        if not self._loaded.wait(timeout):
            raise BrowserError(f"{url} did not finish loading within {timeout} s")
        return time.perf_counter() - start

    def evaluate(self, expression: str, *, timeout: float | None = None) -> Any:
        """The JSON value of a JavaScript expression (promises are awaited)."""
        result = self.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True,
        }, timeout=timeout)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            text = details.get("exception", {}).get("description") or details.get("text")
            raise BrowserError(f"evaluate({expression[:60]!r}): {text}")
        return result["result"].get("value")

    def wait_for(self, expression: str, *, timeout: float = 30.0, interval: float = 0.02) -> Any:
        """Poll a JavaScript expression until it is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value:
                return value
            if time.monotonic() > deadline:
                raise BrowserError(f"timed out after {timeout} s waiting for {expression!r}")
            time.sleep(interval)

    def mouse_move(self, x: float, y: float) -> None:
        """Move the real (DevTools) mouse pointer to viewport coordinates."""
        self.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def click(self, x: float, y: float) -> None:
        """Press and release the left button at viewport coordinates."""
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {
                "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1,
            })

    def type_text(self, text: str) -> None:
        """Type text into the focused element."""
        self.send("Input.insertText", {"text": text})

    def press(self, key: str) -> None:
        """Press and release a named key (``Enter``, ``Escape``, ``Tab``)."""
        codes = {"Enter": 13, "Escape": 27, "Tab": 9}
        if key not in codes:
            raise BrowserError(f"press() knows {', '.join(codes)}, not {key!r}")
        text = "\r" if key == "Enter" else ""
        for kind in ("keyDown", "keyUp"):
            params = {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": codes[key]}
            if kind == "keyDown" and text:
                params["text"] = text
            self.send("Input.dispatchKeyEvent", params)

    def screenshot(self, path: str | Path) -> Path:
        """Write a PNG of the viewport to ``path``."""
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path


# -- a synthetic knowledge graph, for the browser tests and the benchmark ------

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ")
_MIDDLE = ("Văn", "Thị", "Quốc", "Minh", "Đức", "Thanh", "Xuân", "Hồng")
_GIVEN = ("An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Mai", "Nam", "Phúc", "Sơn", "Thắng")
_BODIES = ("Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân tỉnh", "Ban Tổ chức Tỉnh ủy", "Sở Nội vụ",
           "Ban Tuyên giáo Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy")
_PLACES = ("Hà Nội", "Kon Tum", "Gia Lai", "Đắk Lắk", "Bình Định", "Quảng Ngãi", "Nghệ An", "Thanh Hóa",
           "Cần Thơ", "Huế", "Đà Nẵng", "Lào Cai")
_ROLES = ("Bí thư", "Phó Bí thư", "Chủ tịch", "Phó Chủ tịch", "Trưởng ban", "Giám đốc", "Ủy viên")


def synthetic_graph(n: int = 2000, *, seed: int = 0):
    """A random graph with the view's schema and roughly news-like shape.

    45% people, 20% bodies, 20% events, 10% documents, 5% places; people hold
    1-2 posts and attend 1-3 events, popular bodies and events draw more
    (Zipf-like weights). About 2.2 relations per entity.
    """
    import random

    import networkx as nx

    rng = random.Random(seed)
    G = nx.MultiDiGraph()
    counts = {"Person": 0.45, "Organization": 0.20, "Event": 0.20, "Document": 0.10}
    sizes = {t: max(1, int(n * share)) for t, share in counts.items()}
    sizes["Location"] = max(1, n - sum(sizes.values()))
    nodes: dict[str, list[str]] = {}
    for type_, size in sizes.items():
        nodes[type_] = []
        for i in range(size):
            iri = f"https://w3id.org/kgraph/id/{type_.lower()}/synthetic-{i}"
            place = _PLACES[i % len(_PLACES)]
            label = {
                "Person": f"{rng.choice(_FAMILY)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)} {i}",
                "Organization": f"{_BODIES[i % len(_BODIES)]} {place} {i}",
                "Event": f"Hội nghị số {i} năm {2015 + i % 10}",
                "Document": f"Nghị quyết số {i}-NQ/TU",
                "Location": f"{place} {i}",
            }[type_]
            G.add_node(iri, label=label, type=type_, aliases=[], articles=[f"article-{i % 300}"],
                       date=f"{2015 + i % 10}-0{1 + i % 9}-1{i % 10}" if type_ in ("Event", "Document") else None)
            nodes[type_].append(iri)

    def popular(type_: str) -> str:
        items = nodes[type_]
        return items[min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)] if rng.random() < 0.5 \
            else rng.choice(items)

    def fact(u: str, predicate: str, v: str, role: str | None = None) -> None:
        article = f"article-{rng.randrange(300)}"
        sentence = f"{G.nodes[u]['label']} {predicate.replace('_', ' ')} {G.nodes[v]['label']}."
        evidence = {"article": article, "sentence": sentence, "start": 0, "end": len(sentence)}
        if G.has_edge(u, v, predicate):
            G.edges[u, v, predicate]["evidence"].append(evidence)
            return
        G.add_edge(u, v, key=predicate, predicate=predicate, role=role, roles=[role] if role else [],
                   former=rng.random() < 0.05 if role else False, evidence=[evidence], articles=[article])

    for person in nodes["Person"]:
        for _ in range(rng.choice((1, 1, 2))):
            fact(person, "holds_position", popular("Organization"), rng.choice(_ROLES))
        for _ in range(rng.choice((1, 2, 3))):
            fact(person, "participated_in", popular("Event"))
    for event in nodes["Event"]:
        fact(popular("Organization"), "organized", event)
        if rng.random() < 0.8:
            fact(event, "held_in", popular("Location"))
    for document in nodes["Document"]:
        fact(popular("Organization"), "issued", document)
        if rng.random() < 0.3:
            fact(document, "adopted_at", popular("Event"))
    for org in nodes["Organization"]:
        if rng.random() < 0.4:
            other = popular("Organization")
            if other != org:
                fact(org, "part_of", other)
    return G
