"""The store: schema, sessions and migrations."""

from .db import Store, database_url, open_store

__all__ = ["Store", "database_url", "open_store"]
