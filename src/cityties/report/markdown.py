"""The Markdown report: the same sections as the HTML one, as tables (no charts)."""

from __future__ import annotations


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(rows: list[dict], cols: list[str]) -> list[str]:
    if not rows:
        return ["_none_", ""]
    out = ["| " + " | ".join(c.replace("_", " ") for c in cols) + " |",
           "| " + " | ".join("---" for _ in cols) + " |"]
    out += ["| " + " | ".join(_cell(r.get(c)) for c in cols) + " |" for r in rows]
    return out + [""]


def render_markdown(data: dict) -> str:
    p, s = data["place"], data["stats"]
    title = p["name"] + (" (with the places inside it)" if data["rollup"] else "")
    lines = [f"# {title}", "",
             f"{p['kind']}, {', '.join(p['part_of']) or p['country'] or ''}. "
             f"Report of {data['generated']} from the cityties registry.", "",
             "## Totals", "",
             f"- **{s['pairs']}** partnerships with **{s['countries']}** countries on "
             f"**{s['continents']}** continents ({s['undated']} with no known start date)",
             "- by stage: " + ", ".join(f"{k} {v}" for k, v in s["by_stage"].items()),
             "- by type: " + ", ".join(f"{k} {v}" for k, v in s["by_type"].items()), "",
             "## By continent", ""]
    lines += _table([dict(continent=k, partnerships=v) for k, v in s["by_continent"].items()],
                    ["continent", "partnerships"])
    lines += ["## Partners", ""]
    lines += _table(data["partners"], ["partner", "country", "type", "stage", "since", "place"])
    lines += ["## Signings by year", ""]
    lines += _table(data["signings"], ["year", "count"])
    lines += [f"{data['undated']} partnership(s) have no known start date.", "", "## Pipeline", ""]
    lines += _table(data["pipeline"], ["stage", "partner", "partner_country", "in_stage_since",
                                       "days_in_stage", "place"])
    lines += [f"## Round anniversaries until {data['anniversaries_to']}", ""]
    lines += _table(data["anniversaries"], ["date", "years", "partner", "partner_country", "since",
                                            "place"])
    lines += ["## From the news", ""]
    lines += _table(data["news"], ["published", "kind", "evidence", "source", "url"])
    lines += ["## Claims against counts", ""]
    lines += _table(data["claims"], ["date", "claimed_partners", "registry_partners",
                                     "claimed_countries", "registry_countries", "explanation",
                                     "source"])
    return "\n".join(lines) + "\n"
