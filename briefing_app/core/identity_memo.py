"""Values worked out once per object, found again by the object's identity and forgotten when
the object goes: for objects that are never changed in place (a document's annotations, a
scene's items) but need not be hashable, nor live long. A value that depends on something
besides the object (the language of its texts) is kept once for each `variant`."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
V = TypeVar("V")


class IdentityMemo(Generic[T, V]):
    """make(obj), made once for each live object (and each value of `variant()`, when
    given: what else make's result depends on, asked at every call)."""

    def __init__(
        self, make: Callable[[T], V], variant: Callable[[], Hashable] | None = None
    ) -> None:
        self._make = make
        self._variant = variant
        self._known: dict[Hashable, tuple[weakref.ref[T], V]] = {}

    def __call__(self, obj: T) -> V:
        key: Hashable = id(obj) if self._variant is None else (id(obj), self._variant())
        known = self._known.get(key)
        if known is not None and known[0]() is obj:
            return known[1]
        value = self._make(obj)
        self._known[key] = (weakref.ref(obj, self._forget(key)), value)
        return value

    def __len__(self) -> int:
        return len(self._known)

    def clear(self) -> None:
        """Forget everything (made again on the next call)."""
        self._known.clear()

    def _forget(self, key: Hashable) -> Callable[[weakref.ref[T]], None]:
        known = self._known

        def forget(gone: weakref.ref[T]) -> None:
            # Only the entry of the object that went: its id may already name a new one.
            entry = known.get(key)
            if entry is not None and entry[0] is gone:
                del known[key]

        return forget
