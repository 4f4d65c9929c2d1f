"""Content a PDF holds but does not show: told to the user, since cleaning keeps it.

Layers switched off when the document opens, text in white (invisible on a white
page) and text placed off the page are found and reported in plain words. They are
part of the document, not metadata, so they stay; turning pages into pictures leaves
them out (PDFium draws only what shows).
"""

from __future__ import annotations

import pikepdf
from pikepdf import Array, Dictionary

from scrubber.errors import CorruptFile
from scrubber.formats.pdf_crops import Instruction, read_instructions
from scrubber.formats.pdf_geometry import IDENTITY, Box, Matrix, apply, floats, mul, page_box
from scrubber.formats.pdf_images import name_text
from scrubber.messages import Message
from scrubber.model import Collector

MAX_OPERATIONS = 2_000_000  # per document: beyond this, text is not searched
TEXT_SHOWING = {"Tj", "TJ", "'", '"'}
FILLS = {"f", "F", "f*", "B", "B*", "b", "b*"}


def check_hidden(pdf: pikepdf.Pdf, col: Collector) -> None:
    """Add a warning for each kind of hidden content found."""
    layers = _hidden_layers(pdf)
    if layers:
        col.warnings.append(
            Message("pdf.hidden_layers", count=layers)
            if layers > 1
            else Message("pdf.hidden_layers_one")
        )
    white, off, seen = 0, 0, 0
    for page in pdf.pages:
        if seen > MAX_OPERATIONS:
            break
        try:
            operations = read_instructions(pdf, page.obj)
        except CorruptFile:
            continue  # the walk reports damage; this is only advice
        if operations is None:
            continue
        seen += len(operations)
        w, o = _hidden_text(operations, page_box(page.obj))
        white += w > 0
        off += o > 0
    if white:
        col.warnings.append(
            Message("pdf.white_text", count=white) if white > 1 else Message("pdf.white_text_one")
        )
    if off:
        col.warnings.append(
            Message("pdf.off_page_text", count=off) if off > 1 else Message("pdf.off_page_text_one")
        )


def _hidden_layers(pdf: pikepdf.Pdf) -> int:
    """Optional-content groups off in the default view."""
    props = pdf.Root.get("/OCProperties")
    if not isinstance(props, Dictionary):
        return 0
    default = props.get("/D")
    groups = props.get("/OCGs")
    if not isinstance(default, Dictionary) or not isinstance(groups, Array):
        return 0
    off = default.get("/OFF")
    off_set = (
        {g.objgen for g in off if isinstance(g, Dictionary) and g.is_indirect}
        if isinstance(off, Array)
        else set()
    )
    if default.get("/BaseState") == "/OFF":
        on = default.get("/ON")
        on_set = (
            {g.objgen for g in on if isinstance(g, Dictionary) and g.is_indirect}
            if isinstance(on, Array)
            else set()
        )
        off_set |= {
            g.objgen for g in groups if isinstance(g, Dictionary) and g.is_indirect
        } - on_set
    return len(off_set)


def _hidden_text(operations: list[Instruction], box: Box | None) -> tuple[int, int]:
    """How many text-showing instructions paint in white (with nothing drawn before that
    could be dark beneath them: white on a black box is a design), and how many start
    off the page."""
    ctm: Matrix = IDENTITY
    stack: list[tuple[Matrix, bool, int]] = []
    tm: Matrix = ctm
    line: Matrix = ctm
    leading = 0.0
    white = False
    backdrop = False
    mode = 0
    n_white = n_off = 0
    for instruction in operations:
        if isinstance(instruction, pikepdf.ContentStreamInlineImage):
            backdrop = True
            continue
        operands, op = instruction.operands, name_text(instruction.operator)
        if op == "q":
            stack.append((ctm, white, mode))
        elif op == "Q" and stack:
            ctm, white, mode = stack.pop()
        elif op == "cm" and len(operands) == 6:
            ctm = mul(floats(operands), ctm)
        elif op in ("rg", "g", "k"):
            values = floats(operands)
            white = bool(values) and (
                all(v >= 0.999 for v in values) if op != "k" else all(v <= 0.001 for v in values)
            )
        elif op in ("cs", "sc", "scn"):
            white = False  # other colour spaces: not judged
        elif op == "Tr" and operands:
            mode = int(floats(operands)[0])
        elif op == "BT":
            tm = line = IDENTITY
        elif op == "Tm" and len(operands) == 6:
            tm = line = tuple(floats(operands))  # type: ignore[assignment]
        elif op in ("Td", "TD") and len(operands) == 2:
            tx, ty = floats(operands)
            if op == "TD":
                leading = -ty
            tm = line = mul((1.0, 0.0, 0.0, 1.0, tx, ty), line)
        elif op == "TL" and operands:
            leading = floats(operands)[0]
        elif op in ("T*", "'", '"'):
            tm = line = mul((1.0, 0.0, 0.0, 1.0, 0.0, -leading), line)
        if (op in FILLS and not white) or op in ("Do", "sh"):
            backdrop = True  # something dark may lie under later white text
        if op in TEXT_SHOWING and mode not in (3, 7):  # 3: invisible on purpose (OCR layers)
            if white and not backdrop:
                n_white += 1
            x, y = apply(mul(tm, ctm), 0, 0)
            if box is not None and not (
                box[0] - 1 <= x <= box[2] + 1 and box[1] - 1 <= y <= box[3] + 1
            ):
                n_off += 1
    return n_white, n_off
