"""The one "made once per object, forgotten when it goes" store (identity_memo), which the
scene's drawn annotations and the screen's label anchors both keep."""

from __future__ import annotations

import gc

from briefing_app.core.identity_memo import IdentityMemo
from briefing_app.model.document import Annotation
from briefing_app.render import screen_labels
from briefing_app.scene import build as scene


class Thing:
    pass


def test_a_value_is_made_once_for_each_live_object() -> None:
    made: list[Thing] = []
    memo = IdentityMemo(lambda obj: made.append(obj) or len(made))
    a, b = Thing(), Thing()
    assert (memo(a), memo(b), memo(a)) == (1, 2, 1)
    assert made == [a, b]


def test_a_value_is_made_once_for_each_object_and_variant() -> None:
    variant = ["en"]
    memo = IdentityMemo(lambda obj: f"{id(obj)} {variant[0]}", variant=lambda: variant[0])
    a = Thing()
    english = memo(a)
    variant[0] = "de"
    german = memo(a)
    variant[0] = "en"
    assert english.endswith("en") and german.endswith("de") and memo(a) is english
    assert len(memo) == 2
    del a
    gc.collect()
    assert len(memo) == 0  # every variant's entry goes with the object


def test_an_entry_goes_with_its_object() -> None:
    memo = IdentityMemo(lambda obj: object())
    a = Thing()
    memo(a)
    assert len(memo) == 1
    del a
    gc.collect()
    assert len(memo) == 0


def test_a_late_callback_leaves_the_entry_of_a_new_object_alone() -> None:
    # A cycle's weakrefs may call back late; the key (an id) may name a new object by then.
    memo = IdentityMemo(lambda obj: "value")
    a = Thing()
    memo(a)
    ((ref, _),) = memo._known.values()
    memo._forget(id(a))(ref.__class__(Thing()))  # a callback for some other, gone object
    assert len(memo) == 1


def test_the_scene_and_the_screen_labels_use_the_one_store() -> None:
    assert isinstance(scene._drawn, IdentityMemo)
    assert isinstance(screen_labels._anchor, IdentityMemo)
    annotation = Annotation("a1", {"type": "Point", "coordinates": [25.3, 54.7]}, {"label": "V"})
    assert scene.drawn_items(annotation) is scene.drawn_items(annotation)
    item = scene.drawn_items(annotation)[0]
    assert screen_labels._anchor(item) == screen_labels._find_anchor(item)
