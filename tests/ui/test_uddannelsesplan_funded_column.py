"""The Uddannelsesplan's *Finansieret* column says Ja or Nej."""
from __future__ import annotations

from kompetence_desktop.ui.models.activities import ActivitiesModel
from kompetence_desktop.ui.pages.uddannelsesplan import UddannelsesplanPage

from .helpers import page_for


# --- Finansieret ---------------------------------------------------------------------------------------

def test_funded_column_says_ja_or_nej(ctx, qtbot):
    p = page_for(UddannelsesplanPage, ctx, qtbot)
    words = {p.model.index(r, ActivitiesModel.COL_FUNDED).data() for r in range(p.model.rowCount())}
    assert words <= {"Ja", "Nej"} and words
