"""The self-assessment commands of ``kompetence``:

    kompetence selvvurdering-ud FIL (--employee INITIALER | --alle) -o UD
        a form (.xlsx) for one employee (UD a file), or one per active employee (UD a folder)
    kompetence selvvurdering-ind FIL FORMULAR... [--preview]
        read filled-in forms back as self-assessments, all in one step

``selvvurdering-ind`` stores all or nothing: exit 0 stored, 1 nothing to store
(the forms are empty), 2 a form refused — one Danish line per refusal naming
the file (and the row) on stderr, and the tilbud file is left byte for byte
as it was.
"""
from __future__ import annotations

import sys
from pathlib import Path

from . import texts


def _level(v) -> str:
    from .domain.rules import NOT_RELEVANT

    if v is NOT_RELEVANT:
        return "-"
    return "ikke vurderet" if v is None else str(v)


def print_preview(checked) -> None:
    """Per employee, competence by competence: her own level beside the leader's latest;
    a difference of two or more is marked with »!!«."""
    for r in checked.accepted:
        e = r.employee
        print(f"{e.name} ({e.initials}) – {r.path.name}:")
        for ln in r.lines:
            d = ln.difference
            diff = f", forskel {d:+d}" if d else ""
            mark = "  !!" if ln.marked else ""
            print(f"  {ln.competence.name}: selv {_level(ln.self_value)}, leder {_level(ln.leader_value)}, "
                  f"forventet {ln.competence.expected_level}{diff}{mark}")
        if r.wishes:
            print("  Ønsker: " + r.wishes.replace("\n", " / "))


def cmd_form_out(args) -> int:
    from .cli import CliError, _checked_output, _employee_by_initials, _open, _repo, _write_bytes_atomic
    from .operations.self_assessment import EnsureFormSecret, form_specs
    from .reports.self_form import form_filename, render_self_form

    out = Path(args.output)
    if args.employee:
        out = _checked_output(args, "xlsx")
    elif out.exists() and not out.is_dir():
        raise CliError(f"{out} er en fil; med --alle skal -o være en mappe.")
    with _open(args.file, readonly=False) as f:
        repo = _repo(f)
        today = repo.clock()
        if args.employee:
            people = [_employee_by_initials(repo, args.employee)]
        else:
            people = [e for e in repo.staff.employees() if e.is_active(today) and not e.anonymised]
            if not people:
                raise CliError("Tilbuddet har ingen aktive medarbejdere.")
        if not repo.matrix.competences():
            raise CliError("Tilbuddet har ingen kompetencer i profilen endnu.")
        EnsureFormSecret(round_started=None if args.employee else today).do(repo)
        specs = form_specs(repo, [e.id for e in people])
    if args.employee:
        _write_bytes_atomic(out, render_self_form(specs[0]))
        print(f"Skrev selvvurderingsformularen for {people[0].name} til {args.output}.")
        return 0
    targets = [(s, out / form_filename(s.employee, today)) for s in specs]
    taken = [p for _s, p in targets if p.exists()]
    if taken:
        raise CliError(f"{taken[0]} findes allerede. Vælg en tom mappe.")
    out.mkdir(parents=True, exist_ok=True)
    for s, p in targets:
        _write_bytes_atomic(p, render_self_form(s))
    print(f"Skrev {texts.count_noun(len(targets), 'selvvurderingsformular', 'selvvurderingsformularer')} "
          f"til {out}.")
    return 0


def cmd_form_in(args) -> int:
    from .cli import _open, _repo
    from .operations.self_assessment import ImportSelfAssessments, check_forms

    with _open(args.file, readonly=bool(args.preview)) as f:
        repo = _repo(f)
        checked = check_forms(repo, [Path(p) for p in args.forms])
        for n in checked.notes:
            print(f"Bemærk: {n}")
        if checked.problems:
            for p in checked.problems:
                print(p, file=sys.stderr)
            print("Intet er gemt. Fjern eller ret de afviste formularer, og kør kommandoen igen.", file=sys.stderr)
            return 2
        if not checked.accepted:
            print("Der er ingen selvvurderinger at gemme.")
            return 1
        print_preview(checked)
        if args.preview:
            print("(forhåndsvisning – intet er gemt)")
            return 0
        op = ImportSelfAssessments(checked.accepted)
        op.do(repo)
    n_forms = len(checked.accepted)
    print(f"Gemte {texts.count_noun(op.cell_count, 'selvvurdering', 'selvvurderinger')} fra "
          f"{texts.count_noun(n_forms, 'formular', 'formularer')} i {args.file}.")
    return 0


def register(sub) -> None:
    from .cli import _ARGPARSE_DA

    _ARGPARSE_DA.setdefault("one of the arguments %s is required", "ét af argumenterne %s skal angives")
    _ARGPARSE_DA.setdefault("not allowed with argument %s", "kan ikke bruges sammen med %s")
    s = sub.add_parser("selvvurdering-ud", help="lav selvvurderingsformularer (.xlsx) til medarbejderne")
    s.add_argument("file", metavar="FIL")
    who = s.add_mutually_exclusive_group(required=True)
    who.add_argument("--employee", "--medarbejder", metavar="INITIALER", help="én medarbejder (-o er en fil)")
    who.add_argument("--alle", action="store_true", help="alle aktive medarbejdere (-o er en mappe)")
    s.add_argument("-o", "--output", required=True, metavar="UD")
    s.set_defaults(func=cmd_form_out)

    s = sub.add_parser("selvvurdering-ind", help="læs udfyldte selvvurderingsformularer ind – alt eller intet")
    s.add_argument("file", metavar="FIL")
    s.add_argument("forms", nargs="+", metavar="FORMULAR", help="de udfyldte formularer (.xlsx)")
    s.add_argument("--preview", action="store_true", help="vis selvvurderingerne ved siden af lederens, uden at gemme")
    s.set_defaults(func=cmd_form_in)
