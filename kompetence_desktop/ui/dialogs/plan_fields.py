"""The form dialog of the plan dialogs, built on the fields of
``fields`` (DateField, MoneyField: ``value()`` raises ``FieldError`` after
showing the Danish message under the field); ``save_error`` shows
any other refusal (a DomainError) in a message box — never a traceback.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ... import texts
from ...domain.model import MAX_NAME, MAX_TEXT
from .fields import DateField, FieldError

TOO_LONG = "»{field}« er for lang (højst {limit} tegn)."
REFUSED_AT = "»{field}«: {message}"


def field_label(label) -> str:
    """A form label as a field name for a message (no colon, no line breaks)."""
    return " ".join(str(label).replace("&", "").split()).rstrip(":")


def check_lengths(parent, widgets: dict, labels: dict, focus=None) -> None:
    """Refuse (FieldError) the first text field longer than the file takes, saying
    which field in Danish. ``widgets``: key → QLineEdit/QPlainTextEdit/QComboBox."""
    for key, w in widgets.items():
        if isinstance(w, QPlainTextEdit):
            value, limit = w.toPlainText(), MAX_TEXT
        elif isinstance(w, QLineEdit):
            value, limit = w.text(), w.maxLength() if w.maxLength() < 32767 else MAX_NAME
        elif isinstance(w, QComboBox) and w.isEditable():
            value, limit = w.currentText(), MAX_NAME
        else:
            continue
        if len(value.strip()) > limit:
            if focus is not None:
                focus(key)
            w.setFocus(Qt.OtherFocusReason)
            msg = TOO_LONG.format(field=field_label(labels.get(key, key)), limit=limit)
            QMessageBox.warning(parent, "Kan ikke gemmes", msg)
            raise FieldError(msg)


def save_error(parent, exc, labels: dict | None = None, widgets: dict | None = None) -> str:
    """Say in Danish why a save or edit was refused (DomainError, read-only file, anything
    else; a FieldError is already shown at its field), naming the field when the refusal
    names one (a DomainError with ``field``) and ``labels`` has it; focus that field.
    Returns the message."""
    from ...operations.errors import ReadOnlyError

    if isinstance(exc, FieldError):
        return str(exc)
    field = (getattr(exc, "details", None) or {}).get("field")
    if isinstance(exc, ReadOnlyError):
        msg = "Filen er åbnet skrivebeskyttet. Ændringen er ikke gemt."
    elif getattr(exc, "code", None):
        msg = texts.domain_error(exc)
    else:
        msg = "Ændringen kunne ikke gemmes."
    if field and labels and field in labels:
        msg = REFUSED_AT.format(field=field_label(labels[field]), message=msg)
        w = (widgets or {}).get(field)
        if w is not None:
            w.setFocus(Qt.OtherFocusReason)
    QMessageBox.warning(parent, "Kan ikke gemmes", msg)
    return msg


def text_box(value: str = "", height: int = 64) -> QPlainTextEdit:
    """A multi-line text field that Tab leaves, ``height`` to twice that tall."""
    w = QPlainTextEdit(value or "")
    w.setTabChangesFocus(True)
    w.setMinimumHeight(height)
    w.setMaximumHeight(height * 2)
    return w


def wrapped_label(text: str) -> QLabel:
    """A form label that wraps (the plan's column names are long)."""
    lab = QLabel(text)
    lab.setWordWrap(True)
    return lab


def form_layout(widget: QWidget) -> QFormLayout:
    """A form on ``widget`` whose fields take the width and whose long rows wrap."""
    form = QFormLayout(widget)
    form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.WrapLongRows)
    return form


class FormDialog(QDialog):
    """Labelled fields in a scrollable form, *OK / Annuller*; ``accept`` validates first.

    Subclasses add fields in ``__init__`` and implement ``collect()`` returning
    the stored fields (raising FieldError via the fields' ``value()``).
    """

    def __init__(self, title: str, parent=None, readonly: bool = False):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.readonly = readonly
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.result_fields: dict | None = None
        #: called with the collected fields when OK is pressed; raising keeps the dialog
        #: open with the typed text and a Danish message (the file refused the edit)
        self.on_save = None
        outer = QVBoxLayout(self)
        body = QWidget()
        self.form = form_layout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.NoFrame)
        outer.addWidget(scroll)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText("OK")
        self.buttons.button(QDialogButtonBox.Cancel).setText("Annuller")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resize(640, 560)
        if readonly:
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)

    def _add_row(self, key: str, label: str, w, shown_label=None):
        """Put ``w`` in the form under ``label`` (or the ``shown_label`` widget); known as ``key``."""
        self.form.addRow(label if shown_label is None else shown_label, w)
        self.fields[key] = w
        self.labels[key] = label
        return w

    def add_line(self, key: str, label: str, value: str = "", max_len: int = MAX_NAME) -> QLineEdit:
        w = QLineEdit(value or "")
        w.setMaxLength(max_len)
        w.setReadOnly(self.readonly)
        return self._add_row(key, label, w)

    def add_text(self, key: str, label: str, value: str = "", height: int = 64) -> QPlainTextEdit:
        w = text_box(value, height)
        w.setReadOnly(self.readonly)
        return self._add_row(key, label, w, wrapped_label(label))

    def add_date(self, key: str, label: str, day=None, required: bool = False, not_future: bool = False,
                 future_message: str = "") -> DateField:
        w = DateField(day, required=required, not_future=not_future, future_message=future_message)
        w.setReadOnly(self.readonly)
        return self._add_row(key, label, w)

    def add_combo(self, key: str, label: str, choices, current=None, editable: bool = False) -> QComboBox:
        """``choices``: (data, text) pairs."""
        w = QComboBox()
        w.setEditable(editable)
        # names can be long: the combo follows the form's width instead of widening the dialog
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        w.setMinimumContentsLength(20)
        for data, text in choices:
            w.addItem(text, data)
        i = w.findData(current) if current is not None else -1
        if i >= 0:
            w.setCurrentIndex(i)
        elif editable and current:
            w.setEditText(str(current))
        if editable:
            w.lineEdit().setMaxLength(MAX_NAME)
        w.setEnabled(not self.readonly)
        return self._add_row(key, label, w)

    def text_values(self, keys) -> dict:
        out = {}
        for k in keys:
            w = self.fields[k]
            out[k] = (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text()).strip()
        return out

    def collect(self) -> dict:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            check_lengths(self, self.fields, self.labels)
            fields = self.collect()
        except FieldError:
            return
        self.result_fields = fields
        if self.on_save is not None:
            try:
                self.on_save(fields)
            except Exception as exc:  # the file refused: stay open, keep the text
                save_error(self, exc, self.labels, self.fields)
                self.result_fields = None
                return
        super().accept()
