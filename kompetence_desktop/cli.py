"""The ``kompetence`` command: the file from the command line.

Messages are Danish. A missing, damaged, foreign or newer file gives one
Danish line on stderr and exit code 2, and the file is left untouched
(reading commands open it read-only).

Exit codes: 0 done; 1 ``check`` found missing requirements; 2 the file or
the input can't be used; 3 unexpected error.
"""
from __future__ import annotations

import argparse
import errno
import os
import sys
from pathlib import Path

from . import texts
from .storage.tilbudfile import FileProblem, ReadOnlyError


class CliError(Exception):
    """A Danish message for stderr, exit code 2."""


#: argparse's own words, in Danish (it looks them up through its module-level ``_``)
_ARGPARSE_DA = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "valgmuligheder",
    "optional arguments": "valgmuligheder",
    "show this help message and exit": "vis denne hjælp og afslut",
    "the following arguments are required: %s": "disse argumenter mangler: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ugyldigt valg: %(value)r (vælg mellem %(choices)s)",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "expected one argument": "forventer én værdi",
}
argparse._ = lambda text: _ARGPARSE_DA.get(text, text)


class DanishArgumentParser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own messages are English; keep it short and Danish
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fejl i kommandoen: {message}", file=sys.stderr)
        sys.exit(2)


def _open(path: str, readonly: bool = True):
    from .storage.tilbudfile import open_file

    f = open_file(path, readonly=readonly)
    if not readonly and f.readonly:
        reason, detail = f.readonly_reason, f.readonly_detail
        f.close()
        # the words for why it can't be written: it can be read, so never "kan ikke læses"
        raise FileProblem(detail or reason if reason == "permissions" else reason, path)
    return f


def _repo(f):
    from .storage.repo import Repo

    return Repo(f)


def _checked_output(args, ext: str) -> Path:
    """``args.output`` if a ``.ext`` document may be written there, else CliError:
    never onto the tilbud file, another tilbud or lock file, or a file of another kind."""
    from .reports.output import output_problem

    out = Path(args.output)
    problem = output_problem(out, ext, inputs=[getattr(args, "file", None)])
    if problem:
        raise CliError(problem)
    return out


def _write_bytes_atomic(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary file: never half a file. A failure is
    one Danish line about the user's path (reports.output.write_problem)."""
    from .reports.output import WriteFailed, write_atomic

    try:
        write_atomic(out, data)
    except WriteFailed as exc:
        raise CliError(str(exc)) from None


#: the command line's paths an OSError may concern, the written ones first
_PATH_ARGS = ("output", "file", "input", "backup")


def _user_path(exc: OSError, args) -> Path | None:
    """The path from the command line that ``exc`` is about: the one it names, the one
    a temporary file beside it stood in for (``.ny-…kompetence``), or the one inside a
    folder it names; else the path it names (None if it names none)."""
    given = [Path(v) for v in (getattr(args, a, None) for a in _PATH_ARGS) if isinstance(v, (str, os.PathLike))]
    named = next((f for f in (exc.filename, exc.filename2) if isinstance(f, (str, os.PathLike))), None)
    if named is None:
        return given[0] if len(given) == 1 else None
    named = Path(named)
    full = Path(os.path.abspath(named))
    mine = [(g, Path(os.path.abspath(g))) for g in given]
    for test in (lambda g: g == full, lambda g: g.parent == full.parent, lambda g: full in g.parents):
        hit = next((g for g, a in mine if test(a)), None)
        if hit is not None:
            return hit
    return named


def os_problem(exc: OSError, args) -> str:
    """One Danish sentence for an OSError that reached ``main``, naming the user's own
    path — never a temporary file's name nor the system's English text. Writing
    problems (a missing or closed folder, a full or read-only drive) are worded as
    reports.output words them for documents; a file that is there but can't be
    read, or a missing input file, as the file problems are."""
    from .reports.output import write_problem

    path = _user_path(exc, args)
    if path is None:
        return CANT_READ_OR_WRITE.format(code=exc.errno if exc.errno is not None else "?")
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EROFS):
        return write_problem(path, exc)
    if path.exists():
        return texts.file_problem("unreadable", path)
    if code == errno.ENOENT and path.parent.is_dir():
        return texts.file_problem("missing", path)
    return write_problem(path, exc)


#: an OSError about no path of the command line
CANT_READ_OR_WRITE = "En fil kunne ikke læses eller skrives (fejlkode {code})."


# ----------------------------------------------------------------- commands
def cmd_new(args) -> int:
    from .operations.files import create_tilbud

    name = args.navn.strip()
    if not name:
        raise CliError("Tilbuddets navn må ikke være tomt.")
    path = Path(args.file)
    create_tilbud(path, name, profile=args.profil, with_courses=bool(args.profil))
    print(f"Oprettede {path} for {name}.")
    return 0


def cmd_demo(args) -> int:
    from .operations.files import write_demo
    from .storage.tilbudfile import FileProblem

    path = Path(args.file)
    if path.exists():
        raise FileProblem("exists", path)
    for opt in ("staff", "competences"):
        v = getattr(args, opt)
        if v is not None and not 1 <= v <= 2000:
            raise CliError("--staff og --competences skal være mellem 1 og 2000.")
    render_plan = None
    if args.staff is None and args.competences is None:  # the demo's MED archive needs a PDF renderer
        from .reports.plan import render_plan
    write_demo(path, render_plan, seed=args.seed, staff=args.staff, competences=args.competences)
    print(f"Skrev demotilbuddet til {path}.")
    return 0


def cmd_check(args) -> int:
    from .domain import requirements

    from .domain.tilsyn import supervision_year

    with _open(args.file) as f:
        snap = _repo(f).snapshot()
    reqs = requirements.check(snap)
    for r in reqs:
        mark = "OK     " if r.met else "MANGLER"
        where = "" if r.met else f"  (ret under {texts.PAGE_LABELS.get(r.page, r.page)})"
        print(f"{mark} {texts.requirement_text(r)}{where}")
    # a warning only: the exit code says whether the plan's requirements are met
    for aud, sy in supervision_year(snap).items():
        if not sy.count:
            print(f"{texts.CHECK_WARNING} " + texts.NO_SUPERVISION.format(
                audience=texts.SUPERVISION_AUDIENCE_LABELS[aud].lower()))
    missing = sum(not r.met for r in reqs)
    if missing:
        print(f"\n{missing} af {len(reqs)} krav mangler. Planen kan udskrives som UDKAST.")
        return 1
    print(f"\nAlle {len(reqs)} krav er opfyldt.")
    return 0


def cmd_export_plan(args) -> int:
    from .reports.plan import render_plan

    out = _checked_output(args, "pdf")
    with _open(args.file) as f:
        data = render_plan(_repo(f).snapshot(), med=args.med)
    _write_bytes_atomic(out, data)
    print(f"Skrev {'MED-udgaven af ' if args.med else ''}kompetenceudviklingsplanen til {args.output}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = DanishArgumentParser(
        prog="kompetence",
        description="Kompetence Desktop fra kommandolinjen.",
    )
    sub = p.add_subparsers(dest="command", required=True, parser_class=DanishArgumentParser,
                           metavar="KOMMANDO")

    s = sub.add_parser("new", help="opret en ny, tom tilbudsfil")
    s.add_argument("file", metavar="FIL")
    s.add_argument("--navn", required=True, help="tilbuddets navn")
    s.add_argument("--profil", choices=["bosted", "myndighed"],
                   help="start fra en typisk kompetenceprofil med Basis 1-kurserne")
    s.set_defaults(func=cmd_new)

    s = sub.add_parser("demo", help="skriv demotilbuddet Bostedet Lærkely (eller et stort syntetisk tilbud)")
    s.add_argument("file", metavar="FIL")
    s.add_argument("--staff", type=int, metavar="N", help="antal medarbejdere (syntetisk tilbud)")
    s.add_argument("--competences", type=int, metavar="M", help="antal kompetencer (syntetisk tilbud)")
    s.add_argument("--seed", type=int, default=1, metavar="S", help="startværdi for tilfældige data (standard 1)")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("check", help="tjek planens krav (exit 0: alle opfyldt, 1: nogle mangler)")
    s.add_argument("file", metavar="FIL")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("export-plan", help="skriv kompetenceudviklingsplanen som PDF")
    s.add_argument("file", metavar="FIL")
    s.add_argument("-o", "--output", required=True, metavar="UD.pdf")
    s.add_argument("--med", action="store_true", help="MED-udgaven uden personer")
    s.set_defaults(func=cmd_export_plan)

    from .cli_safety import register as _register_safety  # backup, backups, restore, import-staff

    _register_safety(sub)
    from .cli_oversigt import register as _register_oversigt  # the area overview over many files

    _register_oversigt(sub)
    from .cli_tilsyn import register as _register_tilsyn  # Dokumentation til socialtilsynet

    _register_tilsyn(sub)
    for register in _EXTRA_COMMANDS:
        register(sub)
    return p


#: functions(subparsers) that add further commands (documents, backup, import)
_EXTRA_COMMANDS: list = []


# --- documents: export-mus, export-aftale, export-indsigt, export-matrix, versions ---
def _employee_by_initials(repo, initials: str):
    want = initials.strip().casefold()
    e = next((x for x in repo.staff.employees() if x.initials.casefold() == want), None)
    if e is None:
        raise CliError(f"Der er ingen medarbejder med initialerne {initials}.")
    return e


def cmd_export_employee_doc(args) -> int:
    out = _checked_output(args, "pdf")
    with _open(args.file) as f:
        repo = _repo(f)
        e = _employee_by_initials(repo, args.employee)
        snap = repo.snapshot()
        if args.kind == "mus":
            from .reports.mus import render_mus

            from .operations.self_assessment import latest_wishes

            data, what = render_mus(snap, e.id, latest_wishes(repo, e.id)), "MUS-forberedelsen"
        elif args.kind == "aftale":
            from .reports.mus import render_aftale

            data, what = render_aftale(snap, e.id), "udviklingsaftalen"
        else:
            from .reports.indsigt import render_indsigt

            data, what = render_indsigt(snap, e.id, repo.matrix.assessments(e.id), repo.plan.plan_versions()), "indsigten"
    _write_bytes_atomic(out, data)
    print(f"Skrev {what} for {e.name} til {args.output}.")
    return 0


def cmd_export_matrix(args) -> int:
    from .reports.matrix_xlsx import render_matrix_xlsx

    out = _checked_output(args, "xlsx")
    with _open(args.file) as f:
        data = render_matrix_xlsx(_repo(f).snapshot(), med=args.med)
    _write_bytes_atomic(out, data)
    print(f"Skrev kompetencematrixen til {args.output}.")
    return 0


def cmd_versions(args) -> int:
    from .domain.dates import format_date

    with _open(args.file) as f:
        repo = _repo(f)
        versions = repo.plan.plan_versions()
        if args.export is not None:
            if args.output:
                _checked_output(args, "pdf")
            v = next((x for x in versions if x["version"] == args.export), None)
            if v is None:
                raise CliError(f"Planen har ingen version {args.export}.")
            if not args.output:
                raise CliError("Angiv -o UD.pdf for at udskrive en version.")
            out = _checked_output(args, "pdf")
            data = repo.plan.plan_version_pdf(v["id"])
            _write_bytes_atomic(out, data)
            print(f"Skrev version {v['version']} ({format_date(v['med_date'])}) til {args.output}.")
            return 0
    if not versions:
        print("Ingen planer er endnu markeret som behandlet i MED.")
    for v in versions:
        edition = "MED-udgave" if v["variant"] == "med" else "lederens udgave"
        print(f"Version {v['version']}: behandlet i MED {format_date(v['med_date'])} ({edition})")
    return 0


def _register_documents(sub) -> None:
    for kind, name, helptext in (
        ("mus", "export-mus", "skriv MUS-forberedelsen for en medarbejder som PDF"),
        ("aftale", "export-aftale", "skriv udviklingsaftalen for en medarbejder som PDF"),
        ("indsigt", "export-indsigt", "skriv alt om en medarbejder som PDF (indsigt efter GDPR)"),
    ):
        s = sub.add_parser(name, help=helptext)
        s.add_argument("file", metavar="FIL")
        s.add_argument("--employee", "--medarbejder", required=True, metavar="INITIALER",
                       help="medarbejderens initialer")
        s.add_argument("-o", "--output", required=True, metavar="UD.pdf")
        s.set_defaults(func=cmd_export_employee_doc, kind=kind)
    s = sub.add_parser("export-matrix", help="skriv kompetencematrixen som Excel-fil (.xlsx)")
    s.add_argument("file", metavar="FIL")
    s.add_argument("-o", "--output", required=True, metavar="UD.xlsx")
    s.add_argument("--med", action="store_true",
                   help="MED-udgaven: antal pr. kompetence, ingen kolonner pr. medarbejder, ingen medarbejderliste")
    s.set_defaults(func=cmd_export_matrix)
    s = sub.add_parser("versions", help="vis de planer, der er behandlet i MED (og udskriv en af dem)")
    s.add_argument("file", metavar="FIL")
    s.add_argument("--export", type=int, metavar="N", help="udskriv version N")
    s.add_argument("-o", "--output", metavar="UD.pdf")
    s.set_defaults(func=cmd_versions)


_EXTRA_COMMANDS.append(_register_documents)
from .cli_selfassess import register as _register_selfassess  # selvvurdering-ud, selvvurdering-ind
_EXTRA_COMMANDS.append(_register_selfassess)


def _sqlite_error():
    import sqlite3

    return sqlite3.DatabaseError


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except FileProblem as exc:
        from .cli_safety import damaged_hint  # offer the newest backup, same line

        print(texts.file_problem(exc.code, exc.path) + damaged_hint(exc), file=sys.stderr)
        return 2
    except (UnicodeDecodeError, _sqlite_error()) as exc:
        # a row that can't be read even though the file passed its check: damage, never a crash
        from .cli_safety import damaged_hint

        where = getattr(args, "file", None) or getattr(args, "backup", None)
        if where is None:
            print(f"Uventet fejl: {exc.__class__.__name__}", file=sys.stderr)
            return 3
        problem = FileProblem("damaged", where, str(exc))
        print(texts.file_problem("damaged", where) + damaged_hint(problem), file=sys.stderr)
        return 2
    except ReadOnlyError:
        print("Filen er skrivebeskyttet og kan ikke ændres.", file=sys.stderr)
        return 2
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError as exc:
        print(os_problem(exc, args), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: never a traceback at the user
        from .domain.rules import DomainError

        if isinstance(exc, DomainError):
            print(texts.domain_error(exc), file=sys.stderr)
            return 2
        print(f"Uventet fejl: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
