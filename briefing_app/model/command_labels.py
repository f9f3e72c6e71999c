"""What Edit → Undo names a command, in English, marked for the window's translation.

The model is Qt-free, yet its command labels are texts the user reads ("Undo Delete
slide"). `QT_TRANSLATE_NOOP("Command", "…")` returns its text unchanged; it is named as Qt's
macro so that `pyside6-lupdate`, which reads call shapes and not imports, puts the label in
the .ts files. The window translates a label where it shows it (ui/undo.py), with the
same context "Command".

A label that names something (a grouping, a layer) is a `Label`: the English text made
from a template, which keeps the template and the values so the window can translate the
template and put the same values in. A user's name stays as typed; only the words around it
are translated.
"""

from __future__ import annotations

from typing import Any

COMMAND_CONTEXT = "Command"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """`text`, marked for translation in `context`; translated where it is shown."""
    return text


class Label(str):
    """An English label made from a marked template and named values: equal to the text
    (`Label(t, name="X") == t.format(name="X")`), with `template` and `values` kept."""

    template: str
    values: dict[str, str]

    def __new__(cls, template: str, **values: Any) -> Label:
        named = {key: str(value) for key, value in values.items()}
        label = super().__new__(cls, template.format(**named))
        label.template = template
        label.values = named
        return label

    def __reduce__(self) -> tuple[Any, ...]:
        # Copies (commands are deep-copied in tests) are made from the template again.
        return (_label, (self.template, self.values))


def _label(template: str, values: dict[str, str]) -> Label:
    return Label(template, **values)
