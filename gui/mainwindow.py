"""The main window: drop or add files, see what they reveal, press Clean, read the outcome."""

from __future__ import annotations

import contextlib
import os
import stat
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import (
    i18n,
    paths,
    settings,
)
from gui.batch import BatchItem, Status
from gui.batchview import BatchModel, BatchView, Column
from gui.details import DetailsPane
from gui.workers import BatchRunner, Inspector, Task
from scrubber import registry
from scrubber.model import Outcome
from scrubber.redact.pipeline import FORMATS as PHOTO_FORMATS
from scrubber.safe_output import TEMP_PREFIX

CLOSE_WAIT_MS = 30_000  # closing mid-batch waits this long for files being written
# Files are added in portions so a big folder never freezes the window: the first
# portion at once (the usual handful of photos appear immediately), the rest one
# portion per turn of the event loop.
FIRST_PORTION, PORTION = 200, 50
SUMMARY_NAMES = 5  # problems named in the summary; the rest are in the list

# Files and folders that systems and file managers leave everywhere: never the user's
# photos, so a dropped folder's copies of them are skipped without a word.
JUNK_FILES = {"thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"}
JUNK_FOLDERS = {"__macosx", "$recycle.bin", "system volume information", "@eadir", "lost+found"}


def _hidden(entry: os.DirEntry[str]) -> bool:
    if entry.name.startswith(".") or entry.name.lower() in JUNK_FILES | JUNK_FOLDERS:
        return True
    attrs = getattr(entry.stat(follow_symlinks=False), "st_file_attributes", 0)  # Windows
    return bool(attrs & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM))


def _walk(folder: Path) -> Iterator[Path]:
    """Files under a folder, sorted; links are never followed (they may lead outside it)."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name.lower())
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_symlink() or _hidden(entry):
                continue
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(Path(entry.path))
            elif entry.is_file(follow_symlinks=False):
                yield Path(entry.path)
        except OSError:
            continue


def expand(dropped: Iterable[Path]) -> Iterator[Path]:
    """Files named by the user, plus every file inside named folders (recursively)."""
    for path in dropped:
        if path.is_dir():
            yield from _walk(path)
        elif not path.name.startswith(TEMP_PREFIX):
            yield path  # even if unreadable: the list says why


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = settings.load()
        self.output_dir: Path | None = None  # chosen this session only; None: the default
        self.last_output: Path | None = None  # where the last batch wrote
        self._batch_folder: Path | None = None
        self._batch_uids: list[int] = []
        self._guide: QDialog | None = None
        self._progress_now = (0, 0)
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(100)
        self._progress_timer.timeout.connect(self._show_progress)
        self._to_add: deque[Iterator[Path]] = deque()
        self._add_timer = QTimer(self)
        self._add_timer.setSingleShot(True)
        self._add_timer.setInterval(0)
        self._add_timer.timeout.connect(self._add_more)
        self.language = "en"  # the language installed now; app.main() sets it
        self.model = BatchModel(self)
        self.inspector = Inspector(self)
        self.runner = BatchRunner(self)
        self.setWindowIcon(QIcon(str(paths.icon("scrubber"))))
        self.setAcceptDrops(True)
        self._build()
        self._connect()
        self.retranslate()
        self._update_actions()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Roomy by default, but never larger than the screen (old laptops: 1366x768)."""
        width, height = 1180, 760
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            if room.width() >= 1024:  # a real desktop, not an offscreen test screen
                width = min(width, room.width() * 9 // 10)
                height = min(height, room.height() * 9 // 10)
        self.resize(width, height)

    # --- building ---------------------------------------------------------------------

    def _button(self, icon: str | None = None) -> QPushButton:
        button = QPushButton(self)
        if icon:
            button.setIcon(QIcon(str(paths.icon(icon))))
        return button

    def _build(self) -> None:
        self._build_actions()
        self._build_menus()

        self.add_files_button = self._button("add-files")
        self.add_folder_button = self._button("add-folder")
        self.drop_hint = QLabel(self)
        self.drop_hint.setWordWrap(True)
        self.guide_button = self._button("guide")
        self.language_label = QLabel(self)
        self.language_combo = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        top = QHBoxLayout()
        top.addWidget(self.add_files_button)
        top.addWidget(self.add_folder_button)
        top.addWidget(self.drop_hint, 1)
        top.addWidget(self.guide_button)
        top.addSpacing(12)
        top.addWidget(self.language_label)
        top.addWidget(self.language_combo)

        self.view = BatchView(self)
        self.view.setModel(self.model)
        self.redact_button = self._button("redact")
        self.remove_button = self._button("remove")
        self.clear_button = self._button()
        below_list = QHBoxLayout()
        below_list.addWidget(self.redact_button)
        below_list.addStretch(1)
        below_list.addWidget(self.remove_button)
        below_list.addWidget(self.clear_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(below_list)

        self.details = DetailsPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 480])

        bottom = QHBoxLayout()
        bottom.addWidget(self._build_options(), 3)
        bottom.addWidget(self._build_output(), 2)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # "0 of 0 files" means nothing before a batch
        self.open_output_button = self._button("folder-open")  # first: tab follows the row
        self.cancel_button = self._button("cancel")
        self.clean_button = self._button("clean")
        self.clean_button.setDefault(True)
        font = self.clean_button.font()
        font.setBold(True)
        self.clean_button.setFont(font)
        self.clean_button.setMinimumHeight(self.clean_button.sizeHint().height() + 8)
        run = QHBoxLayout()
        run.addWidget(self.progress, 1)
        run.addWidget(self.open_output_button)
        run.addWidget(self.cancel_button)
        run.addWidget(self.clean_button)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it names files
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.summary.hide()  # shown with the first batch

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        layout.addLayout(run)
        layout.addWidget(self.summary)
        self.setCentralWidget(central)

    def _build_options(self) -> QGroupBox:
        self.options_box = QGroupBox(self)
        self.random_names_check = QCheckBox(self.options_box)
        self.heic_check = QCheckBox(self.options_box)
        self.profile_check = QCheckBox(self.options_box)
        self.in_place_check = QCheckBox(self.options_box)
        self.random_names_check.setChecked(self.options.random_names)
        self.heic_check.setChecked(self.options.heic_to_jpeg)
        self.profile_check.setChecked(self.options.remove_colour_profile)
        self.in_place_check.setChecked(False)  # never remembered: off at every start
        layout = QVBoxLayout(self.options_box)
        layout.setSpacing(2)  # four short lines; the list above needs the height more
        for check in (
            self.random_names_check,
            self.heic_check,
            self.profile_check,
            self.in_place_check,
        ):
            layout.addWidget(check)
        return self.options_box

    def _build_output(self) -> QGroupBox:
        self.output_box = QGroupBox(self)
        self.output_label = QLabel(self.output_box)
        self.output_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder path
        self.output_label.setWordWrap(True)
        self.output_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_output_button = self._button("folder-open")
        self.default_output_button = self._button()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_output_button)
        buttons.addWidget(self.default_output_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.output_box)
        layout.addWidget(self.output_label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return self.output_box

    def _build_actions(self) -> None:
        def action(
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
            icon: str | None = None,
        ) -> QAction:
            act = QAction(self)
            if icon:
                act.setIcon(QIcon(str(paths.icon(icon))))
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            self.addAction(act)  # shortcuts work even with the menu bar hidden
            return act

        self.add_files_action = action(QKeySequence.StandardKey.Open, "add-files")
        self.add_folder_action = action("Ctrl+Shift+O", "add-folder")
        self.quit_action = action(QKeySequence.StandardKey.Quit)
        self.clean_action = action("Ctrl+Return", "clean")
        self.cancel_action = action("Esc", "cancel")
        self.remove_action = action(QKeySequence.StandardKey.Delete, "remove")
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.redact_action = action("Ctrl+H", "redact")
        self.guide_action = action(QKeySequence.StandardKey.HelpContents, "guide")
        self.about_action = action()
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self)
            act.setCheckable(True)
            act.setData(code)
            self.language_group.addAction(act)
            self.language_actions[code] = act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.add_files_action)
        self.file_menu.addAction(self.add_folder_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.clean_action)
        self.file_menu.addAction(self.cancel_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.language_menu = bar.addMenu("")
        for act in self.language_actions.values():
            self.language_menu.addAction(act)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.about_action)

    def _connect(self) -> None:
        self.add_files_action.triggered.connect(self.add_files_dialog)
        self.add_folder_action.triggered.connect(self.add_folder_dialog)
        self.add_files_button.clicked.connect(self.add_files_dialog)
        self.add_folder_button.clicked.connect(self.add_folder_dialog)
        self.quit_action.triggered.connect(self.close)
        self.clean_action.triggered.connect(self.clean)
        self.clean_button.clicked.connect(self.clean)
        self.cancel_action.triggered.connect(self.cancel)
        self.cancel_button.clicked.connect(self.cancel)
        self.remove_action.triggered.connect(self.remove_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_list)
        self.redact_action.triggered.connect(self.open_editor)
        self.redact_button.clicked.connect(self.open_editor)
        self.guide_action.triggered.connect(self.show_guide)
        self.guide_button.clicked.connect(self.show_guide)
        self.about_action.triggered.connect(self.show_about)
        self.open_output_button.clicked.connect(self.open_output)
        self.choose_output_button.clicked.connect(self.choose_output)
        self.default_output_button.clicked.connect(self.use_default_output)
        self.language_group.triggered.connect(lambda act: self.set_language(str(act.data())))
        self.language_combo.activated.connect(
            lambda i: self.set_language(str(self.language_combo.itemData(i)))
        )
        self.random_names_check.toggled.connect(self._options_changed)
        self.heic_check.toggled.connect(self._options_changed)
        self.profile_check.toggled.connect(self._options_changed)
        self.in_place_check.toggled.connect(self._in_place_toggled)

        self.view.pathsDropped.connect(self.add_paths)
        self.view.activated.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.thumbnailWanted.connect(self.inspector.thumbnail)
        self.model.rowsInserted.connect(self._update_actions)
        self.model.rowsRemoved.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.inspector.inspected.connect(self._inspected)
        self.inspector.thumbnailReady.connect(self.model.set_thumbnail)
        self.runner.itemStarted.connect(self._item_started)
        self.runner.itemFinished.connect(self._item_finished)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._batch_finished)

    # --- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scrubber: remove hidden data from photos"))
        self.file_menu.setTitle(self.tr("&File"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.add_files_action.setText(self.tr("&Add files…"))
        self.add_folder_action.setText(self.tr("Add &folder…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.clean_action.setText(self.tr("&Clean"))
        self.cancel_action.setText(self.tr("Ca&ncel"))
        self.remove_action.setText(self.tr("&Remove from list"))
        self.redact_action.setText(self.tr("&Hide faces and areas…"))
        self.guide_action.setText(self.tr("&Why this matters"))
        self.about_action.setText(self.tr("&About Scrubber"))

        texts = (
            (self.add_files_button, self.tr("&Add files…"), self.tr("Add files")),
            (self.add_folder_button, self.tr("Add &folder…"), self.tr("Add a folder")),
            (self.guide_button, self.tr("&Why this matters"), self.tr("Why this matters")),
            (
                self.redact_button,
                self.tr("&Hide faces and areas…"),
                self.tr("Hide faces and areas"),
            ),
            (self.remove_button, self.tr("&Remove"), self.tr("Remove the selected files")),
            (self.clear_button, self.tr("C&lear list"), self.tr("Clear the list")),
            (self.cancel_button, self.tr("Ca&ncel"), self.tr("Cancel cleaning")),
            (self.clean_button, self.tr("&Clean"), self.tr("Clean all files in the list")),
            (
                self.open_output_button,
                self.tr("&Open output folder"),
                self.tr("Open output folder"),
            ),
            (self.choose_output_button, self.tr("C&hoose…"), self.tr("Choose the output folder")),
            (
                self.default_output_button,
                self.tr("Use &default"),
                self.tr("Use the default output folder"),
            ),
        )
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)
        self.clean_button.setToolTip(self.tr("Write clean copies of all files (Ctrl+Enter)"))
        self.cancel_button.setToolTip(self.tr("Stop after the files being written now (Esc)"))
        self.redact_button.setToolTip(
            self.tr("Cover faces, tattoos or anything else in the selected photo (Enter)")
        )

        self.drop_hint.setText(self.tr("or drop photos and folders onto the list below."))
        self.language_label.setText(self.tr("Lan&guage:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.view.setAccessibleName(self.tr("Files to clean"))
        self.view.set_placeholder(
            self.tr(
                "Drop photos or folders here.\n\n"
                "Scrubber shows what each file gives away about you, "
                "then writes clean copies. Your originals are not changed."
            )
        )
        self.details.setAccessibleName(self.tr("Details of the selected file"))

        self.options_box.setTitle(self.tr("Options"))
        self.random_names_check.setText(self.tr("Give the copies &random file names"))
        self.random_names_check.setToolTip(
            self.tr("File names from phones often contain the date and time the photo was taken.")
        )
        self.heic_check.setText(self.tr("Convert HEIC photos to &JPEG"))
        self.profile_check.setText(self.tr("Remove colour &profiles (colours may shift slightly)"))
        self.in_place_check.setText(self.tr("Replace the &originals (no copies; cannot be undone)"))
        for check in (
            self.random_names_check,
            self.heic_check,
            self.profile_check,
            self.in_place_check,
        ):
            check.setAccessibleName(check.text().replace("&", ""))

        self.output_box.setTitle(self.tr("Save clean copies in"))
        self.output_label.setAccessibleName(self.tr("Output folder"))
        self.progress.setAccessibleName(self.tr("Cleaning progress"))
        self.progress.setFormat(self.tr("%v of %m files"))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.model.refresh_all()
        self.view.fit_column(Column.STATUS, self.model.status_samples())
        self._show_output()
        self._check_language(self.language)
        if self._batch_uids and not self.runner.running:
            self._say(self._summary(self.runner.cancelled))

    def _show_output(self) -> None:
        if self.in_place_check.isChecked():
            text = self.tr("The original files will be replaced.")
        elif self.output_dir is not None:
            text = str(self.output_dir)
        else:
            first = self.model.items[0].path if self.model.items else None
            name = settings.default_output(first).name if first else settings.DEFAULT_OUTPUT
            text = self.tr("A new folder next to the originals, named “{name}”.").format(name=name)
        self.output_label.setText(text)

    def language_installed(self, code: str) -> None:
        """Called after the app installed a language at start."""
        self.language = code
        self._check_language(code)

    def _check_language(self, code: str) -> None:
        act = self.language_actions.get(code)
        if act is not None:
            act.setChecked(True)
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    # --- adding and removing files ----------------------------------------------------

    @property
    def loading(self) -> bool:
        """Files are still being added or inspected."""
        return bool(self._to_add) or self.inspector.busy

    def add_paths(self, dropped: Iterable[Path]) -> list[BatchItem]:
        """Add files and folders; returns the items added at once (FIRST_PORTION at most,
        the rest follow from the event loop)."""
        self._to_add.append(expand([Path(p) for p in dropped]))
        return self._add_portion(FIRST_PORTION)

    def _add_more(self) -> None:
        self._add_portion(PORTION)

    def _add_portion(self, limit: int) -> list[BatchItem]:
        paths: list[Path] = []
        while self._to_add and len(paths) < limit:
            try:
                paths.append(next(self._to_add[0]))
            except StopIteration:
                self._to_add.popleft()
        if self._to_add:
            self._add_timer.start()
        was_empty = not self.model.items
        new = self.model.add(paths)
        for item in new:
            item.redact_mode = self.options.redact_mode
            item.redact_color = self.options.redact_color
            item.status = Status.INSPECTING
            self.inspector.inspect(item.uid, item.path)
        if new and was_empty:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._show_output()
        self._update_actions()
        return new

    def add_files_dialog(self) -> None:
        # Both cases: file dialogs on Linux match patterns case-sensitively (IMG_0001.JPG).
        extensions = dict.fromkeys(registry.supported_extensions())
        patterns = " ".join(f"*{e} *{e.upper()}" for e in extensions)
        filters = ";;".join(
            (
                self.tr("Files Scrubber can clean ({patterns})").format(patterns=patterns),
                self.tr("All files (*)"),
            )
        )
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to clean"), "", filters)
        self.add_paths(Path(f) for f in files)

    def add_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to clean"))
        if folder:
            self.add_paths([Path(folder)])

    def remove_selected(self) -> None:
        if self.runner.running:
            return
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        self.model.remove(rows)
        self._show_output()

    def clear_list(self) -> None:
        if self.runner.running:
            return
        self._to_add.clear()
        self.model.clear()
        self.details.show_item(None)
        self._batch_uids = []
        self._say("")
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)
        self._show_output()

    # --- drops anywhere on the window -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept_drag(event)

    def _accept_drag(self, event: QDropEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.setDropAction(Qt.DropAction.CopyAction)  # never "move" the originals
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        local = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not local:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.add_paths(local)

    # --- selection, details, editor ---------------------------------------------------

    def current_item(self) -> BatchItem | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.details.show_item(self.model.item(current.row()) if current.isValid() else None)
        self._update_actions()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_actions()

    def _item_changed(self, item: BatchItem) -> None:
        self.model.refresh(item.uid)
        if self.current_item() is item:
            self.details.show_item(item)
            self._update_actions()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None and self._can_redact(item):
            self.open_editor()
        else:
            self.details.setFocus(Qt.FocusReason.OtherFocusReason)

    def _can_redact(self, item: BatchItem | None) -> bool:
        return (
            item is not None
            and not self.runner.running
            and item.report is not None
            and item.report.format in PHOTO_FORMATS
        )

    def open_editor(self) -> None:
        item = self.current_item()
        if item is None or not self._can_redact(item):
            return
        from gui.editor import RedactionEditor  # loads the detector only when needed

        editor = RedactionEditor(
            item.path, list(item.regions), item.redact_mode, item.redact_color, self
        )
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        item.regions = list(editor.regions())
        item.redact_mode = editor.mode()
        item.redact_color = editor.color()
        self.options.redact_mode, self.options.redact_color = item.redact_mode, item.redact_color
        settings.save(self.options)
        if item.status is Status.DONE:  # the written copy no longer matches the choice
            item.status, item.result, item.after = Status.READY, None, None
        self._item_changed(item)

    def show_guide(self) -> None:
        from gui.guide import SafetyGuide

        if self._guide is None:
            self._guide = SafetyGuide(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def show_about(self) -> None:
        from scrubber import __version__

        QMessageBox.about(
            self,
            self.tr("About Scrubber"),
            self.tr(
                "Scrubber {version}\n\nRemoves hidden data from photos. Works offline: "
                "nothing is ever sent anywhere, and no list of your files is kept."
            ).format(version=__version__),
        )

    # --- options ----------------------------------------------------------------------

    def _options_changed(self) -> None:
        self.options.random_names = self.random_names_check.isChecked()
        self.options.heic_to_jpeg = self.heic_check.isChecked()
        self.options.remove_colour_profile = self.profile_check.isChecked()
        settings.save(self.options)

    def _in_place_toggled(self, checked: bool) -> None:
        if checked and not self.confirm_in_place():
            self.in_place_check.setChecked(False)
            return
        self.options.in_place = checked
        self._show_output()
        self._update_actions()

    def confirm_in_place(self) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Replace the original files?"),
            self.tr(
                "Your original files will be overwritten with the cleaned versions. "
                "This cannot be undone: the originals, with everything they contain, "
                "will be gone.\n\nPhotos with areas to cover still need a copy.\n\n"
                "Replace the originals?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_output(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save the clean copies")
        )
        if folder:
            self.output_dir = Path(folder)  # for this session only: never saved
            self._show_output()
            self._update_actions()

    def use_default_output(self) -> None:
        self.output_dir = None
        self._show_output()
        self._update_actions()

    def set_language(self, code: str) -> None:
        app = QApplication.instance()
        if app is None:
            return
        self.language = i18n.install(app, code)
        settings.set_language(code)
        self._check_language(self.language)

    # --- cleaning ---------------------------------------------------------------------

    def clean(self) -> None:
        if self.runner.running:
            return
        todo = [
            item
            for item in self.model.items
            if not (item.status is Status.DONE and item.result and item.result.outcome.ok)
        ]
        if not todo:
            if self.model.items:
                self._say(self.tr("Every file in the list has been cleaned already."))
            return
        in_place = self.in_place_check.isChecked()
        folder: Path | None = None
        if not in_place:
            folder = self.output_dir or settings.default_output(todo[0].path)
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                QMessageBox.warning(
                    self,
                    self.tr("Cannot create the output folder"),
                    self.tr(
                        "The clean copies cannot be saved there ({reason}). "
                        "Choose another folder with “Choose…”."
                    ).format(reason=e.strerror or str(e)),
                )
                return
        options = self.options.clean_options()
        random_names = self.random_names_check.isChecked()
        tasks = []
        for item in todo:
            tasks.append(
                Task(
                    item.uid,
                    item.path,
                    folder,
                    options,
                    random_names,
                    list(item.regions),
                    item.redact_mode,
                    item.redact_color,
                )
            )
            item.result, item.after = None, None
            if item.status is Status.DONE:
                item.status = Status.READY if item.report else Status.UNREADABLE
        self.model.refresh_all()  # one repaint for the whole list, not one per file
        current = self.current_item()
        if current is not None:
            self.details.show_item(current)
        self._batch_folder = folder
        self.last_output = folder if folder is not None else todo[0].path.parent
        self._batch_uids = [t.uid for t in tasks]
        self._say(self.tr("Cleaning…"))
        self.progress.setRange(0, len(tasks))
        self.progress.setValue(0)
        self.progress.setTextVisible(True)
        self.runner.start(tasks)
        self._update_actions()

    def cancel(self) -> None:
        if self.runner.running:
            self._say(self.tr("Stopping: files being written now are finished first…"))
            self.runner.cancel()
            self._update_actions()

    def _item_started(self, uid: int) -> None:
        item = self.model.find(uid)
        if item is not None:
            item.status = Status.CLEANING
            self._item_changed(item)

    def _item_finished(self, uid: int, result: object, after: object) -> None:
        item = self.model.find(uid)
        if item is None:
            return
        item.status = Status.DONE
        item.result = result  # type: ignore[assignment]
        item.after = after  # type: ignore[assignment]
        self._item_changed(item)

    def _progress(self, done: int, total: int) -> None:
        # QProgressBar repaints at once on every change: with hundreds of files that
        # alone stalls the window, so the bar follows at most ten times a second.
        self._progress_now = (done, total)
        if done == 0 or done == total:
            self._show_progress()
        elif not self._progress_timer.isActive():
            self._progress_timer.start()

    def _show_progress(self) -> None:
        self._progress_timer.stop()
        done, total = self._progress_now
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _batch_finished(self, cancelled: bool) -> None:
        folder = self._batch_folder
        if folder is not None and self.output_dir is None:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty: nothing was written into the new folder
        if folder is not None and not folder.is_dir():
            self.last_output = None
        self._say(self._summary(cancelled))
        self._update_actions()
        self._show_output()

    def _summary(self, cancelled: bool) -> str:
        items = [i for i in map(self.model.find, self._batch_uids) if i is not None]
        results = [i.result for i in items if i.result is not None]
        count = {o: sum(r.outcome is o for r in results) for o in Outcome}
        parts = []
        if count[Outcome.CLEANED]:
            parts.append(self.tr("{n} cleaned").format(n=count[Outcome.CLEANED]))
        if count[Outcome.ALREADY_CLEAN]:
            parts.append(
                self.tr("{n} had nothing to remove").format(n=count[Outcome.ALREADY_CLEAN])
            )
        problems = [
            i for i in items if i.result and i.result.outcome in (Outcome.FAILED, Outcome.REFUSED)
        ]
        if problems:
            parts.append(self.tr("{n} could not be cleaned").format(n=len(problems)))
        if count[Outcome.CANCELLED]:
            parts.append(self.tr("{n} not done (cancelled)").format(n=count[Outcome.CANCELLED]))
        lines = [", ".join(parts) + "." if parts else self.tr("Nothing was cleaned.")]
        for item in problems[:SUMMARY_NAMES]:
            assert item.result is not None
            reason = item.result.error.message if item.result.error else self.tr("unknown error")
            lines.append(self.tr("{name}: {reason}").format(name=item.path.name, reason=reason))
        if len(problems) > SUMMARY_NAMES:
            lines.append(
                self.tr("…and {n} more: see the list.").format(n=len(problems) - SUMMARY_NAMES)
            )
        written = count[Outcome.CLEANED] + count[Outcome.ALREADY_CLEAN]
        if written and self._batch_folder is not None and self._batch_folder.is_dir():
            lines.append(self.tr("Clean copies are in: {folder}").format(folder=self._batch_folder))
        if cancelled:
            lines.insert(0, self.tr("Cancelled."))
        return "\n".join(lines)

    def _say(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setVisible(bool(text))

    def open_output(self) -> None:
        if self.last_output is not None and self.last_output.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    # --- state ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        running = self.runner.running
        has_items = bool(self.model.items)
        selected = bool(self.view.selectionModel().selectedRows())
        can_redact = self._can_redact(self.current_item())
        for widget in (self.clean_action, self.clean_button):
            widget.setEnabled(has_items and not running)
        for widget in (self.cancel_action, self.cancel_button):
            widget.setEnabled(running and not self.runner.cancelled)
        for widget in (self.remove_action, self.remove_button):
            widget.setEnabled(selected and not running)
        self.clear_button.setEnabled(has_items and not running)
        for widget in (self.redact_action, self.redact_button):
            widget.setEnabled(can_redact)
        self.options_box.setEnabled(not running)
        self.output_box.setEnabled(not running)
        in_place = self.in_place_check.isChecked()
        self.choose_output_button.setEnabled(not in_place)
        self.default_output_button.setEnabled(not in_place and self.output_dir is not None)
        self.open_output_button.setEnabled(
            not running and self.last_output is not None and self.last_output.is_dir()
        )

    # --- inspection results -----------------------------------------------------------

    def _inspected(self, uid: int, report: object, error: object, code: object) -> None:
        item = self.model.find(uid)
        if item is None:
            return  # removed from the list meanwhile
        item.report = report  # type: ignore[assignment]
        item.error = error  # type: ignore[assignment]
        item.error_code = code  # type: ignore[assignment]
        if item.status in (Status.QUEUED, Status.INSPECTING):
            item.status = Status.READY if report is not None else Status.UNREADABLE
        self._item_changed(item)

    # --- closing ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        # Mid-batch: start no more files and wait for those being written, so every
        # copy on disk is whole (or not there at all).
        if self.runner.running:
            self._say(self.tr("Stopping: files being written now are finished first…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.runner.shutdown(CLOSE_WAIT_MS)
            finally:
                QApplication.restoreOverrideCursor()
        self.inspector.stop(5_000)
        if self._guide is not None:
            self._guide.close()
        settings.save(self.options)
        super().closeEvent(event)
