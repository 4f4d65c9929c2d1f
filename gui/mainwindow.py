"""The main window: drop or add files, see what they reveal, press Clean, read the outcome.

Its parts live in modules of their own: gui/commands.py (actions and menus),
gui/options.py (options and output folder), gui/adding.py (dropped paths to files),
gui/summary.py (the lines after a batch), gui/runbar.py (progress, Clean, the summary),
gui/workers.py (the work off the GUI thread).
"""

from __future__ import annotations

import contextlib
import itertools
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QPoint, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gui import adding, dialogs, i18n, paths, settings, summary
from gui.batchview import BatchModel, BatchView, Column
from gui.commands import Commands
from gui.details import DetailsPane, ElidedLabel
from gui.fit import FRAME
from gui.items import BatchItem, Copy, Status
from gui.options import OptionsBox, OutputBox
from gui.runbar import RunBar
from gui.workers import BatchRunner, Inspector, Task
from scrubber.batch import Found
from scrubber.errors import LinkNotFollowed
from scrubber.redact.pipeline import CLIP_FORMATS
from scrubber.redact.pipeline import FORMATS as PHOTO_FORMATS

CLOSE_WAIT_MS = 30_000  # closing mid-batch waits at most this long for the workers to stop
# Files are added in portions so a big folder never freezes the window: the first
# portion at once (the usual handful of photos appear immediately), the rest a few at a
# time per turn of the event loop, for at most PORTION_S each (walking a folder costs a
# stat per file, and more on a slow disk).
FIRST_PORTION, STEP, PORTION_S = 100, 10, 0.008
# The smallest window: the list shows a few rows, the details a few lines. 960x540 (a
# 1080p screen at 200 %) minus a panel and a title bar must fit.
MIN_WIDTH, MIN_HEIGHT = 640, 400
NAMED = "scrubberNamedByWindow"  # a details control the window gave its name


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.options = settings.load()
        self.output_dir: Path | None = None  # chosen this session only; None: the default
        self.last_output: Path | None = None  # where the last batch wrote
        # The default folder a batch of this list made: later batches add to it, so the
        # list's copies stay together (and a photo cleaned again replaces its copy there).
        self._made: Path | None = None
        self._batch_folder: Path | None = None
        self._batch_uids: list[int] = []
        self._guide: QDialog | None = None
        self._pending = adding.Pending()
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
        self.commands = Commands(self)
        self.language_actions = self.commands.languages
        self._build()
        self._connect()
        self.retranslate()
        self._update_actions()
        self._fit_screen()

    def _fit_screen(self) -> None:
        """Roomy by default, but never larger than the screen's free area (old laptops at
        1024x600, or 1920x1080 at 200 %: 960x540), leaving room for the window's frame."""
        width, height = 1180, 760
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width = max(min(width, room.width() - FRAME.width()), self.minimumWidth())
            height = max(min(height, room.height() - FRAME.height()), self.minimumHeight())
            self.resize(width, height)
            # Placed inside the free area: a window manager may not move it there itself.
            self.move(
                max(room.left(), room.left() + (room.width() - width - FRAME.width()) // 2),
                max(room.top(), room.top() + (room.height() - height - FRAME.height()) // 2),
            )
            return
        self.resize(width, height)

    def _fit_minimum(self) -> None:
        """Never smaller than the layout allows in this language (a test keeps that
        within a 960x540 screen), nor so small that the list shows next to nothing."""
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        least = layout.totalMinimumSize() if layout is not None else QSize()
        bar = self.menuBar().sizeHint().height()
        self.setMinimumSize(max(least.width(), MIN_WIDTH), max(least.height() + bar, MIN_HEIGHT))

    # --- building ---------------------------------------------------------------------

    def _button(self, icon: str | None = None) -> QPushButton:
        button = QPushButton(self)
        if icon:
            button.setIcon(QIcon(str(paths.icon(icon))))
        return button

    def _build(self) -> None:
        self.add_files_button = self._button("add-files")
        self.add_folder_button = self._button("add-folder")
        # One line, shortened when the window is narrow (wrapped, it went one word per
        # line); the empty list says the same at length.
        self.drop_hint = ElidedLabel(self, Qt.TextElideMode.ElideRight)
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
        # Several rows always show: the header and three rows, whatever the screen.
        rows = 3 * self.view.verticalHeader().defaultSectionSize()
        frame = 2 * self.view.frameWidth()
        self.view.setMinimumHeight(self.view.horizontalHeader().sizeHint().height() + rows + frame)
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
        self.details.setMinimumWidth(280)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 480])

        self.options_box = OptionsBox(self.options, lambda: self.confirm_in_place(), self)
        self.random_names_check = self.options_box.random_names_check
        self.keep_names_check = self.options_box.keep_names_check
        self.heic_check = self.options_box.heic_check
        self.profile_check = self.options_box.profile_check
        self.pdf_check = self.options_box.pdf_check
        self.faces_check = self.options_box.faces_check
        self.fast_faces_check = self.options_box.fast_faces_check
        self.in_place_check = self.options_box.in_place_check
        self.more_options_button = self.options_box.more_button
        self.output_box = OutputBox(self)

        self.run_bar = RunBar(self)
        self.progress = self.run_bar.progress
        self.open_output_button = self.run_bar.open_output_button
        self.cancel_button = self.run_bar.cancel_button
        self.clean_button = self.run_bar.clean_button
        self.summary = self.run_bar.summary

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.options_box)
        layout.addWidget(self.output_box)
        layout.addWidget(self.run_bar)
        self.setCentralWidget(central)
        # The pane's own focus proxy sent Tab from its last list back to its first, for
        # ever: the window orders the pane's stops with the rest instead (_order_tabs).
        self.details.setFocusProxy(None)  # type: ignore[arg-type]  # None: no proxy
        self._tab_stops: list[QWidget] = []
        self._order_tabs()

    def focus_chain(self) -> list[QWidget]:
        """Every control in the order Tab visits them: adding, the list and what acts on
        it, the details, the options, the output folder, Clean and Open output folder,
        then the language and the guide."""
        options = self.options_box
        return [
            self.add_files_button,
            self.add_folder_button,
            self.view,
            self.redact_button,
            self.remove_button,
            self.clear_button,
            *self._details_stops(),
            options.more_button,
            *options.checks(),  # down each column, as they are laid out
            self.output_box.choose_button,
            self.output_box.default_button,
            self.clean_button,
            self.cancel_button,
            self.open_output_button,
            self.language_combo,
            self.guide_button,
        ]

    def _details_stops(self) -> list[QWidget]:
        """The details pane's own controls, top to bottom (its content changes: it may
        add controls of its own), each named for screen readers."""
        stops = [
            w
            for w in self.details.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is self
        ]
        for w in stops:
            if isinstance(w, QScrollArea) and (not w.accessibleName() or w.property(NAMED)):
                # The pane scrolls on a small screen; focused, the arrow keys scroll it.
                w.setAccessibleName(self.tr("Details of the selected file"))
                w.setProperty(NAMED, True)  # named here: renamed with the language
        origin = self.details

        def where(w: QWidget) -> tuple[int, int]:
            at = w.mapTo(origin, QPoint(0, 0))
            return at.y(), at.x()

        return sorted(stops, key=where)

    def _order_tabs(self) -> None:
        chain = self.focus_chain()
        if chain == self._tab_stops:
            return
        self._tab_stops = chain
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        c = self.commands
        # Shown or hidden, the technical lists move the controls below them: order again
        # once the pane is laid out.
        self.details.technical_toggled.connect(lambda _: QTimer.singleShot(0, self._order_tabs))
        for signal, slot in (
            (c.add_files.triggered, self.add_files_dialog),
            (self.add_files_button.clicked, self.add_files_dialog),
            (c.add_folder.triggered, self.add_folder_dialog),
            (self.add_folder_button.clicked, self.add_folder_dialog),
            (c.quit.triggered, self.close),
            (c.clean.triggered, self.clean),
            (self.clean_button.clicked, self.clean),
            (c.cancel.triggered, self.cancel),
            (self.cancel_button.clicked, self.cancel),
            (c.remove.triggered, self.remove_selected),
            (self.remove_button.clicked, self.remove_selected),
            (self.clear_button.clicked, self.clear_list),
            (c.redact.triggered, self.open_editor),
            (self.redact_button.clicked, self.open_editor),
            (c.guide.triggered, self.show_guide),
            (self.guide_button.clicked, self.show_guide),
            (c.about.triggered, self.show_about),
            (self.open_output_button.clicked, self.open_output),
            (self.output_box.choose_button.clicked, self.choose_output),
            (self.output_box.default_button.clicked, self.use_default_output),
        ):
            signal.connect(slot)
        c.language_group.triggered.connect(lambda act: self.set_language(str(act.data())))
        self.language_combo.activated.connect(
            lambda i: self.set_language(str(self.language_combo.itemData(i)))
        )
        self.options_box.inPlaceChanged.connect(self._in_place_changed)

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
        self.runner.itemProgress.connect(self._item_progress)
        self.runner.progress.connect(self.run_bar.set_progress)
        self.runner.finished.connect(self._batch_finished)

    # --- texts ------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Scrubber: remove hidden data from photos"))
        self.commands.retranslate()
        texts = (
            (self.add_files_button, self.tr("&Add files…"), self.tr("Add files")),
            (self.add_folder_button, self.tr("Add fold&er…"), self.tr("Add a folder")),
            (self.guide_button, self.tr("&Why this matters"), self.tr("Why this matters")),
            (
                self.redact_button,
                self.tr("H&ide faces and areas…"),
                self.tr("Hide faces and areas"),
            ),
            (self.remove_button, self.tr("Remo&ve"), self.tr("Remove the selected files")),
            (self.clear_button, self.tr("Clear lis&t"), self.tr("Clear the list")),
        )
        for button, text, name in texts:
            button.setText(text)
            button.setAccessibleName(name)
        self.redact_button.setToolTip(
            self.tr("Cover faces, tattoos or anything else in the selected photo or clip (Enter)")
        )

        self.drop_hint.set_full_text(self.tr("or drop photos and folders onto the list below."))
        self.language_label.setText(self.tr("Language:"))
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
        self._details_stops()  # names what the window named, in this language
        self.model.refresh_all()
        self.view.fit_column(Column.STATUS, self.model.status_samples())
        self.view.fit_reveals()
        self._show_output()
        self._check_language(self.language)
        self._fit_minimum()
        if self._batch_uids and not self.runner.running:
            self._say(self._summary(self.runner.cancelled))

    def _show_output(self) -> None:
        first = self.model.items[0].path if self.model.items else None
        made = self._default_folder(first) if first is not None else None
        existing = made if made is not None and made == self._made else None
        self.output_box.show_output(self.options_box.in_place(), self.output_dir, first, existing)

    def _default_folder(self, first: Path) -> Path:
        """Where copies go unless a folder was chosen: the folder this list's copies went
        to, while it is there and next to the first file; else a new one."""
        made = self._made
        if made is not None and made.parent == first.parent and made.is_dir():
            return made
        return settings.default_output(first)

    def language_installed(self, code: str) -> None:
        """Called after the app installed a language at start."""
        self.language = code
        self._check_language(code)

    def _check_language(self, code: str) -> None:
        self.commands.check_language(code)
        index = self.language_combo.findData(code)
        if index >= 0:
            self.language_combo.setCurrentIndex(index)

    # --- adding and removing files ----------------------------------------------------

    @property
    def loading(self) -> bool:
        """Files are still being added or inspected."""
        return bool(self._pending) or self.inspector.busy

    def add_paths(self, dropped: Iterable[Path]) -> list[BatchItem]:
        """Add files and folders; returns the items added at once (FIRST_PORTION at most,
        the rest follow from the event loop)."""
        self._pending.push([Path(p) for p in dropped])
        return self._add(self._pending.take(FIRST_PORTION))

    def _add_more(self) -> None:
        deadline = time.perf_counter() + PORTION_S
        found: list[Found] = []
        while self._pending and time.perf_counter() < deadline:
            found += self._pending.take(STEP)
        self._add(found)

    def _add(self, found: list[Found]) -> list[BatchItem]:
        if self._pending:
            self._add_timer.start()
        was_empty = not self.model.items
        new = self.model.add([f.path for f in found], {f.path for f in found if f.link})
        for item in new:
            item.redact_mode = self.options.redact_mode
            item.redact_color = self.options.redact_color
            if item.link:  # listed so the user knows, never read
                item.status, item.error = Status.UNREADABLE, LinkNotFollowed().message
                item.error_code = LinkNotFollowed.code
                continue
            item.status = Status.INSPECTING
            self.inspector.inspect(item.uid, item.path)
        if new and was_empty:  # after the new rows are painted: the details take a while
            QTimer.singleShot(0, self, self._select_first)
        self._show_output()
        self._update_actions()
        return new

    def _select_first(self) -> None:
        if self.model.items and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def add_files_dialog(self) -> None:
        filters = adding.dialog_filters()
        self.add_paths(dialogs.open_files(self, self.tr("Add files to clean"), filters))

    def add_folder_dialog(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Add a folder to clean"))
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        if self.runner.running:
            return
        rows = {index.row() for index in self.view.selectionModel().selectedRows()}
        self.model.remove(rows)
        self._show_output()

    def clear_list(self) -> None:
        if self.runner.running:
            return
        self._pending.clear()
        self.model.clear()
        self.details.show_item(None)
        self._batch_uids = []
        self._made = None
        self._say("")
        self.run_bar.reset_progress()
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
        self._order_tabs()
        self._update_actions()

    def _selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        self._update_actions()

    def _item_changed(self, item: BatchItem) -> None:
        self.model.refresh(item.uid)
        if self.current_item() is item:
            self.details.show_item(item)
            self._order_tabs()
            self._update_actions()

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None and self._can_redact(item):
            self.open_editor()
        else:  # keyboard users land on the findings: the pane's plain lines
            lines = self.details.findings()
            stops = self._details_stops()
            for w in [lines] if lines.isVisible() else stops[:1]:
                w.setFocus(Qt.FocusReason.OtherFocusReason)

    def _can_redact(self, item: BatchItem | None) -> bool:
        return (
            item is not None
            and not self.runner.running
            and item.report is not None
            and item.report.format in (*PHOTO_FORMATS, *CLIP_FORMATS)
        )

    def open_editor(self) -> None:
        item = self.current_item()
        if item is None or not self._can_redact(item):
            return
        from gui.editor import RedactionEditor  # loads the detector only when needed

        editor: RedactionEditor
        spans: Callable[[], list[tuple[float, float]]] = list  # a photo's areas have no times
        if item.file_type() in CLIP_FORMATS:
            from gui.editor_clip import ClipEditor

            regions, mode, color = list(item.regions), item.redact_mode, item.redact_color
            editor = clip_editor = ClipEditor(
                item.path, regions, mode, color, self, list(item.spans), pool=self.inspector.work
            )
            spans = clip_editor.spans
        else:
            editor = RedactionEditor(
                item.path,
                list(item.regions),
                item.redact_mode,
                item.redact_color,
                self,
                fast_faces=self.options.fast_faces,
                pool=self.inspector.work,  # decoded in the app's worker processes
            )
        if editor.exec() != QDialog.DialogCode.Accepted:
            return
        item.regions = list(editor.regions())
        item.spans = spans()
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

    def _in_place_changed(self, checked: bool) -> None:
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
        folder = dialogs.choose_folder(self, self.tr("Choose where to save the clean copies"))
        if folder:
            self.output_dir = folder  # for this session only: never saved
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
        folder: Path | None = None
        if not self.options_box.in_place():
            folder = self.output_dir or self._default_folder(todo[0].path)
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
        naming = self.options_box.naming()
        tasks = []
        for item in todo:
            regions, mode, color = list(item.regions), item.redact_mode, item.redact_color
            task = Task(
                item.uid, item.path, folder, options, naming, regions, mode, color, link=item.link
            )
            task.earlier = item.copy
            task.photo = item.report is not None and item.report.format in PHOTO_FORMATS
            task.clip = item.file_type() in CLIP_FORMATS
            task.spans = list(item.spans)
            if self.options.cover_faces and item.file_type() in (*PHOTO_FORMATS, *CLIP_FORMATS):
                task.faces = self.options.face_search()
            tasks.append(task)
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
        self.run_bar.start_progress(len(tasks))
        self.runner.start(tasks)
        self._update_actions()

    def cancel(self) -> None:
        if self.runner.running:
            self._say(self.tr("Stopping: files being cleaned now are left as they were…"))
            self.runner.cancel()
            self._update_actions()

    def _item_started(self, uid: int) -> None:
        item = self.model.find(uid)
        if item is not None:
            item.status, item.percent = Status.CLEANING, None
            self._item_changed(item)

    def _item_progress(self, uid: int, percent: int) -> None:
        item = self.model.find(uid)
        if item is not None and item.status is Status.CLEANING:
            item.percent = percent
            self._item_changed(item)

    def _item_finished(self, uid: int, result: object, after: object) -> None:
        item = self.model.find(uid)
        if item is None:
            return
        item.status, item.percent = Status.DONE, None
        item.result = result  # type: ignore[assignment]
        item.after = after  # type: ignore[assignment]
        out = item.result.output if item.result is not None else None
        if item.result is not None and item.result.outcome.ok and out and out != item.path:
            item.copy = Copy.of(out)  # a failed clean keeps the earlier copy to replace
        self._item_changed(item)

    def _batch_finished(self, cancelled: bool) -> None:
        folder = self._batch_folder
        if folder is not None and self.output_dir is None:
            with contextlib.suppress(OSError):
                folder.rmdir()  # only if empty: nothing was written into the new folder
            if folder.is_dir():
                self._made = folder
        if folder is not None:  # copies: show where they are now (a replaced one stays put)
            folders = summary.copy_folders(self._batch_items())
            self.last_output = folders[0] if folders else None
        self._say(self._summary(cancelled))
        self._update_actions()
        self._show_output()

    def _batch_items(self) -> list[BatchItem]:
        return [i for i in map(self.model.find, self._batch_uids) if i is not None]

    def _summary(self, cancelled: bool) -> str:
        return "\n".join(summary.lines(self._batch_items(), cancelled))

    def _say(self, text: str) -> None:
        self.run_bar.say(text)

    def open_output(self) -> None:
        if self.last_output is not None and self.last_output.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_output)))

    # --- state ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        running = self.runner.running
        has_items = bool(self.model.items)
        selected = bool(self.view.selectionModel().selectedRows())
        can_redact = self._can_redact(self.current_item())
        c = self.commands
        for widget in (c.clean, self.clean_button):
            widget.setEnabled(has_items and not running)
        for widget in (c.cancel, self.cancel_button):
            widget.setEnabled(running and not self.runner.cancelled)
        for widget in (c.remove, self.remove_button):
            widget.setEnabled(selected and not running)
        self.clear_button.setEnabled(has_items and not running)
        for widget in (c.redact, self.redact_button):
            widget.setEnabled(can_redact)
        self.options_box.setEnabled(not running)
        self.output_box.setEnabled(not running)
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
        # Mid-batch: start no more files and stop those being cleaned (their workers
        # delete their temp files), so every copy on disk is whole (or not there at all).
        if self.runner.running:
            self._say(self.tr("Stopping: files being cleaned now are left as they were…"))
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
