"""The redaction editor: mark faces, tattoos, windows and other areas of one photo to cover.

Opened from the batch list; returns the areas (pixels of the photo as displayed), the mode
and the colour, which travel with the file into the batch clean. The photo is decoded in
a worker process (a decoder's crash or hang costs the editor its picture, not the app);
face detection and the preview run in worker threads (gui/editor_work.py); the preview is
made by the same core function that writes the file, so it shows exactly what will be
written.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QIcon,
    QImage,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSlider,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui import editor_work as work
from gui import fit, workers
from gui.editor_canvas import Canvas, Tool
from gui.editor_commands import Add, Delete, Look, Move, Reshape, Toggle
from gui.editor_items import AreaItem
from gui.paths import icon
from scrubber.cancel import CancelToken
from scrubber.isolation import Isolation
from scrubber.redact import detect
from scrubber.redact.regions import Region

MODES = ("fill", "mosaic", "blur")
KINDS = ("face", "rect", "ellipse", "brush", "polygon")
SAME_FACE = 0.3  # overlap (intersection over union) above which a found face is a known one
SERIAL = Qt.ItemDataRole.UserRole


def _icon(name: str) -> QIcon:
    path = icon(name)
    return QIcon(str(path)) if path.exists() else QIcon()


class RedactionEditor(QDialog):
    def __init__(
        self,
        path: Path,
        regions: list[Region],
        mode: str = "fill",
        color: tuple[int, int, int] = (0, 0, 0),
        parent: QWidget | None = None,
        fast_faces: bool = False,
        pool: Isolation | None = None,
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        # Where the file is decoded: the app's worker processes unless told otherwise.
        self._pool = pool if pool is not None else workers.app_isolation()
        self._cancel = CancelToken()  # set on closing: a decode still running is stopped
        # The thorough search (small faces too) unless the user chose the quick one.
        self._search = detect.Search.FAST if fast_faces else detect.Search.THOROUGH
        self._mode = mode if mode in MODES else "fill"
        self._color = color
        self._items: list[AreaItem] = []
        self._counts = dict.fromkeys(KINDS, 0)
        self._image: Image.Image | None = None  # the full photo once loaded
        self._load_error: str | None = None
        self._preview_error: str | None = None
        self._detect_state = "waiting"  # waiting, running, small, done, unavailable
        self._closed = False
        self._detect_message = ""
        self._found = 0
        self._preview_serial = 0
        self._preview_busy = False
        self._preview_again = False
        self._relay = work.Relay()
        self._relay.finished.connect(self._on_result)
        self._stack = QUndoStack(self)
        # Escape deselects first (the canvas); with areas changed, one more press only
        # warns and the next discards them: a double press must not lose the work.
        self._discard_armed = False
        self._stack.indexChanged.connect(self._disarm_discard)
        self._build()
        self._tab_order()  # once subclasses have added their widgets too
        for region in regions:
            self._attach_new(region)
        self._set_look_widgets()
        self.retranslate()
        self.setSizeGripEnabled(True)
        self.resize(self._good_size())
        self._start_loading()

    def _start_loading(self) -> None:
        path, pool, cancel = self._path, self._pool, self._cancel
        work.start(self._relay, "load", 0, lambda: work.load(path, pool, cancel))

    # --- results ----------------------------------------------------------------------------

    def regions(self) -> list[Region]:
        """The areas to cover (those switched on), in pixels of the photo as displayed."""
        return [item.region() for item in self._items if item.enabled]

    def mode(self) -> str:
        return self._mode

    def color(self) -> tuple[int, int, int]:
        return self._color

    def all_areas(self) -> list[AreaItem]:
        """Every area in the list, covered or not (for tests and the side list)."""
        return list(self._items)

    def busy(self) -> bool:
        """Whether loading, detection or a preview is still running."""
        return not self._closed and (
            (self._image is None and self._load_error is None)
            or self._detect_state in ("running", "small")
            or self._preview_busy
        )

    # --- building the window ----------------------------------------------------------------

    def _build(self) -> None:
        self.canvas = Canvas(self)
        self.canvas.drawn.connect(self._on_drawn)
        self.canvas.moved.connect(self._on_moved)
        self.canvas.reshaped.connect(self._on_reshaped)
        self.canvas.order = self.all_areas
        self.canvas.scene().selectionChanged.connect(self._scene_selection)
        self.canvas.setMinimumSize(320, 240)

        # Drawing tools run down the left (long translations grow sideways there, not
        # off the window's edge); undo, zoom and preview sit above the photo.
        self.toolbar = self._toolbar(Qt.Orientation.Vertical)
        self.viewbar = self._toolbar(Qt.Orientation.Horizontal)
        self._tools = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, name, key in (
            (Tool.SELECT, "select", "V"),
            (Tool.RECT, "rect", "R"),
            (Tool.ELLIPSE, "ellipse", "E"),
            (Tool.BRUSH, "brush", "B"),
        ):
            action = QAction(_icon(name), "", self)
            action.setCheckable(True)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, t=tool: self._set_tool(t))
            self._tools.addAction(action)
            self.toolbar.addAction(action)
            self.tool_actions[tool] = action
        self.tool_actions[Tool.RECT].setChecked(True)

        self.brush_label = QLabel(self)
        self.brush_width = QSlider(Qt.Orientation.Horizontal, self)
        self.brush_width.setRange(4, 120)
        self.brush_width.setValue(self.canvas.brush_px)
        self.brush_width.setMinimumWidth(80)
        self.brush_width.valueChanged.connect(self._set_brush)
        self.brush_label.setBuddy(self.brush_width)
        self.toolbar.addWidget(self.brush_label)
        self.toolbar.addWidget(self.brush_width)
        self.toolbar.addSeparator()

        # The keyboard's way to draw: a new area in the middle of the view, then the
        # arrow keys move it and Ctrl+arrows resize it (see Canvas.keyPressEvent).
        self.add_action = QAction(_icon("add-area"), "", self)
        self.add_action.setShortcuts([QKeySequence("N"), QKeySequence(Qt.Key.Key_Insert)])
        self.add_action.triggered.connect(self.add_in_view)
        self.toolbar.addAction(self.add_action)

        self.delete_action = QAction(_icon("remove"), "", self)
        self.delete_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action = QAction(_icon("undo"), "", self)
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.triggered.connect(self._stack.undo)
        self.redo_action = QAction(_icon("redo"), "", self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self._stack.redo)
        self._stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self._stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.toolbar.addAction(self.delete_action)
        self.viewbar.addAction(self.undo_action)
        self.viewbar.addAction(self.redo_action)
        self.viewbar.addSeparator()

        self.zoom_out_action = QAction(_icon("zoom-out"), "", self)
        self.zoom_out_action.setShortcuts([QKeySequence("-"), QKeySequence("Ctrl+-")])
        self.zoom_out_action.triggered.connect(lambda: self.canvas.zoom(1 / 1.25))
        self.zoom_in_action = QAction(_icon("zoom-in"), "", self)
        self.zoom_in_action.setShortcuts(
            [QKeySequence("+"), QKeySequence("="), QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]
        )
        self.zoom_in_action.triggered.connect(lambda: self.canvas.zoom(1.25))
        self.fit_action = QAction(_icon("zoom-fit"), "", self)
        self.fit_action.setShortcuts([QKeySequence("0"), QKeySequence("Ctrl+0")])
        self.fit_action.triggered.connect(self.canvas.fit)
        self.preview_action = QAction(_icon("preview"), "", self)
        self.preview_action.setCheckable(True)
        self.preview_action.setShortcut(QKeySequence("P"))
        self.preview_action.toggled.connect(self._set_preview)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            self.viewbar.addAction(action)
        self.viewbar.addSeparator()
        self.viewbar.addAction(self.preview_action)
        for bar in (self.toolbar, self.viewbar):
            for action in bar.actions():
                button = bar.widgetForAction(action)
                if button is None or isinstance(button, QSlider | QLabel):
                    continue
                # Buttons are reachable with Tab; separators are drawings, never a stop.
                button.setFocusPolicy(
                    Qt.FocusPolicy.NoFocus if action.isSeparator() else Qt.FocusPolicy.TabFocus
                )

        side = QWidget(self)
        panel = QVBoxLayout(side)
        panel.setContentsMargins(0, 0, 0, 0)
        self.list_label = QLabel(side)
        self.area_list = QListWidget(side)
        self.area_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.area_list.itemChanged.connect(self._list_checked)
        self.area_list.itemSelectionChanged.connect(self._list_selection)
        self.list_label.setBuddy(self.area_list)
        self.note = QLabel(side)
        self.note.setWordWrap(True)
        self.detect_status = QLabel(side)
        self.detect_status.setWordWrap(True)
        self.detect_status.setTextFormat(Qt.TextFormat.PlainText)
        self.small_faces = QPushButton(side)
        self.small_faces.setEnabled(False)
        self.small_faces.clicked.connect(self.find_small_faces)

        self.look_box = QGroupBox(side)
        look = QVBoxLayout(self.look_box)
        self.mode_buttons = QButtonGroup(self)
        self.mode_radio: dict[str, QRadioButton] = {}
        for mode in MODES:
            radio = QRadioButton(self.look_box)
            self.mode_buttons.addButton(radio)
            self.mode_radio[mode] = radio
            look.addWidget(radio)
            radio.toggled.connect(lambda on, m=mode: self._pick_mode(m) if on else None)
        self.color_button = QPushButton(self.look_box)
        self.color_button.clicked.connect(self._pick_color)
        look.addWidget(self.color_button)

        panel.addWidget(self.list_label)
        panel.addWidget(self.area_list, 1)
        panel.addWidget(self.note)
        panel.addWidget(self.detect_status)
        panel.addWidget(self.small_faces)
        panel.addWidget(self.look_box)

        middle = QWidget(self)
        around = QHBoxLayout(middle)
        around.setContentsMargins(0, 0, 0, 0)
        around.addWidget(self.toolbar)
        around.addWidget(self.canvas, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(middle)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        # Own buttons, not standard ones: a button box re-labels its standard buttons on a
        # language change, after (and over) our retranslate().
        self.buttons = QDialogButtonBox(self)
        self.ok_button = QPushButton(self.buttons)
        self.cancel_button = QPushButton(self.buttons)
        self.ok_button.setDefault(True)
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.viewbar)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self._set_tool(Tool.RECT)
        self._paint_background()
        self.canvas.setFocus()

    def _tab_chain(self) -> list[QWidget]:
        """Every stop of the Tab key, in reading order: the bar above the photo, the
        tools beside it, the photo, the side panel, then the dialog's buttons."""
        chain: list[QWidget] = []
        for bar in (self.viewbar, self.toolbar):
            for action in bar.actions():
                widget = bar.widgetForAction(action)
                if widget is not None and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
        chain.append(self.canvas)
        chain += [self.area_list, self.small_faces, *self.mode_radio.values()]
        chain += [self.color_button, self.ok_button, self.cancel_button]
        return chain

    def _tab_order(self) -> None:
        chain = self._tab_chain()
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _toolbar(self, orientation: Qt.Orientation) -> QToolBar:
        bar = QToolBar(self)
        bar.setOrientation(orientation)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))
        # Flat buttons draw no focus frame of their own: Tab would move unseen. A frame
        # in the highlight colour shows the focus; the chosen tool keeps a shaded box.
        bar.setStyleSheet(
            "QToolButton { border: 2px solid transparent; border-radius: 4px; padding: 2px; }"
            "QToolButton:hover { background: palette(midlight); }"
            "QToolButton:checked { background: palette(midlight); border-color: palette(mid); }"
            "QToolButton:focus { border-color: palette(highlight); }"
        )
        return bar

    def _good_size(self) -> QSize:
        """Four fifths of the screen's free area (at least 720x520), never more than it."""
        free = fit.room(self)
        if free is None:
            return QSize(1000, 700)
        wanted = QSize(max(720, free.width() * 4 // 5), max(520, free.height() * 4 // 5))
        return wanted.boundedTo(free)

    def _paint_background(self) -> None:
        self.canvas.setBackgroundBrush(self.palette().brush(QPalette.ColorRole.Dark))

    # --- texts ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        changed = not self._stack.isClean() and self._stack.count() > 0
        if event.key() == Qt.Key.Key_Escape and changed and not self._discard_armed:
            self._discard_armed = True
            self.status.setText(
                self.tr("Press Esc again to close without your changes, or Enter to use them.")
            )
            event.accept()
            return
        super().keyPressEvent(event)

    def _disarm_discard(self) -> None:
        if self._discard_armed:
            self._discard_armed = False
            self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._paint_background()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hide faces and areas — {name}").format(name=self._path.name))
        names = {
            Tool.SELECT: (self.tr("Select and move"), "V"),
            Tool.RECT: (self.tr("Rectangle"), "R"),
            Tool.ELLIPSE: (self.tr("Ellipse"), "E"),
            Tool.BRUSH: (self.tr("Brush"), "B"),
        }
        for tool, (text, key) in names.items():
            self._describe(self.tool_actions[tool], text, key)
        self._describe(self.add_action, self.tr("Add area"), "N")
        self.add_action.setToolTip(
            self.tr("Add an area in the middle of the view, to move with the arrow keys (N)")
        )
        self._describe(self.delete_action, self.tr("Delete"), self.tr("Del"))
        self._describe(self.undo_action, self.tr("Undo"), "Ctrl+Z")
        self._describe(self.redo_action, self.tr("Redo"), "Ctrl+Shift+Z")
        self._describe(self.zoom_out_action, self.tr("Zoom out"), "-")
        self._describe(self.zoom_in_action, self.tr("Zoom in"), "+")
        self._describe(self.fit_action, self.tr("Fit"), "0")
        self._describe(self.preview_action, self.tr("Preview"), "P")
        self.preview_action.setToolTip(self.tr("Show exactly what will be written (P)"))
        self.brush_label.setText(self.tr("Brush &width"))
        self.brush_width.setAccessibleName(self.tr("Brush width"))
        self.toolbar.setAccessibleName(self.tr("Drawing tools"))
        self.viewbar.setAccessibleName(self.tr("Undo, zoom and preview"))
        self.canvas.setAccessibleName(self.tr("Photo"))
        self.canvas.setAccessibleDescription(
            self.tr(
                "Draw areas to cover with the mouse or the keyboard. "
                "Ctrl and the mouse wheel zoom; hold Space to pan."
            )
            + " "
            + self.keys_help()
        )
        self.canvas.setToolTip(self.keys_help())
        self.list_label.setText(self.tr("&Areas to cover (untick to leave uncovered)"))
        self.area_list.setAccessibleName(self.tr("Areas to cover"))
        self.note.setText(
            self.tr(
                "Automatic detection can miss faces — check every face yourself, "
                "including faces in mirrors, pictures and screens."
            )
        )
        self.note.setAccessibleName(self.note.text())
        self.small_faces.setText(self.tr("Find &small faces"))
        self.small_faces.setAccessibleName(self.tr("Find small faces"))
        self.small_faces.setToolTip(
            self.tr("Look again for small faces, for group photos (slower)")
        )
        self.look_box.setTitle(self.tr("How to cover"))
        self.mode_radio["fill"].setText(self.tr("Solid &fill (safest)"))
        self.mode_radio["mosaic"].setText(self.tr("Strong &mosaic"))
        self.mode_radio["blur"].setText(self.tr("B&lur (wiped first; a few average colours stay)"))
        for mode, radio in self.mode_radio.items():
            radio.setAccessibleName(radio.text().replace("&", ""))
            radio.setObjectName(f"mode-{mode}")
        self.color_button.setText(self.tr("Fill &colour…"))
        self.color_button.setAccessibleName(self.tr("Fill colour"))
        self.ok_button.setText(self.tr("&Use these areas"))
        self.ok_button.setAccessibleName(self.tr("Use these areas"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self._refresh_list()
        self._show_status()

    def _describe(self, action: QAction, text: str, key: str) -> None:
        action.setText(text)
        action.setToolTip(self.tr("{action} ({key})").format(action=text, key=key))
        for bar in (self.toolbar, self.viewbar):
            button = bar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(text)

    def keys_help(self) -> str:
        """The keyboard line: in the status under the photo and the photo's tooltip."""
        return self.tr(
            "Keyboard: N adds an area, arrows move it (Shift: further), Ctrl+arrows "
            "resize it, [ and ] pick another, Delete removes it."
        )

    def _area_name(self, item: AreaItem) -> str:
        n = item.serial
        if item.is_face:
            return self.tr("Face {n} (found automatically)").format(n=n)
        if item.base.kind == "rect":
            return self.tr("Rectangle {n}").format(n=n)
        if item.base.kind == "ellipse":
            return self.tr("Ellipse {n}").format(n=n)
        if item.base.kind == "brush":
            return self.tr("Brush stroke {n}").format(n=n)
        return self.tr("Shape {n}").format(n=n)

    def _show_status(self) -> None:
        if self._load_error is not None:
            self.status.setText(self._load_error)
        elif self._image is None:
            self.status.setText(self.tr("Loading…"))
        elif self.preview_action.isChecked() and self._preview_error is not None:
            self.status.setText(self._preview_error)
        elif self.preview_action.isChecked():
            self.status.setText(
                self.tr("Making the preview…")
                if self._preview_busy
                else self.tr("Preview: this is what will be written.")
            )
        else:
            self.status.setText(
                self.tr("Draw over anything that could identify you: faces, tattoos, marks.")
                + "\n"
                + self.keys_help()
            )
        match self._detect_state:
            case "waiting":
                text = ""
            case "running":
                text = self.tr("Looking for faces…")
            case "small":
                text = self.tr("Looking for small faces… this takes longer.")
            case "unavailable":
                text = self.tr(
                    "Face detection is not available ({reason}). Mark faces yourself."
                ).format(reason=self._detect_message)
            case _:
                text = (
                    self.tr("No faces were found automatically.")
                    if self._found == 0
                    else self.tr("Faces found automatically: {count}.").format(count=self._found)
                )
        self.detect_status.setText(text)

    # --- background results -----------------------------------------------------------------

    def _on_result(self, kind: str, serial: int, result: object) -> None:
        if self._closed:
            return
        if kind == "load":
            self._loaded(result)
        elif kind == "faces":
            self._detected(result)
        elif kind == "preview":
            self._previewed(serial, result)
        # No OK while faces are still being looked for: the user would confirm areas
        # without the faces the detector is about to propose.
        self.ok_button.setEnabled(
            self._image is not None and self._detect_state in ("done", "unavailable")
        )
        self._show_status()

    def _loaded(self, result: object) -> None:
        if isinstance(result, work.Failed):
            self._load_error = result.message
            self.canvas.setEnabled(False)
            return
        assert isinstance(result, work.Loaded)
        self._image = result.image
        self.canvas.set_photo(result.shown, result.image.size)
        self._run_detection(self._search, "running")
        if self.preview_action.isChecked():
            self._request_preview()

    def _run_detection(self, search: detect.Search, state: str) -> None:
        im = self._image
        if im is None:
            return
        self._search, self._detect_state = search, state
        self.small_faces.setEnabled(False)
        work.start(self._relay, "faces", 0, lambda: work.faces(im, search))

    def find_small_faces(self) -> None:
        self._run_detection(detect.Search.THOROUGH, "small")
        self.ok_button.setEnabled(False)
        self._show_status()

    def done(self, result: int) -> None:
        # The main window keeps closed editors as children: let go of the full-size
        # photo and its pixmaps now. The areas stay readable through regions().
        self._closed = True
        self._cancel.cancel()
        self._image = None
        self.canvas.drop_photo()
        super().done(result)

    def _detected(self, result: object) -> None:
        if isinstance(result, work.Failed):
            self._detect_state = "unavailable"
            self._detect_message = result.message
            return
        assert isinstance(result, list)
        known = [item.box() for item in self._items if item.is_face]
        for region in result:
            x0, y0, x1, y1 = region.box()
            if all(_iou((x0, y0, x1, y1), _edges(box)) <= SAME_FACE for box in known):
                self._attach_new(region)
                known.append(self._items[-1].box())
        self._found = sum(1 for item in self._items if item.is_face)
        self._detect_state = "done"
        # Only a quick search leaves small faces to look for.
        self.small_faces.setEnabled(self._search is detect.Search.FAST)
        self.changed()

    # --- areas (the undo commands call these) -----------------------------------------------

    def _attach_new(self, region: Region) -> AreaItem:
        """An area that is there from the start (given, or found): not an undo step."""
        item = self._new_item(region)
        self.attach(item)
        return item

    def _new_item(self, region: Region) -> AreaItem:
        kind = "face" if region.source == "detector" else region.kind
        self._counts[kind] += 1
        item = AreaItem(region, self._counts[kind])
        item.on_toggle = self._toggle_from_canvas
        return item

    def attach(self, item: AreaItem, index: int | None = None) -> None:
        self.canvas.add_area(item)
        item.tint = self._tint()
        item.setVisible(not self.preview_action.isChecked())
        place = len(self._items) if index is None else min(index, len(self._items))
        self._items.insert(place, item)
        self.changed()

    def detach(self, item: AreaItem) -> int:
        index = self._items.index(item)
        self._items.remove(item)
        item.setSelected(False)
        self.canvas.scene().removeItem(item)
        self.changed()
        return index

    def set_enabled(self, item: AreaItem, on: bool) -> None:
        item.set_enabled(on)
        self.changed()

    def set_look(self, mode: str, color: tuple[int, int, int]) -> None:
        self._mode, self._color = mode, color
        self._set_look_widgets()
        tint = self._tint()
        for item in self._items:
            item.tint = tint
            item.update()
        self.changed()

    def changed(self) -> None:
        self._refresh_list()
        if self.preview_action.isChecked():
            self._request_preview()

    # --- user actions -----------------------------------------------------------------------

    def _set_tool(self, tool: Tool) -> None:
        self.tool_actions[tool].setChecked(True)
        self.canvas.set_tool(tool)
        self.brush_width.setEnabled(tool is Tool.BRUSH)
        self.brush_label.setEnabled(tool is Tool.BRUSH)

    def _set_brush(self, value: int) -> None:
        self.canvas.brush_px = value

    def _on_drawn(self, region: Region) -> None:
        item = self._new_item(region)
        self._stack.push(Add(self, item))
        self.canvas.select_only([item])

    def add_in_view(self) -> None:
        """A new area in the middle of the view, selected, the photo focused for the
        arrow keys: an ellipse with the ellipse tool, a rectangle with any other."""
        kind = "ellipse" if self.canvas.tool is Tool.ELLIPSE else "rect"
        region = self.canvas.centre_region(kind)
        if region is None or self._image is None:
            return
        self.preview_action.setChecked(False)  # the preview hides the areas
        self._on_drawn(region)
        self.canvas.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_reshaped(self, item: AreaItem, old: Region, new: Region) -> None:
        self._stack.push(Reshape(self, item, old, new))

    def _on_moved(self, moves: list[tuple[AreaItem, QPointF, QPointF]], keys: bool) -> None:
        self._stack.push(Move(self, moves, keys))

    def _toggle_from_canvas(self, item: AreaItem) -> None:
        self._stack.push(Toggle(self, item, not item.enabled))

    def delete_selected(self) -> None:
        selected = [item for item in self._items if item.isSelected()]
        if selected:
            self._stack.push(Delete(self, selected))

    def _pick_mode(self, mode: str) -> None:
        if mode != self._mode:
            self._stack.push(Look(self, (self._mode, self._color), (mode, self._color)))

    def _pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(*self._color), self, self.tr("Fill colour"))
        if chosen.isValid():
            rgb = (chosen.red(), chosen.green(), chosen.blue())
            if rgb != self._color or self._mode != "fill":
                self._stack.push(Look(self, (self._mode, self._color), ("fill", rgb)))

    def _set_look_widgets(self) -> None:
        radio = self.mode_radio[self._mode]
        radio.blockSignals(True)
        radio.setChecked(True)
        radio.blockSignals(False)
        swatch = QPixmap(16, 16)
        swatch.fill(QColor(*self._color))
        self.color_button.setIcon(QIcon(swatch))
        self.color_button.setEnabled(self._mode == "fill")

    def _tint(self) -> QColor:
        # Mosaic and blur are mid-grey looks; fill shows its own colour.
        return QColor(*self._color) if self._mode == "fill" else QColor(128, 128, 128)

    # --- the side list ------------------------------------------------------------------------

    def _refresh_list(self) -> None:
        self.area_list.blockSignals(True)
        self.area_list.clear()
        for item in self._items:
            row = QListWidgetItem(self._area_name(item), self.area_list)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.enabled else Qt.CheckState.Unchecked)
            row.setData(SERIAL, id(item))
            row.setSelected(item.isSelected())
        self.area_list.blockSignals(False)

    def _item_for(self, row: QListWidgetItem) -> AreaItem | None:
        key = row.data(SERIAL)
        return next((item for item in self._items if id(item) == key), None)

    def _list_checked(self, row: QListWidgetItem) -> None:
        item = self._item_for(row)
        on = row.checkState() == Qt.CheckState.Checked
        if item is not None and on != item.enabled:
            # Pushed later: the list is rebuilt by the command, not inside its own signal.
            QTimer.singleShot(0, lambda: self._stack.push(Toggle(self, item, on)))

    def _list_selection(self) -> None:
        chosen = [self._item_for(row) for row in self.area_list.selectedItems()]
        items = [item for item in chosen if item is not None]
        scene = self.canvas.scene()
        scene.blockSignals(True)
        for item in self._items:
            item.setSelected(item in items)
        scene.blockSignals(False)
        if items and item_visible(items[0]):
            self.canvas.ensureVisible(items[0], 20, 20)

    def _scene_selection(self) -> None:
        self.area_list.blockSignals(True)
        for i in range(self.area_list.count()):
            row = self.area_list.item(i)
            item = self._item_for(row)
            row.setSelected(item is not None and item.isSelected())
        self.area_list.blockSignals(False)

    # --- preview ----------------------------------------------------------------------------

    def _set_preview(self, on: bool) -> None:
        for item in self._items:
            item.setVisible(not on)
        if on:
            self._request_preview()
        else:
            self._preview_serial += 1  # a preview still being made is not shown
            self.canvas.show_covered(None)
        self._show_status()

    def _request_preview(self) -> None:
        if self._image is None:
            return
        self._preview_serial += 1
        if self._preview_busy:
            self._preview_again = True
            return
        self._preview_busy = True
        im, regions, mode, color = self._image, self._shown_regions(), self._mode, self._color
        serial = self._preview_serial
        work.start(self._relay, "preview", serial, lambda: work.preview(im, regions, mode, color))

    def _shown_regions(self) -> list[Region]:
        """The areas covering the picture shown (a clip's editor leaves out those whose
        time range excludes the frame)."""
        return self.regions()

    def _previewed(self, serial: int, result: object) -> None:
        self._preview_busy = False
        if self._preview_again:
            self._preview_again = False
            self._request_preview()
            return
        self._preview_error = result.message if isinstance(result, work.Failed) else None
        if isinstance(result, work.Failed):
            return
        if serial == self._preview_serial and self.preview_action.isChecked():
            assert isinstance(result, QImage)
            self.canvas.show_covered(result)


def item_visible(item: AreaItem) -> bool:
    return item.isVisible() and item.scene() is not None


def _edges(box: QRectF) -> tuple[float, float, float, float]:
    return box.left(), box.top(), box.right(), box.bottom()


def _iou(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    iw = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    ih = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = iw * ih
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0
