"""Reports of a place: one self-contained HTML file (charts and map embedded) or Markdown."""

from .data import build_report
from .html import render_html
from .markdown import render_markdown

__all__ = ["build_report", "render_html", "render_markdown"]
