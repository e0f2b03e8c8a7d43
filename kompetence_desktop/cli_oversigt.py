"""``kompetence oversigt FIL|MAPPE... -o UD.pdf|UD.xlsx``: the area overview.

Reads every tilbud file given (and every ``.kompetence`` file directly in a
folder given) strictly read-only — no lock, no journal, no backup — and
writes one anonymous overview. A file that can't be read is listed in the
overview and on stdout as *kunne ikke læses* with the reason; the command
still succeeds (exit 0) when at least one file was read. No file read: one
Danish line on stderr, exit 2.
"""
from __future__ import annotations

from pathlib import Path

NO_FILES = "Der er ingen kompetencefiler (.kompetence) i det, du har angivet."
NONE_READ = "Ingen af filerne kunne læses, så der er intet overblik at skrive."
WRONG_KIND = "Overblikket kan skrives som PDF (.pdf) eller Excel (.xlsx) – ikke {path}."


def cmd_oversigt(args) -> int:
    from .cli import CliError, _write_bytes_atomic
    from .domain import dates
    from .reports.output import output_problem
    from .operations import area as reader

    out = Path(args.output)
    ext = out.suffix.lower().lstrip(".")
    if ext not in ("pdf", "xlsx"):
        raise CliError(WRONG_KIND.format(path=out))
    sources = [Path(s) for s in args.sources]
    for s in sources:
        if not s.exists():
            from .storage.tilbudfile import FileProblem

            raise FileProblem("missing", s)
    files = reader.collect(sources)
    problem = output_problem(out, ext, inputs=files)
    if problem:
        raise CliError(problem)
    if not files:
        raise CliError(NO_FILES)

    def import_renderer():
        if ext == "pdf":
            from .reports import fonts  # reportlab and its fonts, loaded while the files are read

            fonts.register()
        else:
            import sys

            # openpyxl imports numpy whenever it is installed, only to accept numpy's number types
            # in cells (0.06–0.1 s here); the overview writes Python numbers, so this process
            # hides numpy from that one import and then lets it be imported normally again
            hide = "numpy" not in sys.modules
            if hide:
                sys.modules["numpy"] = None
            try:
                import openpyxl  # loaded while the files are read
            finally:
                if hide:
                    del sys.modules["numpy"]

    area = reader.read_all(files, dates.today(), workers=args.workers, meanwhile=import_renderer)
    from .reports import oversigt as report

    def list_unreadable():
        for u in area.unreadable:
            print(f"{u.file}: {report.COULD_NOT_READ}: {report.unreadable_reason(u.code)}")

    if not area.tilbud:
        list_unreadable()
        raise CliError(NONE_READ)
    render = report.render_oversigt_pdf if ext == "pdf" else report.render_oversigt_xlsx
    _write_bytes_atomic(out, render(area))
    print(f"Skrev områdeoverblikket over {len(area.tilbud)} tilbud til {args.output}.")
    list_unreadable()
    return 0


def register(sub) -> None:
    s = sub.add_parser("oversigt", help="skriv et anonymt overblik over flere tilbud (PDF eller Excel)")
    s.add_argument("sources", nargs="+", metavar="FIL|MAPPE",
                   help="tilbudsfiler, eller mapper med .kompetence-filer")
    s.add_argument("-o", "--output", required=True, metavar="UD.pdf|UD.xlsx")
    s.add_argument("--workers", type=int, default=None, metavar="N",
                   help="antal processer, der læser filerne (standard: efter antal filer og kerner)")
    s.set_defaults(func=cmd_oversigt)
