"""The occupation index in `data/occupations.json`, loaded once on first use.

Built by `scripts/build_occupations.py`; see `data/occupations.NOTICE.md` for its sources.
Titles are columns (one string or packed array each) and posting lists stay packed until a
stem is looked up, so loading takes a few hundredths of a second.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from infoview.occupations.text import idf

if TYPE_CHECKING:
    import numpy as np

INDEX_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "occupations.json"
SOURCE_PENALTY = 0.03  # per step down the index's list of sources


@dataclass(frozen=True)
class Group:
    """A SOC 2018 group: major ("15-0000"), minor ("15-2000") or broad ("15-2050")."""

    code: str
    title: str

    def to_json(self) -> dict:
        return {"code": self.code, "title": self.title}


class Index:
    """The loaded index: SOC groups, occupations, titles and their stems."""

    def __init__(self, data: dict) -> None:
        # numpy is imported where the index is loaded: ranking imports this package in the
        # command line's own process, which never loads the index
        import numpy as np

        self.release: str = data["release"]
        self.groups: dict[str, str] = {code: title for code, title, _, _ in data["groups"]}
        self.levels: dict[str, str] = {code: level for code, _, level, _ in data["groups"]}
        self._parent: dict[str, str] = {code: parent for code, _, _, parent in data["groups"]}
        self.occupations: list[list] = data["occupations"]
        self.onet_position = {row[0]: i for i, row in enumerate(self.occupations)}
        self.soc_position: dict[str, int] = {}
        for i, row in enumerate(self.occupations):
            if row[0][:7] not in self.soc_position or row[0].endswith(".00"):
                self.soc_position[row[0][:7]] = i
        self._data = data
        self.keys: list[str] = data["title_key"].split("\n")
        self.title_occupation = _unpack(data["title_occupation"])
        self.title_head = _unpack(data["title_head"])
        self.title_weight = np.frombuffer(base64.b64decode(data["title_weight"]), dtype="<f4")
        self.title_source = np.frombuffer(data["title_source"].encode(), dtype=np.uint8) - 48
        self.stems: list[str] = list(data["postings"])
        self.stem_number = {stem: i for i, stem in enumerate(self.stems)}
        # titles are sorted by key: a key's first title number, its neighbours share the key
        count = len(self.keys)
        self._first = dict(zip(reversed(self.keys), range(count - 1, -1, -1), strict=True))
        self._posting_total: int = data["posting_total"]

    def exact(self, found: str) -> range:
        """The numbers of the titles whose key is `found`, best source first."""
        first = self._first.get(found)
        if first is None:
            return range(0)
        last = first + 1
        while last < len(self.keys) and self.keys[last] == found:
            last += 1
        return range(first, last)

    def ancestors(self, code: str) -> dict[str, str]:
        """The SOC codes at and above `code`, by level: "15-2051" -> major "15-0000" ... ."""
        chain: dict[str, str] = {}
        current = code[:7]
        while current in self.levels:
            chain[self.levels[current]] = current
            current = self._parent[current]
        return chain

    def scratch(self) -> np.ndarray:
        """A float per title, all zero: callers set what they use back to zero."""
        return self._scratch

    @cached_property
    def source_factor(self) -> np.ndarray:
        """Per title, how much its source is trusted: O*NET's own titles 1, ESCO's the least."""
        return 1 - SOURCE_PENALTY * self.title_source

    @cached_property
    def _scratch(self) -> np.ndarray:
        import numpy as np

        return np.zeros(len(self.keys))

    @cached_property
    def titles(self) -> list[str]:
        """Each title as written in its source, by title number."""
        return self._data["title_text"].split("\n")

    @cached_property
    def heads(self) -> frozenset[str]:
        """Stems that end some title: the words that say what a person is."""
        import numpy as np

        return frozenset(self.stems[i] for i in np.unique(self.title_head).tolist())

    @lru_cache(maxsize=16384)  # noqa: B019 - one Index lives for the process
    def posting(self, stem: str) -> np.ndarray | None:
        """The numbers of the titles that hold `stem`, or None when no title does."""
        packed = self._data["postings"].get(stem)
        return None if packed is None else _unpack(packed)

    @lru_cache(maxsize=16384)  # noqa: B019 - one Index lives for the process
    def weight(self, stem: str) -> float:
        """The stem's IDF weight; a stem no title holds weighs as much as the rarest one."""
        packed = self._data["postings"].get(stem)
        return idf(_packed_length(packed) if packed else 1, self._posting_total)


def _unpack(packed: str) -> np.ndarray:
    import numpy as np

    return np.frombuffer(base64.b64decode(packed), dtype="<u4")


def _packed_length(packed: str) -> int:
    return (len(packed) * 3 // 4 - packed.endswith("=") - packed.endswith("==")) // 4


@lru_cache(maxsize=1)
def load_index(path: Path = INDEX_PATH) -> Index:
    """The index, read from disk once per process."""
    return Index(json.loads(path.read_bytes()))
