"""The options under the list: how copies are made, and where they are saved.

Each option is saved as soon as it changes (settings hold options only, never paths).
"Replace the originals" asks first and is never saved, so every start is safe. The
options sit behind "More options" (folded at first; the choice is remembered): ten lines
of check boxes left the list three rows on a 1024x600 screen. Folded, a short line says
how many are on, so a choice made earlier is never out of mind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui import paths, settings
from scrubber.names import Naming


class OptionsBox(QWidget):
    """The cleaning options behind a "More options" button, saved at once on every change."""

    inPlaceChanged = Signal(bool)

    def __init__(
        self,
        options: settings.Options,
        confirm_in_place: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.options = options
        self._confirm_in_place = confirm_in_place
        self.random_names_check = QCheckBox(self)
        self.keep_names_check = QCheckBox(self)
        self.heic_check = QCheckBox(self)
        self.profile_check = QCheckBox(self)
        self.pdf_check = QCheckBox(self)
        self.hidden_check = QCheckBox(self)
        self.faces_check = QCheckBox(self)
        self.fast_faces_check = QCheckBox(self)
        self.fingerprint_check = QCheckBox(self)
        self.in_place_check = QCheckBox(self)
        self.random_names_check.setChecked(options.random_names)
        self.keep_names_check.setChecked(options.keep_names)
        self.keep_names_check.setEnabled(not options.random_names)  # random names win
        self.heic_check.setChecked(options.heic_to_jpeg)
        self.profile_check.setChecked(options.remove_colour_profile)
        self.pdf_check.setChecked(options.flatten_pdf)
        self.hidden_check.setChecked(options.remove_hidden)
        self.faces_check.setChecked(options.cover_faces)
        self.fast_faces_check.setChecked(options.fast_faces)
        self.fingerprint_check.setChecked(options.reduce_fingerprint)
        self.in_place_check.setChecked(False)  # never remembered: off at every start
        self.more_button = QToolButton(self)
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.state_label = QLabel(self)  # "(2 on)": what the folded box holds
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.more_button)
        head.addWidget(self.state_label, 1)
        self.body = QWidget(self)
        self._grid = QGridLayout(self.body)
        self._grid.setContentsMargins(12, 0, 0, 0)
        self._grid.setVerticalSpacing(2)  # short lines; the list above needs the height more
        self._columns = 0
        for check in self.checks():
            # Never squeezed below one whole line: overlapping boxes cannot be read.
            check.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._flow(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(head)
        # Unfolded on a short screen the boxes scroll (two lines at least) rather than
        # pushing Clean off the screen; Tab onto a box scrolls it into view.
        self.area = QScrollArea(self)
        self.area.setWidget(self.body)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        line = self.random_names_check.sizeHint().height() + self._grid.verticalSpacing()
        self.area.setMinimumHeight(2 * line)
        layout.addWidget(self.area)
        for check in self.checks():
            check.toggled.connect(self._show_state)
        for check in self.checks()[:-1]:
            check.toggled.connect(self._save)
        self.more_button.toggled.connect(self._unfold)
        self.more_button.setChecked(settings.more_options())
        self._unfold(self.more_button.isChecked())
        self.random_names_check.toggled.connect(lambda on: self.keep_names_check.setEnabled(not on))
        self.in_place_check.toggled.connect(self._in_place_toggled)
        self.retranslate()

    def checks(self) -> list[QCheckBox]:
        return [
            self.random_names_check,
            self.keep_names_check,
            self.heic_check,
            self.profile_check,
            self.pdf_check,
            self.hidden_check,
            self.faces_check,
            self.fast_faces_check,
            self.fingerprint_check,
            self.in_place_check,
        ]

    def in_place(self) -> bool:
        return self.in_place_check.isChecked()

    def unfolded(self) -> bool:
        return self.more_button.isChecked()

    def _unfold(self, on: bool) -> None:
        self.area.setVisible(on)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self._show_state()
        if on != settings.more_options():
            settings.set_more_options(on)

    def _show_state(self) -> None:
        on = sum(c.isChecked() for c in self.checks())
        # Unfolded, the boxes say it themselves.
        text = self.tr("({count} on)").format(count=on)  # no plural forms: "on: 2" reads well
        self.state_label.setText("" if self.unfolded() or not on else text)

    def _flow(self, columns: int) -> None:
        """The boxes in one column, or two when the window is wide enough: unfolded on a
        wide screen they take half the height."""
        if columns == self._columns:
            return
        self._columns = columns
        checks = self.checks()
        rows = (len(checks) + columns - 1) // columns
        for check in checks:
            self._grid.removeWidget(check)
        for i, check in enumerate(checks):
            self._grid.addWidget(check, i % rows, i // rows)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _reflow(self) -> None:
        widest = max(c.sizeHint().width() for c in self.checks())
        room = self.width() - self._grid.contentsMargins().left()
        self._flow(2 if room >= 2 * widest + 3 * max(self._grid.horizontalSpacing(), 6) else 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def naming(self) -> Naming:
        return self.options.naming()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.more_button.setText(self.tr("&More options"))
        self.more_button.setAccessibleName(self.tr("More options"))
        self.more_button.setToolTip(self.tr("Show or hide the options for the copies"))
        self.body.setAccessibleName(self.tr("Options"))
        self.random_names_check.setText(self.tr("&Give the copies random file names"))
        self.random_names_check.setToolTip(
            self.tr("File names from phones often contain the date and time the photo was taken.")
        )
        self.keep_names_check.setText(self.tr("&Keep file names that show the date or the phone"))
        self.keep_names_check.setToolTip(
            self.tr(
                "Off: a copy of a file named like IMG_20240611_143207.jpg gets a name like "
                "photo-1f0c9a2e.jpg instead, so its name does not show when it was taken "
                "or with which phone."
            )
        )
        self.heic_check.setText(self.tr("Convert HEIC photos to &JPEG"))
        self.profile_check.setText(self.tr("Remove colour &profiles (colours may shift slightly)"))
        self.pdf_check.setText(
            self.tr("T&urn PDF pages into pictures (strongest; text can no longer be selected)")
        )
        self.pdf_check.setToolTip(
            self.tr(
                "Removes everything hidden in a PDF's text and drawings too. "
                "The copy is larger and its text cannot be searched or copied."
            )
        )
        self.faces_check.setText(
            self.tr("Cover the faces found in photos and clips (check each cop&y)")
        )
        self.faces_check.setToolTip(
            self.tr(
                "Faces found automatically are covered in black in the copies. "
                "Detection can miss faces: look at each copy's picture in the details."
            )
        )
        self.fast_faces_check.setText(self.tr("&Quick face search (misses small faces)"))
        self.fast_faces_check.setToolTip(
            self.tr(
                "Faster, but faces smaller than about 60 pixels in a large photo are "
                "not found. Used here and in Hide faces and areas."
            )
        )
        self.hidden_check.setText(
            self.tr("Remove hidden slides, sheets and te&xt, and speaker notes, from documents")
        )
        self.hidden_check.setToolTip(
            self.tr(
                "Documents can hold slides, sheets and text that are not shown, and notes "
                "only the speaker sees. Without this they are kept, and the summary says "
                "where they are."
            )
        )
        self.fingerprint_check.setText(
            self.tr("Weaken the camera fingerprint in photos (saved again, a &bit smaller)")
        )
        self.fingerprint_check.setToolTip(
            self.tr(
                "Every camera leaves a faint pattern in its photos that can link them to "
                "each other. This softens each photo slightly and makes it 3% smaller: the "
                "pattern gets weaker, but it is not removed. Photos are saved again instead "
                "of copied unchanged."
            )
        )
        self.in_place_check.setText(self.tr("&Replace the originals (no copies; cannot be undone)"))
        for check in self.checks():
            check.setAccessibleName(check.text().replace("&", ""))
        self._show_state()
        self._columns = 0  # the widest box changed with the language
        self._reflow()

    def _save(self) -> None:
        self.options.random_names = self.random_names_check.isChecked()
        self.options.keep_names = self.keep_names_check.isChecked()
        self.options.heic_to_jpeg = self.heic_check.isChecked()
        self.options.remove_colour_profile = self.profile_check.isChecked()
        self.options.flatten_pdf = self.pdf_check.isChecked()
        self.options.cover_faces = self.faces_check.isChecked()
        self.options.fast_faces = self.fast_faces_check.isChecked()
        self.options.remove_hidden = self.hidden_check.isChecked()
        self.options.reduce_fingerprint = self.fingerprint_check.isChecked()
        settings.save(self.options)

    def _in_place_toggled(self, checked: bool) -> None:
        if checked and not self._confirm_in_place():
            self.in_place_check.setChecked(False)
            return
        self.options.in_place = checked
        self.inPlaceChanged.emit(checked)


class OutputBox(QWidget):
    """Where the clean copies go: a new folder next to the originals, or one the user
    chose for this session (never saved). One line where there is room, two at most."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.output_label = QLabel(self)
        self.output_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder path
        self.output_label.setWordWrap(True)
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Wrapped, not cut: the whole folder name must be readable.
        self.output_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.MinimumExpanding
        )
        self.output_label.setMinimumWidth(160)
        self.choose_button = QPushButton(QIcon(str(paths.icon("folder-open"))), "", self)
        self.default_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.output_label, 1, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.default_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._shown: tuple[bool, Path | None, Path | None, Path | None] = (False, None, None, None)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Save clean copies in:"))
        self.output_label.setAccessibleName(self.tr("Output folder"))
        self.choose_button.setText(self.tr("Choo&se…"))
        self.choose_button.setAccessibleName(self.tr("Choose the output folder"))
        self.default_button.setText(self.tr("Use &default"))
        self.default_button.setAccessibleName(self.tr("Use the default output folder"))
        self.show_output(*self._shown)

    def show_output(
        self,
        in_place: bool,
        chosen: Path | None,
        first_file: Path | None,
        existing: Path | None = None,
    ) -> None:
        """Say where the next batch writes: replaced originals, the chosen folder, the
        default folder an earlier batch of this list made (`existing`), or a new one next
        to the first file."""
        self._shown = (in_place, chosen, first_file, existing)
        if in_place:
            text = self.tr("The original files will be replaced.")
        elif chosen is not None:
            text = str(chosen)
        elif existing is not None:
            text = self.tr(
                "The folder “{name}” next to the originals, with the copies made so far."
            ).format(name=existing.name)
        else:
            name = (
                settings.default_output(first_file).name
                if first_file is not None
                else settings.DEFAULT_OUTPUT
            )
            text = self.tr("A new folder next to the originals, named “{name}”.").format(name=name)
        self.output_label.setText(text)
        self.choose_button.setEnabled(not in_place)
        self.default_button.setEnabled(not in_place and chosen is not None)
