"""*Ny kompetencefil*: the tilbud's name (required), the tilbudsleder, what to
start from (an empty profile or one of the typical competence profiles of
``storage.catalogue``) and whether to add the mandatory *Basis 1* courses.

``NewFileDialog.fill()`` gives the function ``storage.tilbudfile.create_file``
runs inside the build of the new file, so the file appears complete or not at
all. The writes themselves go through the storage layer (Repo, catalogue).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ... import texts

#: the "Start fra" choices in order: catalogue profile key ("" = empty profile)
START_KEYS = ("", "bosted", "myndighed")
NAME_MAX = 200


def start_label(key: str) -> str:
    if not key:
        return texts.NEW_FILE_START[""]
    from ...operations.files import starting_profiles

    title, rows = starting_profiles()[key]
    return f"{title} – {len(rows)} kompetencer"


class NewFileDialog(QDialog):
    def __init__(self, parent=None, name: str = "", leader: str = ""):
        super().__init__(parent)
        self.setWindowTitle(texts.NEW_FILE_TITLE)
        self.setMinimumWidth(480)
        lay = QVBoxLayout(self)
        intro = QLabel("Filen gemmes på din egen computer. Du kan ændre alt senere på siderne "
                       "<i>Tilbud</i>, <i>Kompetencer</i> og <i>Obligatoriske kurser</i>.")
        intro.setWordWrap(True)
        lay.addWidget(intro)

        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText("fx Bostedet Lærkely")
        name_label = QLabel("Tilbuddets &navn:")
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.leader = QLineEdit(leader)
        self.leader.setMaxLength(NAME_MAX)
        leader_label = QLabel("&Tilbudsleder:")
        leader_label.setBuddy(self.leader)
        form.addRow(leader_label, self.leader)

        self.start_group = QButtonGroup(self)
        start_box = QVBoxLayout()
        start_box.setSpacing(2)
        self.start_buttons: dict[str, QRadioButton] = {}
        for i, key in enumerate(START_KEYS):
            rb = QRadioButton(start_label(key))
            self.start_group.addButton(rb, i)
            self.start_buttons[key] = rb
            start_box.addWidget(rb)
        self.start_buttons[""].setChecked(True)
        start_label_w = QLabel("Start fra:")
        start_label_w.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(start_label_w, start_box)
        self.courses = QCheckBox(texts.NEW_FILE_COURSES)
        self.courses.setChecked(True)
        form.addRow("", self.courses)
        lay.addLayout(form)

        self.error = QLabel(texts.NEW_FILE_NAME_MISSING)
        self.error.setStyleSheet("color:#8a5a00;")
        lay.addWidget(self.error)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Opret…")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuller")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        # keyboard: name → leader → the checked start choice (arrows move within) → courses → buttons
        self.setTabOrder(self.name, self.leader)
        self.setTabOrder(self.leader, self.start_buttons[""])
        for a, b in zip(START_KEYS, START_KEYS[1:]):
            self.setTabOrder(self.start_buttons[a], self.start_buttons[b])
        self.setTabOrder(self.start_buttons[START_KEYS[-1]], self.courses)
        self.setTabOrder(self.courses, self.ok_button)
        self.name.textChanged.connect(self._update)
        self._update()
        self.name.setFocus()

    def _update(self) -> None:
        ok = bool(self.name.text().strip())
        self.ok_button.setEnabled(ok)
        self.error.setVisible(not ok)

    def accept(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
            return
        super().accept()

    # --- the choices -----------------------------------------------------------------
    def tilbud_name(self) -> str:
        return self.name.text().strip()

    def leader_name(self) -> str:
        return self.leader.text().strip()

    def profile_key(self) -> str:
        return START_KEYS[max(self.start_group.checkedId(), 0)]

    def set_profile_key(self, key: str) -> None:
        self.start_buttons[key].setChecked(True)

    def with_courses(self) -> bool:
        return self.courses.isChecked()

    def choices(self) -> dict:
        """The new tilbud as ``operations.files.create_tilbud`` takes it (besides the path)."""
        return {"name": self.tilbud_name(), "leader": self.leader_name(),
                "profile": self.profile_key() or None, "with_courses": self.with_courses()}
