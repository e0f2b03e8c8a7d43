"""``kompetence export-tilsyn FIL -o UD.pdf [--med-initialer]``: *Dokumentation til socialtilsynet*.

Anonymous by default (the MED version's rules); ``--med-initialer`` adds the staff's initials
where people are listed, and nothing else about them.
"""
from __future__ import annotations


def cmd_export_tilsyn(args) -> int:
    from .cli import _checked_output, _open, _repo, _write_bytes_atomic
    from .reports.tilsyn import render_tilsyn

    out = _checked_output(args, "pdf")
    with _open(args.file) as f:
        repo = _repo(f)
        data = render_tilsyn(repo.snapshot(), repo.plan.plan_versions(), initials=args.med_initialer)
    _write_bytes_atomic(out, data)
    what = "med initialer" if args.med_initialer else "anonym"
    print(f"Skrev dokumentationen til socialtilsynet ({what}) til {args.output}.")
    return 0


def register(sub) -> None:
    s = sub.add_parser("export-tilsyn", help="skriv dokumentationen til socialtilsynet som PDF (anonym)")
    s.add_argument("file", metavar="FIL")
    s.add_argument("-o", "--output", required=True, metavar="UD.pdf")
    s.add_argument("--med-initialer", action="store_true",
                   help="vis medarbejdernes initialer (deltagere, hvem der har kompetencen) – aldrig navne")
    s.set_defaults(func=cmd_export_tilsyn)
