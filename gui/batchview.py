"""The batch list: a table model over BatchItems, a delegate drawing "reveals" badges as
chips, and the view that takes dropped files.

Built for hundreds of files: no widget per row, fixed row heights, and thumbnails are
asked for only when a row is painted (the view only paints what is visible).
"""

from __future__ import annotations

import html
from collections.abc import Container, Iterable
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from gui import contrast, words
from gui.items import BatchItem, Status
from scrubber.model import Category, Outcome, escape
from scrubber.redact import Region

ICON = 48  # logical pixels of a thumbnail in the list
NAME_SAMPLE = "IMG_20240611_1432.jpg"  # the least file name width: a camera's, nearly whole
CHIP_CACHE = 64  # cells of "reveals" chips kept drawn (rows mostly share a few)
BadgesRole = Qt.ItemDataRole.UserRole + 1
UidRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


_ONE_AREA = Region("rect", 0, 0, 1, 1)


class Column(IntEnum):
    NAME = 0
    TYPE = 1
    REVEALS = 2
    STATUS = 3


_COLUMNS = tuple(Column)
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        BadgesRole,
        UidRole,
    )
)


def rich_safe(text: str) -> str:
    """Tooltips guess whether text is HTML: escape and mark it so it always shows as typed."""
    return f"<p>{html.escape(text)}</p>"


class BatchModel(QAbstractTableModel):
    thumbnailWanted = Signal(int, object)  # uid, Path: a visible row has no thumbnail yet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[BatchItem] = []
        self._rows: dict[int, int] = {}
        self._paths: set[Path] = set()
        self._pixmaps: dict[int, QPixmap] = {}
        self._asked: set[int] = set()
        # uid: ((report, result, after), words)
        self._badge_cache: dict[int, tuple[tuple[object, ...], list[str]]] = {}
        # Thumbnails wanted by rows being painted: asked for after the paint, not in it.
        self._wanted: list[tuple[int, Path]] = []
        self._want_timer = QTimer(self)
        self._want_timer.setSingleShot(True)
        self._want_timer.setInterval(0)
        self._want_timer.timeout.connect(self._ask_thumbnails)

    # --- the list ---------------------------------------------------------------------

    def add(self, paths: Iterable[Path], links: Container[Path] = ()) -> list[BatchItem]:
        """Append files not in the list yet (those in `links`: links found in a folder,
        listed but never read); returns the new items."""
        new: list[BatchItem] = []
        for path in paths:
            key = path.absolute()
            if key in self._paths:
                continue
            self._paths.add(key)
            new.append(BatchItem(key, link=path in links))
        if new:
            first = len(self.items)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.items.extend(new)
            self._rows.update((item.uid, first + i) for i, item in enumerate(new))
            self.endInsertRows()
        return new

    def remove(self, rows: Iterable[int]) -> None:
        # From the bottom up, in runs, so the view updates in a few steps.
        for row in sorted(set(rows), reverse=True):
            if not 0 <= row < len(self.items):
                continue
            self.beginRemoveRows(QModelIndex(), row, row)
            item = self.items.pop(row)
            self._forget(item)
            self.endRemoveRows()
        self._reindex()

    def clear(self) -> None:
        self.beginResetModel()
        self.items.clear()
        self._rows.clear()
        self._paths.clear()
        self._pixmaps.clear()
        self._asked.clear()
        self._badge_cache.clear()
        self._wanted.clear()
        self.endResetModel()

    def _forget(self, item: BatchItem) -> None:
        self._paths.discard(item.path)
        self._pixmaps.pop(item.uid, None)
        self._asked.discard(item.uid)
        self._badge_cache.pop(item.uid, None)

    def _reindex(self) -> None:
        self._rows = {item.uid: row for row, item in enumerate(self.items)}

    def item(self, row: int) -> BatchItem | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def find(self, uid: int) -> BatchItem | None:
        row = self._rows.get(uid)
        return None if row is None else self.items[row]

    def row_of(self, uid: int) -> int | None:
        return self._rows.get(uid)

    def refresh(self, uid: int) -> None:
        """Repaint a row after its item changed."""
        row = self._rows.get(uid)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def refresh_all(self) -> None:
        """After a language change: every text is looked up again."""
        self._badge_cache.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self.items:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.items) - 1, len(Column) - 1)
            )

    def set_thumbnail(self, uid: int, image: QImage | None) -> None:
        item = self.find(uid)
        if item is None:
            return
        item.thumbnail = image
        if image is None or image.isNull():
            self._pixmaps[uid] = _no_preview()
        else:
            ratio = QApplication.instance().devicePixelRatio()  # type: ignore[union-attr]
            side = round(ICON * ratio)
            scaled = image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            self._pixmaps[uid] = pixmap
        self.refresh(uid)

    # --- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: self.tr("File"),
            Column.TYPE: self.tr("Type"),
            Column.REVEALS: self.tr("What it reveals"),
            Column.STATUS: self.tr("Status"),
        }.get(Column(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called several times per cell and paint (font, colours, alignment...): most
        # roles leave at once.
        if role not in _ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self.items):
            return None
        item = self.items[row]
        column = _COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column is Column.NAME:
            return self._decoration(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.NAME:
                return rich_safe(escape(str(item.path)))
            if column is Column.STATUS and self._problem(item):
                return rich_safe(self._problem(item) or "")
            if column is Column.REVEALS and self._badges(item):
                return rich_safe(", ".join(self._badges(item)))
            return None
        if role == BadgesRole and column is Column.REVEALS:
            return self._badges(item)
        if role == UidRole:
            return item.uid
        return None

    def multiData(self, index: Index, roleDataSpan: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a cell's paint asks for, in one call: Qt would otherwise call data()
        once per role, and each call from Qt into Python may wait for the GIL held by a
        worker thread (milliseconds under load)."""
        if isinstance(roleDataSpan, QModelRoleData):
            roleDataSpan.setData(self.data(index, roleDataSpan.role()))
            return
        for i in range(roleDataSpan.size()):
            wanted: QModelRoleData = roleDataSpan[i]  # type: ignore[index]
            # Always set: Qt reuses the same span from cell to cell.
            wanted.setData(self.data(index, wanted.role()))

    def _text(self, item: BatchItem, column: Column) -> str:
        match column:
            case Column.NAME:
                return item.display_name()
            case Column.TYPE:
                return item.file_type()
            case Column.REVEALS:
                badges = self._badges(item)
                if badges:
                    return ", ".join(badges)
                return self.tr("nothing found") if item.report else ""
            case Column.STATUS:
                return self.status_text(item)
        return ""

    def _badges(self, item: BatchItem) -> list[str]:
        """What the file reveals; once cleaned, what was removed (or, if the re-check of
        the copy found anything, what is still in it)."""
        if item.report is None:
            return []
        key = (item.report, item.result, item.after)
        cached = self._badge_cache.get(item.uid)
        if cached is not None and all(a is b for a, b in zip(cached[0], key, strict=True)):
            return cached[1]
        result, after = item.result, item.after
        if after is not None and after.findings:
            badges = words.left_badges(f.category for f in after.findings)
        elif result is not None and result.outcome.ok and after is not None and result.removed:
            badges = words.removed_badges(f.category for f in result.removed)
        else:
            badges = words.badges(f.category for f in item.report.findings)
        self._badge_cache[item.uid] = (key, badges)
        return badges

    @staticmethod
    def _problem(item: BatchItem) -> str | None:
        """Why the file could not be read or cleaned, in plain words (the core's English
        detail is in the details pane)."""
        if item.result is not None and item.result.error is not None:
            return words.error(item.result.error.code)
        return words.error(item.error_code) if item.error else None

    def status_text(self, item: BatchItem) -> str:
        if item.link:  # before and after a clean: nothing else happens to it
            return self.tr("Link: not followed")
        match item.status:
            case Status.QUEUED | Status.INSPECTING:
                return self.tr("Checking…")
            case Status.UNREADABLE if item.error_code == "unsupported":
                return self.tr("Not supported")
            case Status.UNREADABLE:
                return self.tr("Could not be read")
            case Status.CLEANING if item.percent is not None:
                return self.tr("Cleaning… {percent}%").format(percent=item.percent)
            case Status.CLEANING:
                return self.tr("Cleaning…")
            case Status.DONE if item.result is not None:
                return words.outcome(item.result.outcome)
        if item.regions:
            return self.tr("Ready; areas to cover: {count}").format(count=len(item.regions))
        return self.tr("Ready")

    def status_samples(self) -> list[str]:
        """Every status text in the current language (to size the column)."""
        samples = [BatchItem(Path("x"), status=status) for status in Status]
        samples.append(BatchItem(Path("x"), status=Status.UNREADABLE, error_code="unsupported"))
        samples.append(BatchItem(Path("x"), regions=[_ONE_AREA] * 10))
        samples.append(BatchItem(Path("x"), status=Status.CLEANING, percent=100))
        texts = [self.status_text(item) for item in samples]
        return texts + [words.outcome(outcome) for outcome in Outcome]

    def _decoration(self, item: BatchItem) -> QPixmap | None:
        pixmap = self._pixmaps.get(item.uid)
        if pixmap is not None:
            return pixmap
        if item.uid not in self._asked and not item.link:  # a link is never read
            self._asked.add(item.uid)
            self._wanted.append((item.uid, item.path))
            if not self._want_timer.isActive():
                self._want_timer.start()
        return _placeholder()

    def _ask_thumbnails(self) -> None:
        wanted, self._wanted = self._wanted, []
        for uid, path in wanted:
            if uid in self._asked:  # not removed from the list meanwhile
                self.thumbnailWanted.emit(uid, path)


_PIXMAPS: dict[tuple[str, float], QPixmap] = {}


def _square(kind: str) -> QPixmap:
    """A thumbnail-sized square: empty while a preview loads ("wait"), or with the
    style's plain file icon in the middle for files without a preview ("file")."""
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    if (kind, ratio) not in _PIXMAPS:
        pixmap = QPixmap(round(ICON * ratio), round(ICON * ratio))
        pixmap.fill(Qt.GlobalColor.transparent)
        pixmap.setDevicePixelRatio(ratio)
        if kind == "file":
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            side = ICON * 2 // 3
            painter = QPainter(pixmap)
            icon.paint(painter, QRect((ICON - side) // 2, (ICON - side) // 2, side, side))
            painter.end()
        _PIXMAPS[kind, ratio] = pixmap
    return _PIXMAPS[kind, ratio]


def _placeholder() -> QPixmap:
    return _square("wait")


def _no_preview() -> QPixmap:
    return _square("file")


class WrapDelegate(QStyledItemDelegate):
    """Text on up to two lines where the view otherwise cuts it: a status such as "Could
    not be read" stays whole in a narrow column (rows are two lines tall)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText


class BadgeDelegate(QStyledItemDelegate):
    """Paints the "what it reveals" words as small rounded chips in palette colours."""

    PAD, GAP = 6, 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._chips: dict[tuple[object, ...], QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        badges = index.data(BadgesRole)
        if not badges:
            super().paint(painter, option, index)
            return
        # The view's option as it is: background, selection and focus, no text (skipping
        # initStyleOption saves a model call per cell and paint).
        opt = option
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        rect: QRect = opt.rect
        ratio = painter.device().devicePixelRatioF()
        key = (
            tuple(badges),
            rect.width(),
            rect.height(),
            selected,
            rtl,
            opt.palette.cacheKey(),
            opt.font.key(),
            ratio,
        )
        chips = self._chips.get(key)
        if chips is None:
            if len(self._chips) > CHIP_CACHE:
                self._chips.clear()
            chips = self._chips[key] = self._draw_chips(opt, badges, selected, rtl, ratio)
        painter.drawPixmap(rect.topLeft(), chips)

    def _draw_chips(
        self,
        opt: QStyleOptionViewItem,
        badges: list[str],
        selected: bool,
        rtl: bool,
        ratio: float,
    ) -> QPixmap:
        """The chips of one cell on a transparent pixmap: every row with the same words
        at the same size shares it (drawing rounded, antialiased chips is slow)."""
        ink, fill, edge = self.chip_colours(opt.palette, selected)

        size = opt.rect.size()
        pixmap = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        fm = opt.fontMetrics
        height = fm.height() + 4
        area = QRect(QPoint(0, 0), size).adjusted(4, 2, -4, -2)
        painter = QPainter(pixmap)
        painter.setFont(opt.font)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for chip, text in self._layout(badges, fm, area, height):
            if rtl:  # mirror the flow: first chip at the right
                chip.moveLeft(area.left() + area.right() - chip.right())
            painter.setPen(edge)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, height / 2, height / 2)
            painter.setPen(ink)
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    @staticmethod
    def chip_colours(palette: QPalette, selected: bool) -> tuple[QColor, QColor, QColor]:
        """Text, fill and edge of a chip. The fill tints the row: with the selection
        colour on a plain row, and away from the text (darker under white) on a selected
        row, where a lighter chip left white text at 2.9:1; the text is then moved until
        it reads at 4.5:1 on every row the chip can be on."""
        role = QPalette.ColorRole
        if selected:
            ink, rows = palette.color(role.HighlightedText), [palette.color(role.Highlight)]
            light = contrast.luminance(ink) > contrast.luminance(rows[0])
            fill = QColor("black" if light else "white")
        else:
            ink = palette.color(role.Text)
            rows = [palette.color(role.Base), palette.color(role.AlternateBase)]
            fill = QColor(palette.color(role.Highlight))
        edge = QColor(fill)
        fill.setAlpha(45)
        edge.setAlpha(140)
        ink = contrast.readable(ink, *(contrast.over(fill, row) for row in rows))
        return ink, fill, edge

    def _layout(
        self, badges: list[str], fm: QFontMetrics, area: QRect, height: int
    ) -> list[tuple[QRect, str]]:
        """Chips flowing over as many lines as fit; what does not fit becomes "+N"."""
        gap = self.GAP
        lines = max(1, (area.height() + gap) // (height + gap))
        top = area.top() + (area.height() - (lines * height + (lines - 1) * gap)) // 2

        def width_of(text: str) -> int:
            return fm.horizontalAdvance(text) + 2 * self.PAD

        placed: list[tuple[QRect, str]] = []
        x, line = area.left(), 0
        for i, text in enumerate(badges):
            width = width_of(text)
            if x > area.left() and x + width > area.right():
                line, x = line + 1, area.left()
            later = len(badges) - i - 1
            room = area.right() - x
            fits = line < lines and width <= room
            if fits and later and line == lines - 1:  # leave room for "+N" on the last line
                fits = width + gap + width_of(f"+{later}") <= room
            if not fits:
                if line >= lines:  # back to the end of the last line
                    line = lines - 1
                    x = placed[-1][0].right() + gap + 1 if placed else area.left()
                more = f"+{len(badges) - i}"
                placed.append((QRect(x, top + line * (height + gap), width_of(more), height), more))
                break
            placed.append((QRect(x, top + line * (height + gap), width, height), text))
            x += width + gap
        return placed

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        badges = index.data(BadgesRole)
        if not badges:
            return super().sizeHint(option, index)
        fm = option.fontMetrics
        width = sum(fm.horizontalAdvance(b) + 2 * self.PAD + self.GAP for b in badges)
        return QSize(width + 8, fm.height() + 8)


class BatchView(QTableView):
    """The batch list; also the drop area (files and folders from a file manager)."""

    pathsDropped = Signal(list)  # list[Path]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholder = ""
        # Column widths this language wants, and the least each can live with.
        self._wanted: dict[Column, int] = {Column.TYPE: 64, Column.REVEALS: 150, Column.STATUS: 150}
        self._least: dict[Column, int] = dict(self._wanted)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setIconSize(QSize(ICON, ICON))
        self.setTabKeyNavigation(False)  # Tab leaves the list, as keyboard users expect
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ICON + 8)
        self.setItemDelegateForColumn(Column.REVEALS, BadgeDelegate(self))
        self.setItemDelegateForColumn(Column.STATUS, WrapDelegate(self))

    def setModel(self, model: object) -> None:
        super().setModel(model)  # type: ignore[arg-type]
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        # Never ResizeToContents: it measures every row, slow with hundreds of files.
        # The name takes what is left: cut in the middle it was hard to recognise, while
        # the chips need only a fixed width (what does not fit becomes "+N").
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.fit_column(Column.TYPE, ["JPEG", "HEIC", "DOCX"], least=56, most=90)
        self.fit_reveals()

    def fit_reveals(self) -> None:
        """The "what it reveals" column wide enough for the widest chip in this language
        and a "+N" chip beside it; shorter chips share lines, the rest is "+N"."""
        metrics = self.fontMetrics()
        pad, gap = BadgeDelegate.PAD, BadgeDelegate.GAP
        chips = [words.removed_badges([c])[0] for c in (Category.LOCATION, Category.PERSON)]
        chips += [words.badge(c) for c in Category]
        widest = max(metrics.horizontalAdvance(chip) for chip in chips)
        wanted = widest + metrics.horizontalAdvance("+5") + 4 * pad + gap + 10
        self._wanted[Column.REVEALS] = max(150, min(260, wanted))
        # At the least, one chip a line (the row has two) and "+N" for the rest: the
        # details show them all.
        least = max(110, widest + 2 * pad + 10)
        self._least[Column.REVEALS] = min(self._wanted[Column.REVEALS], least)
        self._share()

    def fit_column(self, column: int, texts: list[str], least: int = 110, most: int = 280) -> None:
        """Wide enough for the longest of texts in this language (translations differ)."""
        metrics = self.fontMetrics()
        margin = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_FocusFrameHMargin) + 16
        wanted = max((metrics.horizontalAdvance(t) for t in texts), default=0) + margin
        key = Column(column)
        self._wanted[key] = max(least, min(most, wanted))
        # Statuses wrap to a second line rather than being cut (WrapDelegate).
        self._least[key] = min(self._wanted[key], max(least, wanted * 3 // 5))
        self._share()

    def least_name_width(self) -> int:
        """The file name column never gets less than a thumbnail and a camera's name
        ("IMG_20240611_1432.jpg"): cut to "I…g" no file could be told from another."""
        text = self.fontMetrics().horizontalAdvance(NAME_SAMPLE)
        return self.iconSize().width() + text + 24

    def _share(self) -> None:
        """Give the name its least width first; the other columns give up what they
        can beyond their own least, "what it reveals" first (its chips fold into "+N")."""
        header = self.horizontalHeader()
        room = self.viewport().width() - self.least_name_width()
        widths = dict(self._wanted)
        for column in (Column.REVEALS, Column.STATUS, Column.TYPE):
            over = sum(widths.values()) - room
            if over <= 0:
                break
            widths[column] = max(self._least[column], widths[column] - over)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        frame = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width()
        self.setMinimumWidth(self.least_name_width() + sum(self._least.values()) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._share()

    def set_placeholder(self, text: str) -> None:
        self._placeholder = text
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(
            self.viewport().rect().adjusted(24, 24, -24, -24), flags, self._placeholder
        )
        painter.end()

    # --- drops: files and folders, always copied from (never moved) -------------------

    @staticmethod
    def _local_paths(event: QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._accept(event)

    def _accept(self, event: QDropEvent) -> None:
        if self._local_paths(event):
            # Copy, never move: a file manager told "moved" may delete the originals.
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_paths(event)
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.pathsDropped.emit(paths)
