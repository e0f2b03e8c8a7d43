"""Add or edit a competence: category, name, expected level, description, topic tags."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ..plaintext import plain
from ...domain.model import CATEGORIES, LEVELS, TOPICS, Competence


class CompetenceDialog(QDialog):
    def __init__(self, competence: Competence | None = None, category: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Rediger kompetence" if competence else "Ny kompetence")
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(texts.CATEGORY_LABELS[c], c)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.expected = QComboBox()
        for lv in LEVELS:
            self.expected.addItem(texts.level_label(lv), lv)
        self.expected.setCurrentIndex(2)
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        topics = QWidget()
        tl = QVBoxLayout(topics)
        tl.setContentsMargins(0, 0, 0, 0)
        self.topic_boxes = {}
        for t in TOPICS:
            cb = QCheckBox(t[0].upper() + t[1:])
            self.topic_boxes[t] = cb
            tl.addWidget(cb)
        self.other_tags = QLineEdit()
        self.other_tags.setPlaceholderText("andre emner, adskilt med komma")
        tl.addWidget(self.other_tags)
        form.addRow("Kategori:", self.category)
        form.addRow("Navn:", self.name)
        form.addRow("Forventet niveau:", self.expected)
        form.addRow("Beskrivelse:", self.description)
        form.addRow("Emner:", topics)
        self.per_team = QCheckBox(texts.COMPETENCE_PER_TEAM)
        self.per_team.setToolTip(texts.COMPETENCE_PER_TEAM_TIP)
        form.addRow("Dækning:", self.per_team)
        self.error = QLabel("")
        self.error.setStyleSheet("color:#a00000;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        if competence:
            self.category.setCurrentIndex(self.category.findData(competence.category))
            self.name.setText(competence.name)
            self.expected.setCurrentIndex(self.expected.findData(competence.expected_level))
            self.description.setPlainText(competence.description)
            self.per_team.setChecked(bool(getattr(competence, "per_team", False)))
            others = []
            for tag in competence.tags:
                if tag in self.topic_boxes:
                    self.topic_boxes[tag].setChecked(True)
                else:
                    others.append(tag)
            self.other_tags.setText(", ".join(others))
        elif category:
            self.category.setCurrentIndex(max(0, self.category.findData(category)))

    def values(self) -> dict:
        name = self.name.text().strip()
        if not name:
            raise ValueError(texts.DOMAIN_ERRORS["name_required"])
        tags = [t for t, cb in self.topic_boxes.items() if cb.isChecked()]
        tags += [t.strip() for t in self.other_tags.text().split(",") if t.strip()]
        return {
            "category": self.category.currentData(),
            "name": name,
            "expected_level": self.expected.currentData(),
            "description": self.description.toPlainText().strip(),
            "tags": tags,
            "per_team": self.per_team.isChecked(),
        }

    def accept(self) -> None:
        try:
            self.values()
        except ValueError as exc:
            self.error.setText(plain(str(exc)))
            return
        super().accept()
