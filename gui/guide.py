"""The "Why this matters" page: what files give away and how to stay safer, in plain words.

The text is ours and static (no file data), shown in a QTextBrowser for headings and
lists only: links are not followed and no resource is ever loaded, so nothing can reach
the network or the disk from here. Each paragraph is its own translatable string.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui import fit


class _OfflineBrowser(QTextBrowser):
    """Shows our text and nothing else: no link is followed, no image or style loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


SIZE = QSize(600, 640)  # roomy; smaller when the screen is (1024x600: Close stays visible)


class SafetyGuide(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fit_screen(parent)
        self._text = _OfflineBrowser(self)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._buttons)
        self.retranslate()
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setFocus(
            Qt.FocusReason.OtherFocusReason
        )

    def _fit_screen(self, parent: QWidget | None) -> None:
        """SIZE, but within the screen's free area (the text scrolls instead)."""
        fit.fit(self, SIZE, parent)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Why this matters"))
        self.setAccessibleName(self.tr("Why this matters"))
        self._text.setAccessibleName(self.tr("Safety guide"))
        close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the safety guide"))
        self._text.setHtml(self._html())

    def blocks(self) -> list[tuple[str, str | list[str]]]:
        """The page as ("h", heading), ("p", paragraph) and ("ul", items) blocks."""
        return [
            ("h", self.tr("What your photos and files can give away")),
            (
                "p",
                self.tr(
                    "Photos from phones and cameras carry hidden details. "
                    "Anyone who gets the file can read them:"
                ),
            ),
            (
                "ul",
                [
                    self.tr("Where the photo was taken, often to within a few metres."),
                    self.tr("Which phone or camera took it, sometimes with its serial number."),
                    self.tr("Your name, if it is set in the phone, camera or editing app."),
                    self.tr("The date and time it was taken."),
                    self.tr(
                        "A hidden small copy of the original photo. "
                        "It can show what you cropped out or covered."
                    ),
                ],
            ),
            (
                "p",
                self.tr(
                    "Scrubber removes these details from a copy of the file. "
                    "Your original stays as it is, unless you choose to replace it."
                ),
            ),
            (
                "p",
                self.tr(
                    "Documents such as PDF and Word files can hold the author's name, "
                    "the computer's name and the editing history. Videos and voice "
                    "recordings can hold the place and the device."
                ),
            ),
            (
                "p",
                self.tr(
                    "If Scrubber says a file is not supported or could not be cleaned, "
                    "do not share that file as it is."
                ),
            ),
            ("h", self.tr("Blur in other apps can be undone")),
            (
                "p",
                self.tr(
                    "Blur and small pixelation made by other apps can be undone by software. "
                    "Scrubber's blur and mosaic wipe the area first, but they still show "
                    "its average colours."
                ),
            ),
            (
                "p",
                self.tr(
                    "To hide a face, a tattoo or anything else, use solid fill. "
                    "Cover a little more than you think you need."
                ),
            ),
            ("h", self.tr("Your photos can be matched")),
            (
                "p",
                self.tr(
                    "Reverse image search finds other places where the same photo, "
                    "or one like it, is online."
                ),
            ),
            (
                "p",
                self.tr(
                    "Face recognition exists and is easy to use. A face, a tattoo or a room "
                    "that people can recognise can link your ad photos to your personal "
                    "accounts."
                ),
            ),
            (
                "p",
                self.tr(
                    "Search for your own ad photos now and then, with a reverse image search "
                    "and a face search. Then you see where they turn up."
                ),
            ),
            (
                "p",
                self.tr(
                    "Tattoos, birthmarks, jewellery, nails, bedding and furniture can link "
                    "your ads to each other. Cover them or change them."
                ),
            ),
            (
                "p",
                self.tr(
                    "Each camera leaves a faint pattern in its photos that can link them to "
                    "each other. The option “Weaken the camera fingerprint” makes it weaker, "
                    "but does not remove it."
                ),
            ),
            ("h", self.tr("Tips from sex workers' digital safety advice")),
            (
                "ul",
                [
                    self.tr(
                        "Keep work and personal life apart. Use a separate phone, email "
                        "and accounts for work if you can."
                    ),
                    self.tr(
                        "Take ad photos with a different phone or camera. If you cannot, "
                        "turn off location, Live Photos and Motion Photos in the camera "
                        "before you take them."
                    ),
                    self.tr(
                        "Never use photos from your personal social media in ads, "
                        "not even old ones."
                    ),
                    self.tr(
                        "Cloud backups and shared albums keep your originals, with the "
                        "place they were taken, and sort them by face. Keep work photos "
                        "out of them."
                    ),
                    self.tr(
                        "Clean last: after cropping and editing in other apps. "
                        "Editing apps can add hidden data again."
                    ),
                    self.tr(
                        "Screenshots can show your name, your number and your "
                        "notifications. Check them before you share them."
                    ),
                    self.tr(
                        "Check the background: letters, papers, photos on the wall, "
                        "anything with a name or address."
                    ),
                    self.tr(
                        "Check mirrors and reflections: sunglasses, windows, screens "
                        "and shiny surfaces."
                    ),
                    self.tr(
                        "Check what can be seen through windows. Streets, signs and "
                        "buildings can show where you are."
                    ),
                    self.tr("Do not post the same photo on your personal and your work accounts."),
                    self.tr(
                        "Sending a photo “as a file” or by email keeps its hidden data. "
                        "Send only the clean copy."
                    ),
                    self.tr(
                        "When you are done, delete the originals from Downloads and from "
                        "shared folders."
                    ),
                    self.tr("Before you post, open the clean copy and check it again."),
                ],
            ),
            ("h", self.tr("What your computer may still keep")),
            (
                "p",
                self.tr("Scrubber keeps no list of the files you open, but your computer may:"),
            ),
            (
                "ul",
                [
                    self.tr(
                        "small previews (thumbnails) made by the file manager or photo viewer;"
                    ),
                    self.tr("lists of recent files in other apps;"),
                    self.tr("the originals in Downloads, in the trash and in cloud backups."),
                ],
            ),
            ("p", self.tr("To clear them:")),
            (
                "ul",
                [
                    self.tr("Empty the trash."),
                    self.tr("Clear the recent files in your file manager."),
                    self.tr(
                        "Delete the thumbnail cache. Linux: the .cache/thumbnails folder in "
                        "your home folder. Windows: Disk Cleanup, then Thumbnails. "
                        "macOS: restart the Mac."
                    ),
                ],
            ),
            ("h", self.tr("Scrubber works offline")),
            (
                "p",
                self.tr(
                    "Scrubber never connects to the internet. Your files stay on this computer."
                ),
            ),
        ]

    def _html(self) -> str:
        # Translations are escaped too: a translator's markup must never load anything.
        parts = []
        for kind, content in self.blocks():
            if isinstance(content, list):
                items = "".join(f"<li>{html.escape(i)}</li>" for i in content)
                parts.append(f"<ul>{items}</ul>")
            else:
                tag = "h3" if kind == "h" else "p"
                parts.append(f"<{tag}>{html.escape(content)}</{tag}>")
        return "\n".join(parts)
