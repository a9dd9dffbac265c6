"""The command line: resolve options, call the library, render, map errors to exit codes.

This is the only module that imports click. Heavy libraries load lazily inside commands.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from . import __version__
from .config import resolve
from .errors import EXIT_CONFLICT, EXIT_INPUT, EXIT_INTERRUPTED, VerifyError


class VerifyGroup(click.Group):
    """Turns library errors into `Error: ...` and a documented exit code, never a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except VerifyError as e:
            if ctx.obj and ctx.obj.get("traceback"):
                raise
            click.echo(f"Error: {e}", err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted — everything stored so far is intact.", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            # `verify report | head`: the reader left; that is not an error.
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            ctx.exit(0)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except Exception as e:  # noqa: BLE001 - last resort: no tracebacks for users
            if ctx.obj and ctx.obj.get("traceback"):
                raise
            click.echo(f"Error: {type(e).__name__}: {e} (run with --traceback for details)", err=True)
            ctx.exit(1)


def _collection(ctx, create: bool = False):
    from .collection import Collection

    settings = resolve(ctx.obj["home"], ctx.obj["model"], ctx.obj.get("max_bytes"))
    coll = Collection(settings)
    if create:
        coll.create()
    return coll


def _date_option(value: str, name: str) -> str:
    from .errors import InputError
    from .ingest import normalise_date

    try:
        return normalise_date(value, name)
    except InputError as e:
        raise click.BadParameter(f"{value!r} is not a date — use YYYY-MM-DD", param_hint=name) from e


def _show_progress(ctx) -> bool:
    return not ctx.obj.get("silent") and sys.stderr.isatty()


def _emit_json(obj) -> None:
    click.echo(json.dumps(obj, indent=2, ensure_ascii=False))


def output_options(fn):
    """Shared row output options (--json, --nl, --csv, --table), as in sqlite-utils."""
    for opt in reversed(
        [
            click.option("--json", "fmt", flag_value="json", help="Output a JSON array."),
            click.option("--nl", "fmt", flag_value="nl", help="Output newline-delimited JSON."),
            click.option("--csv", "fmt", flag_value="csv", help="Output CSV."),
            click.option("--table", "fmt", flag_value="table", default=True, help="Output a table (default)."),
        ]
    ):
        fn = opt(fn)
    return fn


def _emit_rows(rows: list[dict], fmt: str, columns: list[str]) -> None:
    from .output import render_rows

    click.echo(render_rows(rows, fmt, columns), nl=False)


@click.group(cls=VerifyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="verify")
@click.option(
    "--home",
    envvar="VERIFY_HOME",
    type=click.Path(file_okay=False),
    help="Collection directory (env VERIFY_HOME, default ./indexes).",
)
@click.option(
    "--model",
    envvar="VERIFY_MODEL",
    help="Embedding model: all-MiniLM-L6-v2 (default, env VERIFY_MODEL) or a local "
    "sentence-transformers model directory.",
)
@click.option("--silent", is_flag=True, help="No progress bars or status messages on stderr.")
@click.option("--traceback", is_flag=True, help="Show the full traceback on errors.")
@click.pass_context
def cli(ctx, home, model, silent, traceback):
    """verify: cross-check claims across news outlets, offline.

    Ingest articles, then check a claim (who corroborates it, who conflicts, and whether
    the corroboration is independent) or write a report for every claim.

    \b
    Quick start:
      verify ingest seeds/
      verify check "Panjshir is the only holdout against the Taliban"
      verify report --format html --out report.html
    """
    ctx.ensure_object(dict)
    ctx.obj.update(home=home, model=model, silent=silent, traceback=traceback)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", help="Outlet name for these articles (overrides the file's own).")
@click.option("--url", help="URL of the article (for a single file).")
@click.option("--published", help="Publication date, YYYY-MM-DD (overrides the file's own).")
@click.option(
    "--max-size",
    type=float,
    default=None,
    help="Skip files larger than this many MB (default 20, env VERIFY_MAX_BYTES in bytes).",
)
@click.option(
    "--min-checkworthiness",
    type=click.FloatRange(0, 1),
    default=None,
    help="Keep only claims at least this check-worthy (0-1; default: the extractor's).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
@click.pass_context
def ingest(ctx, paths, outlet, url, published, max_size, min_checkworthiness, as_json):
    """Add articles (files or directories) to the collection.

    Formats: .txt, .md (YAML front matter), .html, .json, .jsonl, .csv (fields: text or
    body, title, outlet or source, url, published). Unchanged articles are skipped;
    changed ones replace their claims.
    """
    from .ingest import iter_files

    if published:
        published = _date_option(published, "--published")
    if url and (len(paths) > 1 or any(Path(p).is_dir() for p in paths)):
        raise click.BadParameter("--url names one article: give a single file", param_hint="--url")
    if max_size is not None:
        ctx.obj["max_bytes"] = int(max_size * 1024 * 1024)
    coll = _collection(ctx, create=True)
    show = _show_progress(ctx)
    if not ctx.obj["silent"]:
        click.echo(f"Collection: {coll.settings.home} (model {coll.settings.model})", err=True)
    total = sum(1 for f in iter_files(list(paths)) if not isinstance(f, Exception))
    with click.progressbar(
        length=total, label="Ingesting", file=sys.stderr, hidden=not show
    ) as bar:
        summary = coll.ingest(
            list(paths),
            outlet=outlet,
            url=url,
            published=published,
            min_checkworthiness=min_checkworthiness,
            progress=lambda _p: bar.update(1),
        )
    for err in summary.errors:
        click.echo(f"Error: {err}", err=True)
    if as_json:
        _emit_json(summary.to_dict())
    if not ctx.obj["silent"]:
        click.echo(
            f"Articles: {summary.added} added, {summary.updated} updated, "
            f"{summary.unchanged} unchanged, {summary.failed} failed; {summary.claims} claims stored.",
            err=True,
        )
    if summary.failed:
        ctx.exit(EXIT_INPUT)


@cli.command()
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@click.pass_context
def claims(ctx, article, as_json):
    """List the claims of one ARTICLE (its id, the path it came from, or its URL)."""
    coll = _collection(ctx)
    art = coll.find_article(article)
    rows = coll.article_claims(art["id"])
    if as_json:
        _emit_json(rows)
        return
    click.echo(f"Article {art['id']}: {art['title'] or art['source_path']} — {art['outlet']}")
    for r in rows:
        prov = []
        if r["speaker"]:
            prov.append(f"speaker: {r['speaker']}")
        if r["cited_source"]:
            prov.append(f"cites: {r['cited_source']}")
        extra = f"  [{'; '.join(prov)}]" if prov else ""
        click.echo(f"{r['id']:>6} [{r['start']}:{r['end']}] {r['text']}{extra}")


@cli.command()
@click.argument("claim")
@click.option("-k", "k", type=click.IntRange(1, 200), default=10, show_default=True, help="Evidence statements to return.")
@click.option("--outlet", "outlets", multiple=True, help="Only evidence from this outlet (repeatable).")
@click.option("--exclude-outlet", "exclude", multiple=True, help="Ignore this outlet (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Output one JSON object (schema in README).")
@click.option("--fail-on-conflict", is_flag=True, help=f"Exit {EXIT_CONFLICT} if any source conflicts.")
@click.pass_context
def check(ctx, claim, k, outlets, exclude, as_json, fail_on_conflict):
    """Cross-check one CLAIM against the collection."""
    from .match import Matcher

    if not claim.strip():
        raise click.BadParameter("the claim is empty", param_hint="CLAIM")

    coll = _collection(ctx)
    result = Matcher(coll).check(
        claim,
        k=k,
        outlets=list(outlets) or None,
        exclude_outlets=list(exclude) or None,
    )
    if as_json:
        _emit_json(result.to_dict())
    else:
        click.echo(_render_check(result))
    if len(claim.split()) < 4 and not ctx.obj["silent"]:
        click.echo(
            "Note: stance labels judge statements; write the claim as a full sentence "
            "(who did what) for meaningful corroborates/conflicts labels.",
            err=True,
        )
    if fail_on_conflict and result.conflicting_outlets:
        ctx.exit(EXIT_CONFLICT)


def _render_check(result) -> str:
    lines = [f"Claim: {result.claim}", f"Agreement: {result.agreement:+.2f} — {result.explanation}"]
    if result.corroborating_outlets:
        lines.append("Corroborating: " + ", ".join(result.corroborating_outlets))
    if result.conflicting_outlets:
        lines.append("Conflicting: " + ", ".join(result.conflicting_outlets))
    by_outlet: dict[str, list] = {}
    for e in result.evidence:
        by_outlet.setdefault(e.outlet, []).append(e)
    for outlet, items in by_outlet.items():
        lines.append("")
        lines.append(f"== {outlet}")
        for e in items:
            meta = " · ".join(x for x in (e.title, e.published, e.url) if x)
            ind = "" if e.independent else " (not independent)"
            det = f" [{'; '.join(e.details)}]" if e.details else ""
            lines.append(f"  {e.stance:<12} {e.similarity:.2f}{ind}{det}  {e.text}")
            if meta:
                lines.append(f"  {'':<12}      {meta}")
    if not result.evidence:
        lines.append("No matching statements in the collection.")
    return "\n".join(lines)


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["md", "html", "json", "csv"]), default="md", show_default=True, help="Report format.")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Write to FILE (atomically) instead of stdout.")
@click.option("--outlet", help="Only claims from this outlet.")
@click.option("--since", help="Only claims from articles published on or after DATE (YYYY-MM-DD).")
@click.option("--fast", is_flag=True, help="Skip the reranker and the stance cross-encoder (about 2.5x faster on large collections; trees-only stance).")
@click.pass_context
def report(ctx, fmt, out, outlet, since, fast):
    """Cross-check every claim (or the filtered ones) against the other outlets."""
    from .report import build_report, render

    since = _date_option(since, "--since") if since else None
    coll = _collection(ctx)
    n = coll.db.execute("select count(*) from claims").fetchone()[0]
    with click.progressbar(length=n, label="Cross-checking", file=sys.stderr, hidden=not _show_progress(ctx)) as bar:
        rep = build_report(coll, outlet=outlet, since=since, progress=bar.update, fast=fast)
    text = render(rep, fmt)
    if out:
        from .output import atomic_write_text

        atomic_write_text(out, text)
        if not ctx.obj["silent"]:
            click.echo(f"Wrote {out} ({rep['summary']['claims']} claims).", err=True)
    else:
        click.echo(text, nl=False)


@cli.command()
@output_options
@click.pass_context
def sources(ctx, fmt):
    """Outlets in the collection with their article and claim counts."""
    rows = _collection(ctx).sources()
    _emit_rows(rows, fmt, ["outlet", "articles", "claims", "first_published", "last_published"])


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@click.pass_context
def stats(ctx, as_json):
    """Counts, model and index state of the collection."""
    st = _collection(ctx).stats()
    if as_json:
        _emit_json(st)
        return
    for k, v in st.items():
        if isinstance(v, dict):
            v = ", ".join(f"{a}={b}" for a, b in v.items())
        click.echo(f"{k}: {v}")


@cli.command()
@click.argument("claim_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Output JSON.")
@click.pass_context
def provenance(ctx, claim_id, as_json):
    """Show where CLAIM_ID comes from: copies, cited outlets, and who relays it."""
    from .provenance import provenance as trace

    p = trace(_collection(ctx), claim_id).to_dict()
    if as_json:
        _emit_json(p)
        return
    c = p["claim"]
    click.echo(f"Claim {c['id']} ({c['outlet']}, {c['published'] or 'no date'}): {c['text']}")
    if c["speaker"]:
        click.echo(f"  speaker: {c['speaker']}")
    click.echo(f"  independent source group: {p['source_group']}")
    for o in p["copy_of"]:
        click.echo(f"  copy of claim {o['id']} ({o['outlet']}, {o['published'] or 'no date'}, sim {o['similarity']}): {o['text']}")
    for ct in p["cites"]:
        st = ct["statement"]
        where = f" -> claim {st['id']}: {st['text']}" if st else " (its statement is not in the collection)"
        click.echo(f"  cites {ct['outlet']}{where}")
    for o in p["copied_by"]:
        click.echo(f"  copied by claim {o['id']} ({o['outlet']})")
    for o in p["relayed_by"]:
        click.echo(f"  relayed by claim {o['id']} ({o['outlet']})")


@cli.command()
@click.option("--type", "type_", help="Only this entity type (PERSON, ORG, PLACE, OUTLET, ...).")
@click.option("--min-count", type=int, default=1, show_default=True, help="Only entities mentioned at least this often.")
@output_options
@click.pass_context
def entities(ctx, type_, min_count, fmt):
    """People, organisations and places with their spelling variants and counts."""
    from .provenance import entity_table

    rows = entity_table(_collection(ctx), type_, min_count)
    if fmt in ("table", "csv"):
        rows = [r | {"variants": " | ".join(r["variants"]), "outlets": ", ".join(r["outlets"])} for r in rows]
    _emit_rows(rows, fmt, ["key", "type", "mentions", "variants", "outlets"])


@cli.group()
def index():
    """Manage the FAISS index (a cache of the vectors stored in SQLite)."""


@index.command("rebuild")
@click.pass_context
def index_rebuild(ctx):
    """Rebuild the FAISS index from the vectors stored in SQLite."""
    coll = _collection(ctx)
    manifest = coll.rebuild_index()
    click.echo(f"Rebuilt {coll.settings.index_dir}: {manifest.count} vectors, {manifest.dims} dims.", err=True)


if __name__ == "__main__":
    cli()
