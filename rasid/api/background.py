"""Running the analyst server in a background thread of the current process.

Owns: ``BackgroundServer``, a context manager that starts uvicorn on a free loopback
port and stops it on exit. Used by the API and browser tests and by
``benchmarks/bench_api.py``, and handy in a notebook; ``rasid serve`` runs in the
foreground instead.
"""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import Self

import uvicorn

from rasid.api.app import ServerSettings, create_app
from rasid.errors import RasidError
from rasid.store import Store

__all__ = ["BackgroundServer", "free_port"]


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class BackgroundServer:
    """``with BackgroundServer(store) as server: httpx.get(server.url + "/api/config")``."""

    def __init__(self, store: Store, settings: ServerSettings | None = None, host: str = "127.0.0.1",
                 port: int | None = None, startup_timeout: float = 20.0) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.app = create_app(store, settings)
        config = uvicorn.Config(self.app, host=host, port=self.port, log_level="warning", lifespan="off",
                                access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, name=f"rasid-server-{self.port}", daemon=True)
        self._startup_timeout = startup_timeout

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        deadline = time.monotonic() + self._startup_timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RasidError(f"the server on {self.url} did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
