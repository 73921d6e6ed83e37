"""Queries and analytics over the registry: what the CLI, the web app and reports ask."""
