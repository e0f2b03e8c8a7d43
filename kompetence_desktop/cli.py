"""The ``kompetence`` command: the file from the command line.

Messages are Danish. A missing, damaged, foreign or newer file gives one
Danish line on stderr and exit code 2, and the file is left untouched
(reading commands open it read-only).

Exit codes: 0 done; 1 ``check`` found missing requirements; 2 the file or
the input can't be used; 3 unexpected error.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import texts
from .storage.tilbudfile import FileProblem, ReadOnlyError


class CliError(Exception):
    """A Danish message for stderr, exit code 2."""


class DanishArgumentParser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own messages are English; keep it short and Danish
        self.print_usage(sys.stderr)
        print(f"{self.prog}: fejl i kommandoen: {message}", file=sys.stderr)
        sys.exit(2)


def _open(path: str, readonly: bool = True):
    from .storage.tilbudfile import open_file

    f = open_file(path, readonly=readonly)
    if not readonly and f.readonly:
        reason = f.readonly_reason
        f.close()
        raise FileProblem("locked" if reason == "locked" else "unreadable", path)
    return f


def _repo(f):
    from .storage.repo import Repo

    return Repo(f)


def _write_bytes_atomic(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` through a temporary file: never half a file."""
    import os
    import tempfile

    out = Path(out)
    fd, tmp = tempfile.mkstemp(prefix=".", suffix=out.suffix, dir=out.parent if str(out.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ----------------------------------------------------------------- commands
def cmd_new(args) -> int:
    from .storage.tilbudfile import create_file

    name = args.navn.strip()
    if not name:
        raise CliError("Tilbuddets navn må ikke være tomt.")
    path = Path(args.file)
    fill = None
    if args.profil:
        from .storage.catalogue import fill_profile

        fill = lambda conn: fill_profile(conn, args.profil)  # noqa: E731
    create_file(path, name, fill=fill)
    print(f"Oprettede {path} for {name}.")
    return 0


def cmd_demo(args) -> int:
    from .storage.demo import write_demo

    path = Path(args.file)
    if path.exists():
        raise FileProblem("exists", path)
    for opt in ("staff", "competences"):
        v = getattr(args, opt)
        if v is not None and not 1 <= v <= 2000:
            raise CliError("--staff og --competences skal være mellem 1 og 2000.")
    write_demo(path, seed=args.seed, staff=args.staff, competences=args.competences)
    print(f"Skrev demotilbuddet til {path}.")
    return 0


def cmd_check(args) -> int:
    from .domain import requirements

    with _open(args.file) as f:
        reqs = requirements.check(_repo(f).snapshot())
    for r in reqs:
        mark = "OK     " if r.met else "MANGLER"
        where = "" if r.met else f"  (ret under {texts.PAGE_LABELS.get(r.page, r.page)})"
        print(f"{mark} {texts.requirement_text(r)}{where}")
    missing = sum(not r.met for r in reqs)
    if missing:
        print(f"\n{missing} af {len(reqs)} krav mangler. Planen kan udskrives som UDKAST.")
        return 1
    print(f"\nAlle {len(reqs)} krav er opfyldt.")
    return 0


def cmd_export_plan(args) -> int:
    from .reports.plan import render_plan

    with _open(args.file) as f:
        data = render_plan(_repo(f).snapshot(), med=args.med)
    _write_bytes_atomic(Path(args.output), data)
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
    s.add_argument("--staff", type=int, help="antal medarbejdere (syntetisk tilbud)")
    s.add_argument("--competences", type=int, help="antal kompetencer (syntetisk tilbud)")
    s.add_argument("--seed", type=int, default=1, help="startværdi for tilfældige data (standard 1)")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("check", help="tjek planens krav (exit 0: alle opfyldt, 1: nogle mangler)")
    s.add_argument("file", metavar="FIL")
    s.set_defaults(func=cmd_check)

    s = sub.add_parser("export-plan", help="skriv kompetenceudviklingsplanen som PDF")
    s.add_argument("file", metavar="FIL")
    s.add_argument("-o", "--output", required=True, metavar="UD.pdf")
    s.add_argument("--med", action="store_true", help="MED-udgaven uden navne")
    s.set_defaults(func=cmd_export_plan)

    from .cli_safety import register as _register_safety  # issue 6: backup, backups, restore, import-staff

    _register_safety(sub)
    for register in _EXTRA_COMMANDS:
        register(sub)
    return p


#: functions(subparsers) that add further commands (documents, backup, import)
_EXTRA_COMMANDS: list = []


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except FileProblem as exc:
        from .cli_safety import damaged_hint  # issue 6: offer the newest backup, same line

        print(texts.file_problem(exc.code, exc.path) + damaged_hint(exc), file=sys.stderr)
        return 2
    except ReadOnlyError:
        print("Filen er skrivebeskyttet og kan ikke ændres.", file=sys.stderr)
        return 2
    except CliError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Kunne ikke læse eller skrive: {exc.filename or ''} ({exc.strerror or exc})", file=sys.stderr)
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
