"""The data-safety commands of ``kompetence``:

    kompetence backup FIL [-o UD]            sikkerhedskopi nu (SQLite's backup API)
    kompetence backups FIL                   list sikkerhedskopierne, nyeste først
    kompetence restore KOPI -o NY.kompetence gendan en sikkerhedskopi som en ny fil
    kompetence import-staff FIL INPUT [--preview]
                                             importér medarbejdere fra CSV eller .xlsx

Writing commands take the file's write lock like the program does: if the
file is open elsewhere they stop with one Danish line and exit 2.
Importing is all or nothing: any bad row gives one Danish line per problem
on stderr, exit 2, and the file is unchanged.
"""
from __future__ import annotations

import sys
from pathlib import Path

from . import texts


def damaged_hint(exc) -> str:
    """For a damaged file: " Nyeste sikkerhedskopi: … (kompetence restore …)." — else ""."""
    if getattr(exc, "code", "") != "damaged":
        return ""
    try:
        from .operations import backups as backup

        newest = backup.newest_good_for(exc.path)
    except Exception:
        return ""
    if newest is None:
        return " " + texts.DAMAGED_NO_BACKUP
    return (f" Den nyeste sikkerhedskopi er fra {newest.label}; gendan den med: "
            f"kompetence restore \"{newest.path}\" -o NY.kompetence")


def cmd_backup(args) -> int:
    from .cli import CliError
    from .operations import backups as backup

    try:
        out = backup.backup_now(Path(args.file), dest=args.output)
    except backup.BackupError as exc:
        raise CliError(texts.backup_problem(exc)) from None
    print((texts.BACKUP_COPY_DONE if args.output else texts.BACKUP_DONE).format(path=out))
    return 0


def cmd_backups(args) -> int:
    from .operations import backups as backup

    items = backup.list_backups(Path(args.file))
    if not items:
        print(texts.DAMAGED_NO_BACKUP)
        return 0
    for b in items:
        print(f"{b.label}  {b.path}")
    return 0


def cmd_restore(args) -> int:
    from .cli import CliError
    from .operations import backups as backup

    src = Path(args.backup)
    if not src.exists():
        from .storage.tilbudfile import FileProblem

        raise FileProblem("missing", src)
    try:
        new = backup.restore(src, Path(args.output))
    except backup.BackupError as exc:
        msg = texts.backup_problem(exc)
        if exc.code == "damaged_backup":  # offer the next older backup that is whole
            nxt = backup.next_good_before(src)
            msg += (texts.RESTORE_NEXT_BACKUP.format(when=nxt.label, path=nxt.path, out=args.output)
                    if nxt is not None else texts.RESTORE_NO_OTHER_BACKUP)
        raise CliError(msg) from None
    info = backup.taken_at(src)
    when = f"{info:%d.%m.%Y kl. %H:%M}" if info else src.name
    print(texts.RESTORE_DONE.format(when=when, path=new))
    return 0


def _print_preview(prev) -> None:
    from .domain.dates import format_date

    print(texts.IMPORT_NOTES["read_as"].format(kind=texts.import_kind(prev)))
    for r in prev.rows:
        ini = r.initials + (" (foreslået)" if r.initials_suggested else "")
        edu = texts.EDUCATION_LABELS.get(r.education, r.education)
        print(f"{texts.IMPORT_UNITS[prev.unit]} {r.line}: {r.name} | {ini} | {r.job_title} | {edu} | {r.team} | "
              f"{format_date(r.start_date)}")
    for n in texts.import_notes(prev):
        print(f"Bemærk: {n}")


def cmd_import_staff(args) -> int:
    from .cli import _open, _repo
    from .storage import importer

    readonly = bool(args.preview)
    with _open(args.file, readonly=readonly) as f:
        repo = _repo(f)
        prev = importer.preview(Path(args.input), repo)
        if prev.problems:
            for p in texts.import_problems(prev):
                print(p, file=sys.stderr)
            return 2
        if args.preview:
            _print_preview(prev)
            print(texts.import_summary(prev) + " (forhåndsvisning – intet er gemt)")
            return 0
        from .operations.staff import ImportStaff

        op = ImportStaff(prev)
        try:
            op.do(repo)
            ids = op.ids
        except importer.ImportRejected as exc:
            for p in texts.import_problems(exc):
                print(p, file=sys.stderr)
            return 2
    for n in texts.import_notes(prev):
        print(f"Bemærk: {n}")
    teams = (" og " + texts.count_noun(len(prev.new_teams), "nyt team", "nye teams")) if prev.new_teams else ""
    print(f"Importerede {texts.count_noun(len(ids), 'medarbejder', 'medarbejdere')}{teams} til {args.file}.")
    return 0


def register(sub) -> None:
    s = sub.add_parser("backup", help="tag en sikkerhedskopi af filen nu")
    s.add_argument("file", metavar="FIL")
    s.add_argument("-o", "--output", metavar="UD",
                   help="fil eller mappe til kopien (standard: programmets mappe til sikkerhedskopier)")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("backups", help="vis filens sikkerhedskopier, nyeste først")
    s.add_argument("file", metavar="FIL")
    s.set_defaults(func=cmd_backups)

    s = sub.add_parser("restore", help="gendan en sikkerhedskopi som en ny fil (aldrig oven i en fil)")
    s.add_argument("backup", metavar="KOPI")
    s.add_argument("-o", "--output", required=True, metavar="NY.kompetence")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("import-staff", help="importér medarbejdere fra CSV eller Excel (.xlsx) – alt eller intet")
    s.add_argument("file", metavar="FIL")
    s.add_argument("input", metavar="INPUT", help="CSV- eller .xlsx-fil med kolonnerne Navn, Initialer, "
                   "Stilling, Uddannelse, Team, Ansat")
    s.add_argument("--preview", action="store_true", help="vis hvad der ville blive importeret, uden at gemme")
    s.set_defaults(func=cmd_import_staff)

