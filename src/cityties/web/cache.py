"""A small in-process cache of anonymous read responses (place pages, the read API).

Offices read far more than they write, and many people open the same place page. A response is
reused only when it is safe to share: a GET or HEAD with no Authorization header and no session
cookie, a 200 without Set-Cookie, on a read-only path. Any POST through this process empties the
cache at once; changes made elsewhere (the CLI, another worker) show after `ttl` seconds.
Set CITYTIES_WEB_CACHE=0 to switch it off.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict

CACHEABLE = re.compile(
    r"^/(?:$|map$|places/\d+$|partnerships/\d+$|api/(?:places|partnerships/\d+|network|claims))")


class ResponseCache:
    def __init__(self, app, *, ttl: float = 10.0, max_entries: int = 2000, cookie: str = "cityties_session"):
        self.app = app
        self.ttl = ttl
        self.max_entries = max_entries
        self.cookie = cookie.encode() + b"="
        self.generation = 0
        self.entries: OrderedDict[tuple, tuple[float, int, dict, list[bytes]]] = OrderedDict()

    def clear(self) -> None:
        self.generation += 1
        self.entries.clear()

    def _shareable(self, scope) -> bool:
        if scope["method"] not in ("GET", "HEAD") or not CACHEABLE.match(scope["path"]):
            return False
        for name, value in scope["headers"]:
            if name == b"authorization" or (name == b"cookie" and self.cookie in value):
                return False
        return True

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if scope["method"] not in ("GET", "HEAD", "OPTIONS"):
            self.clear()
            try:
                return await self.app(scope, receive, send)
            finally:
                self.clear()
        if not self._shareable(scope):
            return await self.app(scope, receive, send)
        accept = next((v for n, v in scope["headers"] if n == b"accept"), b"")[:200]
        key = (scope["method"], scope["path"], scope["query_string"], accept)
        hit = self.entries.get(key)
        now = time.monotonic()
        if hit is not None and hit[0] > now and hit[1] == self.generation:
            await send(hit[2])
            for i, chunk in enumerate(hit[3]):
                await send({"type": "http.response.body", "body": chunk, "more_body": i < len(hit[3]) - 1})
            return
        generation, start, chunks = self.generation, {}, []

        async def capture(message):
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body") and self._storable(start) and generation == self.generation:
                    expires = time.monotonic() + self.ttl
                    self.entries[key] = (expires, generation, start, list(chunks) or [b""])
                    self.entries.move_to_end(key)
                    while len(self.entries) > self.max_entries:
                        self.entries.popitem(last=False)
            await send(message)

        await self.app(scope, receive, capture)

    @staticmethod
    def _storable(start: dict) -> bool:
        return start.get("status") == 200 and not any(n == b"set-cookie" for n, _ in start.get("headers", []))
