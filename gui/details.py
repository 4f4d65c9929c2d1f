"""The details pane: what one file gave away before cleaning, and what its copy holds after.

Everything that comes from a file (names, keys, values, messages) is shown as plain text:
QLabels are set to Qt.PlainText and tree items never interpret markup, so a value such as
"<img src=x>" is displayed, never rendered. Previews are decoded in the thread pool.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QIcon,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionFocusRect,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import messages, plain, thumbs, words, workers
from gui.items import BatchItem, Status
from scrubber import isolation
from scrubber.model import Category, Finding, escape
from scrubber.redact.pipeline import FORMATS as PHOTO_FORMATS

PREVIEW_SIZE = 480  # pixels decoded for a preview; drawn smaller, sharp on HiDPI screens
BEFORE, AFTER = "before", "after"


def plain_label(parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label that can never interpret its text as markup (it may show file data)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class ElidedLabel(QLabel):
    """One line of plain text, shortened to fit: in the middle by default (a file name
    keeps its extension)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self._mode = mode

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setAccessibleName(text)
        # Tooltips guess at rich text: wrap escaped text in a tag so it always shows literally.
        self.setToolTip(f"<p>{html.escape(text)}</p>" if text else "")
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self._full, self._mode, self.width())
        super().setText(shown)


class _Tree(QTreeWidget):
    """Keys and values. The "What" column is as wide as its longest key, folded rows
    included, up to 60% of the list (refitted when the list is resized): Qt's
    resizeColumnToContents measures only rows on show, and with the groups folded (only
    spanned group rows) the column shrank to a few pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._keys = 0  # the width the keys want

    def fit_keys(self) -> None:
        metrics = self.fontMetrics()
        indent = self.indentation()
        widest = metrics.horizontalAdvance(self.headerItem().text(0))
        stack = [(self.topLevelItem(i), 1) for i in range(self.topLevelItemCount())]
        while stack:
            item, depth = stack.pop()
            if item is None:
                continue
            if not item.isFirstColumnSpanned():
                widest = max(widest, metrics.horizontalAdvance(item.text(0)) + indent * depth)
            stack += [(item.child(i), depth + 1) for i in range(item.childCount())]
        self._keys = widest + 16
        self._apply()

    def _apply(self) -> None:
        if self._keys:
            self.setColumnWidth(0, max(60, min(self._keys, self.viewport().width() * 3 // 5)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply()


class _Sink(QObject):
    """Lives in the GUI thread; workers emit through it, so the slot runs in the GUI thread."""

    loaded = Signal(int, str, QImage)  # item uid, BEFORE or AFTER, image (null: no preview)


class _LoadPreview(QRunnable):
    def __init__(self, sink: _Sink, uid: int, which: str, path: Path) -> None:
        super().__init__()
        self._sink, self._uid, self._which, self._path = sink, uid, which, path

    def run(self) -> None:
        try:  # decoded in a worker process, as the list's previews (gui/workers.py)
            limit = isolation.PREVIEW.for_file(self._path)
            pixels = workers.app_isolation().call(
                isolation.preview, self._path, PREVIEW_SIZE, limit_s=limit
            )
            image = QImage() if pixels is None else thumbs.from_pixels(*pixels)
        except Exception:  # a decoder crash must read as "no preview", never a stuck pane
            image = QImage()
        with contextlib.suppress(RuntimeError):  # the pane was closed while we decoded
            self._sink.loaded.emit(self._uid, self._which, image)


class _Lines(QFrame):
    """The plain lines. It takes the keyboard focus (for screen readers) and shows it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            painter = QPainter(self)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self
            )

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class Preview(QFrame):
    """A picture scaled to fit, or a short plain sentence where there is no picture."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(100, 80)  # two fit a narrow pane (200 %, long languages)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._image = QImage()
        self._scaled = QImage()
        self._text = ""

    def sizeHint(self) -> QSize:
        return QSize(240, 170)

    def image(self) -> QImage:
        return self._image

    def text(self) -> str:
        return self._text

    def set_image(self, image: QImage) -> None:
        self._image, self._scaled, self._text = image, QImage(), ""
        self.setAccessibleDescription("")
        self.update()

    def set_text(self, text: str) -> None:
        self._image, self._scaled, self._text = QImage(), QImage(), text
        self.setAccessibleDescription(text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        area = self.contentsRect().adjusted(6, 6, -6, -6)
        if self._image.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(area, int(flags), self._text)
            return
        ratio = self.devicePixelRatioF()
        want = area.size() * ratio
        if self._scaled.isNull() or not (
            self._scaled.width() == want.width() or self._scaled.height() == want.height()
        ):
            self._scaled = self._image.scaled(
                want, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self._scaled.setDevicePixelRatio(ratio)
        w, h = self._scaled.width() / ratio, self._scaled.height() / ratio
        x = area.x() + (area.width() - w) / 2
        y = area.y() + (area.height() - h) / 2
        painter.drawImage(QPointF(x, y), self._scaled)


def _group(tree: QTreeWidget, text: str, count: int | None = None) -> QTreeWidgetItem:
    label = text if count is None else f"{text} ({count})"
    item = QTreeWidgetItem(tree, [label])
    item.setFirstColumnSpanned(True)
    font = item.font(0)
    font.setBold(True)
    item.setFont(0, font)
    return item


def _rows(parent: QTreeWidgetItem, findings: Iterable[Finding]) -> None:
    for f in findings:
        QTreeWidgetItem(parent, [f.key, f.value])


def _by_category(findings: Sequence[Finding]) -> list[tuple[Category, list[Finding]]]:
    groups = [(c, [f for f in findings if f.category is c]) for c in words.ORDER]
    return [(c, fs) for c, fs in groups if fs]


class DetailsPane(QWidget):
    """Before and after for one batch item. Call show_item() again whenever it changes."""

    # The technical part was shown or hidden: the window re-orders its Tab stops.
    technical_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: BatchItem | None = None
        self._line_texts: list[tuple[str, str, str]] = []
        self._shown_key: tuple[object, ...] | None = None
        self._requested: dict[str, Path | None] = {}
        self._preview_state: dict[str, str] = {BEFORE: "empty", AFTER: "empty"}
        self._sink = _Sink(self)
        self._sink.loaded.connect(self._on_loaded)
        self._build()
        self.retranslate()
        self.show_item(None)

    # Layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self._name = ElidedLabel(self)
        bold = QFont(self._name.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self._name.setFont(bold)
        self._format = plain_label(self)
        header = QHBoxLayout()
        header.addWidget(self._name, 1)
        header.addWidget(self._format)

        self._before_caption = plain_label(self)
        self._after_caption = plain_label(self)
        self._previews = {BEFORE: Preview(self), AFTER: Preview(self)}
        pictures = QGridLayout()
        pictures.addWidget(self._before_caption, 0, 0)
        pictures.addWidget(self._after_caption, 0, 1)
        pictures.addWidget(self._previews[BEFORE], 1, 0)
        pictures.addWidget(self._previews[AFTER], 1, 1)

        # The plain part: the result, then one line per category, then warnings.
        self._before_summary = plain_label(self, wrap=True)
        self._before_detail = self._detail_label(self)
        self._covered = plain_label(self, wrap=True)
        self._outcome = plain_label(self, wrap=True)
        self._outcome.setFont(bold)
        self._after_message = plain_label(self, wrap=True)
        self._after_detail = self._detail_label(self)
        self._alarm = QWidget(self)
        alarm_icon = plain_label(self._alarm)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        alarm_icon.setPixmap(self._warning_icon().pixmap(size, size))
        self._alarm_text = plain_label(self._alarm, wrap=True)
        alarm_font = QFont(self._alarm_text.font())
        alarm_font.setBold(True)
        self._alarm_text.setFont(alarm_font)
        row = QHBoxLayout(self._alarm)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(alarm_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._alarm_text, 1)
        self._lines_title = self._title(self)
        self._lines = _Lines(self)
        # Focusable, so Enter on the list lands here and a screen reader reads the lines
        # (its description holds them all).
        self._lines.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._lines_grid = QGridLayout(self._lines)
        self._lines_grid.setContentsMargins(2, 2, 2, 2)
        self._lines_grid.setColumnStretch(0, 1)
        self._warnings = plain_label(self, wrap=True)

        # The technical part, folded: every raw tag and value, before and after.
        self._tech_button = QToolButton(self)
        self._tech_button.setCheckable(True)
        self._tech_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._tech_button.setAutoRaise(True)
        self._tech_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tech_button.toggled.connect(self._show_technical)
        self._tech = QWidget(self)
        self._before_title = self._title(self._tech)
        self._before_tree = self._tree(self._tech)
        self._after_title = self._title(self._tech)
        self._after_tree = self._tree(self._tech)
        col = QVBoxLayout(self._tech)
        col.setContentsMargins(0, 0, 0, 0)
        for widget in (self._before_title, self._before_tree, self._after_title, self._after_tree):
            col.addWidget(widget)
        self._tech.hide()

        content = QWidget(self)
        layout = QVBoxLayout(content)
        # A gap on the right: the file type must not touch the scroll bar when it shows.
        layout.setContentsMargins(0, 0, layout.spacing() or 6, 0)
        layout.addLayout(header)
        plain_part: tuple[QWidget, ...] = (
            self._alarm,
            self._outcome,
            self._after_message,
            self._after_detail,
            self._before_summary,
            self._before_detail,
            self._covered,
            self._lines_title,
            self._lines,
            self._warnings,
        )
        for part in plain_part:
            layout.addWidget(part)
        # The pictures after the plain lines: on a small screen what the file says about
        # the user comes first.
        layout.addLayout(pictures)
        layout.addWidget(self._tech_button)
        layout.addWidget(self._tech)
        layout.addStretch(1)
        # On a short screen the pane scrolls rather than squeezing wrapped lines together.
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self._nothing = plain_label(self, wrap=True)
        self._nothing.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self._nothing)
        self._pages.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.addWidget(self._pages)
        # Enter on the batch list focuses the pane: keyboard users land on the findings.
        self.setFocusProxy(self._lines)

    def _title(self, parent: QWidget) -> QLabel:
        label = plain_label(parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _detail_label(self, parent: QWidget) -> QLabel:
        """The core's own words about a failure (English), below the plain sentence: for
        someone helping the user, or a bug report. Selectable, so it can be copied."""
        label = plain_label(parent, wrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _set_detail(self, label: QLabel, detail: str | None, sentence: str) -> None:
        shown = bool(detail) and detail != sentence
        text = messages.text(detail) if detail else ""
        label.setText(self.tr("Details: {detail}").format(detail=text) if shown else "")
        # The engine's own English, where its message has no plain form yet, is for
        # someone helping: in another language it shows with the technical details only
        # (the translated sentence above already says what happened).
        label.setProperty("technical", shown and not messages.in_user_language(detail or ""))
        self._show_detail(label, shown)

    def _show_detail(self, label: QLabel, shown: bool) -> None:
        label.setVisible(shown and (not label.property("technical") or self.technical_shown()))

    def _tree(self, parent: QWidget) -> _Tree:
        tree = _Tree(parent)
        tree.setColumnCount(2)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        tree.header().setStretchLastSection(True)
        # Unfolded, each list shows a dozen rows and scrolls; the pane scrolls too.
        tree.setMinimumHeight(12 * tree.fontMetrics().height())
        return tree

    def _warning_icon(self) -> QIcon:
        return self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    # Texts --------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Details of the selected file"))
        self._format.setAccessibleName(self.tr("File type"))
        self._before_caption.setText(self.tr("Before"))
        self._after_caption.setText(self.tr("After"))
        self._previews[BEFORE].setAccessibleName(self.tr("Picture before cleaning"))
        self._previews[AFTER].setAccessibleName(self.tr("Picture of the clean copy"))
        self._before_title.setText(self.tr("Before: what the file gives away"))
        self._after_title.setText(self.tr("After: the clean copy"))
        self._alarm_text.setText(
            self.tr(
                "Something that could identify you is still in the copy. Do not post it. "
                "The list below shows what remains."
            )
        )
        for tree, name in (
            (self._before_tree, self.tr("Found in the file before cleaning")),
            (self._after_tree, self.tr("The clean copy: what was removed and what remains")),
        ):
            tree.setHeaderLabels([self.tr("What"), self.tr("Value")])
            tree.setAccessibleName(name)
        self._nothing.setText(self.tr("Select a file in the list to see what it gives away."))
        self._show_technical(self._tech_button.isChecked())
        self._tech_button.setAccessibleName(self.tr("Technical details: every tag and value"))
        self._outcome.setAccessibleName(self.tr("Result"))
        self._covered.setAccessibleName(self.tr("Areas to cover"))
        self._before_detail.setAccessibleName(self.tr("Details of the problem"))
        self._after_detail.setAccessibleName(self.tr("Details of the problem"))
        for which in (BEFORE, AFTER):
            self._show_preview_state(which)
        self._fill()

    # Showing an item ----------------------------------------------------------------------

    def item(self) -> BatchItem | None:
        return self._item

    def show_item(self, item: BatchItem | None) -> None:
        if item is None or self._item is None or item.uid != self._item.uid:
            self._requested = {}
        self._item = item
        self._update_previews()
        if self._content_key() != self._shown_key:  # keep scroll and folding on repeats
            self._fill()

    def _content_key(self) -> tuple[object, ...]:
        item = self._item
        if item is None:
            return ()
        # Reports and results are frozen dataclasses: equal values mean the same lists.
        return (
            item.uid,
            item.status,
            item.error,
            len(item.regions),
            item.report,
            item.result,
            item.after,
        )

    def _fill(self) -> None:
        item = self._item
        self._shown_key = self._content_key()
        self._name.set_full_text(item.display_name() if item else "")
        self._format.setText(item.file_type() if item else "")
        self._pages.setCurrentIndex(0 if item is None else 1)
        self._fill_before()
        self._fill_after()
        self._fill_lines()
        self._fill_warnings()
        for tree in (self._before_tree, self._after_tree):
            tree.setVisible(tree.topLevelItemCount() > 0)
        self._after_title.setVisible(self._after_tree.topLevelItemCount() > 0)
        self._before_title.setVisible(self._before_tree.topLevelItemCount() > 0)
        # Also where the only technical part is the engine's English words (a failure's
        # details): they must stay reachable, for someone helping or a bug report.
        english_details = any(
            label.property("technical") for label in (self._before_detail, self._after_detail)
        )
        self._tech_button.setVisible(
            self._before_tree.topLevelItemCount() + self._after_tree.topLevelItemCount() > 0
            or english_details
        )

    def _fill_before(self) -> None:
        tree, item = self._before_tree, self._item
        tree.clear()
        self._covered.setVisible(bool(item and item.regions))
        self._set_detail(self._before_detail, None, "")
        self._before_summary.setVisible(item is not None and item.result is None)
        if item is None:
            return
        n = len(item.regions)
        self._covered.setText(
            self.tr("1 area will be covered")
            if n == 1
            else self.tr("{count} areas will be covered").format(count=n)
        )
        report = item.report
        if report is None:
            if item.error:
                sentence = words.error(item.error_code)
                self._before_summary.setText(sentence)
                self._before_summary.setVisible(True)
                self._set_detail(self._before_detail, item.error, sentence)
            else:
                self._before_summary.setText(self.tr("Checking this file…"))
            return
        count = len(report.findings)
        if count == 0:
            self._before_summary.setText(self.tr("Nothing found that could identify you."))
        elif count == 1:
            self._before_summary.setText(self.tr("1 thing found that could identify you."))
        else:
            self._before_summary.setText(
                self.tr("{count} things found that could identify you.").format(count=count)
            )
        self._add_categories(tree, report.findings)
        self._add_kept(tree, report.kept)
        tree.expandAll()
        tree.fit_keys()

    def _fill_after(self) -> None:
        tree, item = self._after_tree, self._item
        tree.clear()
        self._alarm.setVisible(False)
        self._set_detail(self._after_detail, None, "")
        result = item.result if item else None
        if item is None or result is None:
            self._outcome.setText("")
            self._outcome.setVisible(False)
            if item is not None and item.error and item.report is not None:
                message = words.error(item.error_code)
            elif item is not None and item.error:
                message = self.tr("No clean copy can be made because the file could not be read.")
            elif item is not None and item.status is Status.CLEANING:
                message = self.tr("Cleaning…")
            elif item is not None and item.report is not None:
                message = self.tr("Not cleaned yet. Press Clean to make a safe copy.")
            else:
                message = ""
            self._after_message.setText(message)
            self._after_message.setVisible(bool(message))
            return

        self._outcome.setText(words.outcome(result.outcome))
        self._outcome.setVisible(True)
        lines = []
        if result.output is not None and result.outcome.ok:
            lines.append(self.tr("Saved as: {name}").format(name=escape(result.output.name)))
        if result.faces_covered is not None and result.outcome.ok:
            # Covered by the batch, unseen by the user: the picture of the copy shows them.
            lines.append(
                self.tr("Faces found and covered: {count}. Check the picture of the copy.").format(
                    count=result.faces_covered
                )
            )
        if result.error is not None and item.report is None and item.error == result.error.message:
            # Refused again for the reason said above, when it was read: said once.
            lines.append(self.tr("No clean copy can be made because the file could not be read."))
        elif result.error is not None:
            sentence = words.error(result.error.code)
            lines.append(sentence)
            if result.error.code != "cancelled":  # "cancelled by the user" adds nothing
                self._set_detail(self._after_detail, result.error.message, sentence)
        after = item.after
        if after is not None and not after.findings and result.outcome.ok:
            lines.append(self.tr("Checked again: nothing that could identify you was found."))
        self._after_message.setText("\n".join(lines))
        self._after_message.setVisible(bool(lines))

        if after is not None and after.findings:
            # Should never happen; if it does the user must not miss it.
            self._alarm.setVisible(True)
            remains = _group(tree, self.tr("Still in the copy"), len(after.findings))
            remains.setIcon(0, self._warning_icon())
            for category, found in _by_category(after.findings):
                sub = QTreeWidgetItem(remains, [words.sentence(category)])
                sub.setFirstColumnSpanned(True)
                _rows(sub, found)
                sub.setExpanded(True)
            remains.setExpanded(True)
        if result.removed:
            removed = _group(tree, self.tr("Removed"), len(result.removed))
            for category, found in _by_category(result.removed):
                sub = QTreeWidgetItem(removed, [f"{words.sentence(category)} ({len(found)})"])
                sub.setFirstColumnSpanned(True)
                _rows(sub, found)
            removed.setExpanded(True)
        self._add_kept(tree, after.kept if after is not None else result.kept, expand=True)
        tree.fit_keys()

    def plain_lines(self) -> list[tuple[str, str, str]]:
        """The lines shown first: (category, plain value, state), in order."""
        return list(self._line_texts)

    def _line_rows(self) -> tuple[str, list[tuple[str, str, str, bool]]]:
        """The heading and (title, value, state, alarming) of each line, from the
        inspection before cleaning and, once cleaned, from the re-check of the copy."""
        item = self._item
        if item is None:
            return "", []
        result, after, report = item.result, item.after, item.report
        rows: list[tuple[str, str, str, bool]] = []

        def add(category: Category, found: Sequence[Finding], state: str, alarm: bool) -> None:
            rows.append((words.title(category), plain.summary(category, found), state, alarm))

        if result is not None and result.outcome.ok and (result.removed or after is not None):
            left = after.findings if after is not None else ()
            for category, found in _by_category(left):
                add(category, found, self.tr("still in the copy"), True)
            done = {f.category for f in left}
            # Only the re-check of the copy may say "removed"; without one, say less.
            state = self.tr("removed") if after is not None else self.tr("removed, not checked")
            for category, found in _by_category(result.removed):
                if category not in done:
                    add(category, found, state, False)
            kept = after.kept if after is not None else result.kept
            heading = self.tr("What the clean copy no longer gives away")
        elif report is not None:
            # Not cleaned yet; or failed, refused or cancelled: the original is as it was.
            state = self.tr("will be removed") if result is None else self.tr("not removed")
            for category, found in _by_category(report.findings):
                add(category, found, state, False)
            kept = report.kept
            heading = self.tr("What the file gives away")
        else:
            return "", []
        reasons = dict.fromkeys(self._kept_plain(f) for f in kept)
        if reasons:
            rows.append((self.tr("Kept"), ", ".join(reasons), self.tr("kept"), False))
        return heading, rows

    def _fill_lines(self) -> None:
        grid = self._lines_grid
        while grid.count():
            entry = grid.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:  # out of the pane now: a late delete must not show
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        heading, rows = self._line_rows()
        self._line_texts = [(title, value, state) for title, value, state, _ in rows]
        # One column: "Location — will be removed" over its value. At 200 % or in a long
        # language the pane is narrow, and a third column pushed the state out of sight.
        rtl = self.isRightToLeft()
        leading = Qt.AlignmentFlag.AlignAbsolute | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        for row, (title, value, state, alarming) in enumerate(rows):
            head = QLabel(self._lines)
            head.setTextFormat(Qt.TextFormat.RichText)  # our words only, escaped
            head.setWordWrap(True)
            state_html = html.escape(f"— {state}")
            head.setText(
                f"<b>{html.escape(title)}</b> "
                + (f"<b>{state_html}</b>" if alarming else state_html)
            )
            text = plain_label(self._lines, wrap=True)  # the file's own words: never markup
            text.setText(value)
            indent = text.fontMetrics().averageCharWidth() * 2
            text.setContentsMargins(0, 0, indent, 0) if rtl else text.setContentsMargins(
                indent, 0, 0, 0
            )
            text.setVisible(bool(value))
            for label in (head, text):  # the leading edge: right in Arabic, Latin text too
                label.setAlignment(Qt.AlignmentFlag.AlignTop | leading)
            grid.addWidget(head, 2 * row, 0)
            grid.addWidget(text, 2 * row + 1, 0)
        self._lines_title.setText(heading)
        self._lines_title.setVisible(bool(rows))
        self._lines.setVisible(bool(rows))
        self._lines.setAccessibleName(heading)
        self._lines.setAccessibleDescription(
            "\n".join(f"{title}: {value} — {state}" for title, value, state in self._line_texts)
        )

    def _fill_warnings(self) -> None:
        item = self._item
        found: list[str] = []
        if item is not None:
            if item.result is not None:
                found = [*item.result.warnings, *(item.after.warnings if item.after else ())]
            elif item.report is not None:
                found = list(item.report.warnings)
        # Every warning shows, in English where it has no plain form yet: a warning may
        # say the copy still holds something (white text in a PDF), never to be hidden.
        texts = list(dict.fromkeys(messages.text(w) for w in found))
        self._warnings.setText(
            "\n".join([self.tr("Good to know:"), *(f"• {text}" for text in texts)])
        )
        self._warnings.setVisible(bool(texts))

    def _kept_plain(self, finding: Finding) -> str:
        if finding.key.endswith("Orientation"):
            return self.tr("which way up the photo is")
        if finding.key.startswith("ICC:"):
            return self.tr("a standard colour profile")
        return self.tr("harmless technical data")

    def _show_technical(self, shown: bool) -> None:
        self._tech.setVisible(shown)
        self.technical_toggled.emit(shown)
        for label in (self._before_detail, self._after_detail):
            self._show_detail(label, bool(label.text()))
        self._tech_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self._tech_button.setText(
            self.tr("Hide technical details") if shown else self.tr("Show technical details")
        )

    def findings(self) -> QWidget:
        """The plain lines of what the file gives away: where Enter on a row lands."""
        return self._lines

    def technical_shown(self) -> bool:
        return self._tech_button.isChecked()

    def _add_categories(self, tree: QTreeWidget, findings: Sequence[Finding]) -> None:
        for category, found in _by_category(findings):
            _rows(_group(tree, words.sentence(category), len(found)), found)

    def _add_kept(self, tree: QTreeWidget, kept: Sequence[Finding], expand: bool = False) -> None:
        groups: dict[str, list[Finding]] = {}
        for f in kept:
            groups.setdefault(self._kept_reason(f), []).append(f)
        for reason, found in groups.items():
            group = _group(tree, reason)
            _rows(group, found)
            group.setExpanded(expand)

    def _kept_reason(self, finding: Finding) -> str:
        if finding.key.endswith("Orientation"):
            return self.tr("Kept: needed to show the photo the right way up")
        if finding.key.startswith("ICC:"):
            return self.tr("Kept: a standard colour profile, so colours look right")
        return self.tr("Kept")

    # Previews -----------------------------------------------------------------------------

    def preview(self, which: str) -> Preview:
        return self._previews[which]

    def preview_state(self, which: str) -> str:
        """empty, loading, image, none (not a picture), broken (a picture that could not
        be read), not_yet or no_copy."""
        return self._preview_state[which]

    def _update_previews(self) -> None:
        item = self._item
        wanted: dict[str, Path | None] = {BEFORE: None, AFTER: None}
        if item is not None:
            wanted[BEFORE] = None if item.link else item.path  # a link is never read
            result = item.result
            if result is not None and result.outcome.ok and result.output is not None:
                wanted[AFTER] = result.output
        for which, path in wanted.items():
            if which in self._requested and self._requested[which] == path:
                continue  # already shown or on its way
            self._requested[which] = path
            if path is None or item is None:
                self._preview_state[which] = self._empty_state(which)
            else:
                self._preview_state[which] = "loading"
                QThreadPool.globalInstance().start(_LoadPreview(self._sink, item.uid, which, path))
            self._show_preview_state(which)

    def _empty_state(self, which: str) -> str:
        item = self._item
        if item is None:
            return "empty"
        if which == AFTER and (item.result is not None or item.error):
            return "no_copy"
        return "not_yet" if which == AFTER else "empty"

    @Slot(int, str, QImage)
    def _on_loaded(self, uid: int, which: str, image: QImage) -> None:
        if self._item is None or self._item.uid != uid or which not in self._previews:
            return  # a late answer for a file no longer shown
        if self._preview_state[which] != "loading":
            return
        if image.isNull():
            # A picture that does not decode is damaged: "no preview for this kind of
            # file" would suggest nothing is wrong with it.
            item = self._item
            unreadable = item.error is not None and item.error_code != "unsupported"
            broken = unreadable or item.file_type() in PHOTO_FORMATS
            self._preview_state[which] = "broken" if broken else "none"
            self._show_preview_state(which)
        else:
            self._preview_state[which] = "image"
            self._previews[which].set_image(image)

    def _show_preview_state(self, which: str) -> None:
        state = self._preview_state[which]
        texts = {
            "empty": "",
            "loading": self.tr("Loading preview…"),
            "none": self.tr("No preview for this kind of file"),
            "broken": self.tr("This picture could not be read: the file may be damaged"),
            "not_yet": self.tr("The clean copy will appear here"),
            "no_copy": self.tr("No copy was made"),
        }
        if state in texts:
            self._previews[which].set_text(texts[state])
