"""Names compared and found in any spelling: decomposed, invisible characters, case, dots, genitive."""
from kompetence_desktop.domain.names import NameMatcher, clean, fold, has_invisible


def test_fold_sees_through_unicode_form_invisibles_and_case():
    assert fold("A\u030ase") == fold("Åse") == fold("ÅSE") == fold("Å\u00adse") == fold("\ufeffÅse\u200b")
    assert fold("Zoe\u0308 A\u030aga\u030ard") == fold("Zoë Ågård")


def test_clean_keeps_case_and_drops_bidi_controls():
    assert clean(" Anne\u202e  Hansen\ufeff ") == "Anne Hansen"
    assert has_invisible("A\u200bB") and not has_invisible("AB")


def test_matcher_finds_every_spelling_and_keeps_the_rest_of_the_text():
    m = NameMatcher(loose=["Åse Kirsten Ibsen", "Åse", "Kirsten", "Ibsen"], initials=["SKI"])
    assert m.sub("Åses plan", lambda t, end: "hun" + end) == "huns plan"
    assert m.sub("A\u030ase og S.K.I. mødes", "X") == "X og X mødes"
    assert m.sub("Å\u00adse, ski og IBSEN", "X") == "X, X og X"
    assert m.sub("Basen i Ibsenhuset", "X") == "Basen i Ibsenhuset"


def test_short_initials_only_as_written_or_in_capitals():
    m = NameMatcher(initials=["AB"])
    assert m.sub("AB og ab og A.B.", "X") == "X og ab og X"
