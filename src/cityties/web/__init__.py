"""show: the web app (pages and REST API) over the registry; `cityties serve` runs it."""

from .app import create_app

__all__ = ["create_app"]
