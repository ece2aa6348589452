"""py3langid's model kept in the cache folder, and its ranking read without numpy.

py3langid's model ships xz-compressed: decompressing it takes about a
second. The first process keeps it decompressed in one file of the cache
folder (cut to our languages), which later processes map.

py3langid scores a text with numpy (importing it costs a start some 0.2 s):
the text's byte n-gram features, each with its count, and for each language
``sum(log1p(count) * weight[feature, language]) + prior[language]`` in
float32, summed by BLAS in an order of its own. The same sum is computed
here in pure Python, exactly: the weights are float16 log-probabilities,
whole multiples of a power of two, so the file holds them as integers, one
row of a feature as adjacent 32-bit lanes of one big integer; the rows of
the features that occur equally often are added as integers (a few
microseconds each), then each lane is scaled by its log1p(count). From the
exact sum, float32 rounding in any order of summation is at most about
``(features + 2) * 2**-24`` of the sum's magnitude away (every term has
one sign). A ranking that holds whatever that rounding is equals
py3langid's; when it does not (near ties: none of the 2,885 samples of
the dev sets' text and HTML runs, 1 of 3,009 texts mixing neighbouring
languages' words),
py3langid decides, with numpy. Once numpy is imported (by another step, or
for the rankings after the first PURE_RANKINGS of a process), it finds the
features and adds the rows: the same integers, some ten times as fast (the
automaton walked at every byte at once, see ``_walk``).
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import mmap
import struct
import sys
import unicodedata
from collections.abc import Callable, Collection, Sequence
from pathlib import Path
from typing import Any, Literal

from .atomic import atomic_binary_output
from .cache import cache_dir, remove_other_copies

# Rows of the table kept as integers for the numpy-free ranking: some 400
# bytes each (89 languages' lanes), 3 MB at most.
ROWS_KEPT = 8192
# What the file is, and the version of its layout (in the name too).
_MAGIC = b"cleaner py3langid model 1\n"
_ALIGN = 64
# py3langid's score of a text without features: float32's lowest.
_RAW_FLOOR = -3.4028234663852886e38
_UNIT = 2.0 ** -24  # float32's unit roundoff
# numpy's float32 log1p may be a few units in the last place from the
# correctly rounded value that math.log1p gives: 16 of them allowed.
_LOG1P_TOLERANCE = 2.0 ** -20
# The float64 sums here, and anything not counted: far below the rest.
_SLACK = 2.0 ** -40


class KeptModel:
    """The model's arrays, mapped from the file (see ``write``)."""

    def __init__(self, path: Path) -> None:
        with open(path, "rb") as stream:
            self._map = mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ)
        view = memoryview(self._map)
        if bytes(view[:len(_MAGIC)]) != _MAGIC:
            raise ValueError(f"{path}: not a kept model")
        start = len(_MAGIC) + 4
        (length,) = struct.unpack("<I", view[len(_MAGIC):start])
        header = json.loads(bytes(view[start:start + length]))
        self.classes: list[str] = header["classes"]
        self.priors: list[float] = header["priors"]
        self.scale_bits: int = header["scale_bits"]
        self.lane_bytes: int = header["lane_bytes"]
        self._layout: dict[str, list[Any]] = header["arrays"]
        self.nextmove = self._array("nextmove")
        self.row = self._array("row")
        self.output = self._array("output")
        self.table = self._array("table")
        self.row_bytes = len(self.classes) * self.lane_bytes
        if self.lane_bytes not in (4, 8) or not self.classes or len(self.priors) != len(self.classes) \
                or len(self.table) % self.row_bytes:
            raise ValueError(f"{path}: damaged")
        # How many rows a lane holds before it could overflow.
        self._capacity = (1 << (8 * self.lane_bytes)) // max(1, header["largest"])
        self._lanes: Literal["I", "Q"] = "I" if self.lane_bytes == 4 else "Q"
        self._rows: dict[int, int] = {}  # see _row_numbers
        # Labels named twice (two scripts of one language): py3langid scores the label by its best column.
        first: dict[str, int] = {}
        self.aliases = []
        for i, label in enumerate(self.classes):
            if first.setdefault(label, i) != i:
                self.aliases.append((first[label], i))

    def _array(self, name: str) -> memoryview:
        offset, code, count = self._layout[name]
        view = memoryview(self._map)[offset:]
        size = struct.calcsize(code)
        if offset + count * size > len(self._map):
            raise ValueError("a kept model cut short")
        return view[:count * size].cast(code)

    @staticmethod
    def write(identifier: Any, path: Path) -> None:
        """Write py3langid ``identifier``'s arrays to ``path``, whole or not at all."""
        import numpy as np

        weights = np.asarray(identifier.nb_ptc)
        if weights.dtype != np.float16 or not (weights <= 0).all():
            raise ValueError("py3langid's weights are not float16 log-probabilities")
        # The least power of two that makes every weight a whole number (float16's: at most 2**24).
        exact = -weights.astype(np.float64)
        scale_bits = next(bits for bits in range(25) if (np.modf(exact * 2.0 ** bits)[0] == 0).all())
        fixed = np.rint(exact * 2.0 ** scale_bits)
        largest = int(fixed.max())
        lane_bytes = 4 if largest < 1 << 16 else 8
        arrays = {"nextmove": np.asarray(identifier.tk_nextmove), "row": np.asarray(identifier.tk_row),
                  "output": np.asarray(identifier.tk_output, dtype=np.int32),
                  "table": np.ascontiguousarray(fixed, dtype=f"<u{lane_bytes}")}
        sizes = {2: "H", 4: "I"}
        codes = {"nextmove": sizes[arrays["nextmove"].itemsize], "row": sizes[arrays["row"].itemsize],
                 "output": "i", "table": "B"}
        header: dict[str, Any] = {
            "classes": list(identifier.nb_classes), "priors": np.asarray(identifier.nb_pc, dtype=np.float32).tolist(),
            "scale_bits": scale_bits, "lane_bytes": lane_bytes, "largest": largest, "arrays": {}}
        offset = 1 << 16  # room for the header
        for name, array in arrays.items():
            header["arrays"][name] = [offset, codes[name], array.nbytes // struct.calcsize(codes[name])]
            offset += -(-array.nbytes // _ALIGN) * _ALIGN
        encoded = json.dumps(header).encode()
        if len(_MAGIC) + 4 + len(encoded) > 1 << 16:
            raise ValueError("too many languages for the kept model's header")
        with atomic_binary_output(path) as stream:
            stream.write(_MAGIC + struct.pack("<I", len(encoded)) + encoded)
            for name, array in arrays.items():
                stream.seek(header["arrays"][name][0])
                stream.write(np.ascontiguousarray(array).tobytes())

    def numpy_identifier(self) -> Any:
        """py3langid's own identifier over these arrays (imports numpy)."""
        import numpy as np
        from py3langid.langid import LanguageIdentifier

        lanes = np.frombuffer(self.table, dtype=f"<u{self.lane_bytes}").reshape(-1, len(self.classes))
        # A type that holds every lane exactly, times a power of two: float16 weights again, exactly.
        exact = np.float32 if self.lane_bytes == 4 else np.float64
        weights = np.multiply(lanes, -(2.0 ** -self.scale_bits), dtype=exact).astype(np.float16)
        return LanguageIdentifier(weights, np.array(self.priors, dtype=np.float32), list(self.classes),
                                  self.nextmove, self.output, tk_row=self.row)

    def features(self, text: str) -> dict[int, int]:
        """The byte n-gram features of ``text`` with their counts, as py3langid finds them."""
        nextmove, row, output = self.nextmove, self.row, self.output
        counts: dict[int, int] = {}
        state = 0
        for byte in _encoded(text):
            state = nextmove[(row[state] << 8) + byte]
            feature = output[state]
            if feature >= 0:
                counts[feature] = counts.get(feature, 0) + 1
        return counts

    def _summed(self, text: str) -> tuple[int, list[tuple[int, Sequence[int]]]] | None:
        """How many distinct features ``text`` has, and for each number of
        times a feature occurs (in the order of the first feature that
        occurs so often), the lanes of their rows summed: exact integers.
        None when the lanes could overflow."""
        counts = self.features(text)
        if len(counts) >= self._capacity:
            return None
        by_count: dict[int, list[int]] = {}  # the features that occur each number of times
        for feature, count in counts.items():
            by_count.setdefault(count, []).append(feature)
        rows = self._row_numbers(counts)
        return len(counts), [
            (count, memoryview(sum(map(rows.__getitem__, features)).to_bytes(self.row_bytes, "little"))
             .cast(self._lanes))
            for count, features in by_count.items()]

    def _row_numbers(self, features: Collection[int]) -> dict[int, int]:
        """The rows of ``features`` in the table, each as one integer (its
        lanes, little-endian), among those of the features met last: most
        of a sample's n-grams are common ones, met in the samples before,
        whose rows are not read into integers again (int.from_bytes took
        two thirds of a ranking's time)."""
        rows = self._rows
        missing = [feature for feature in features if feature not in rows]
        if len(rows) + len(missing) > ROWS_KEPT:
            rows.clear()  # emptied when full
            missing = list(features)
        first, row_bytes, table = self._layout["table"][0], self.row_bytes, self._map
        for feature in missing:
            start = first + feature * row_bytes
            rows[feature] = int.from_bytes(table[start:start + row_bytes], "little")
        return rows

    def _summed_by_numpy(self, text: str) -> tuple[int, list[int], Any] | None:
        """``_summed``, the walk and the sums made by numpy: the same
        integers, some ten times as fast once numpy is imported; the groups'
        counts, and their lanes as the rows of one array."""
        import numpy as np

        nextmove, rowbase, output, table = self._numpy_arrays
        data = np.frombuffer(_encoded(text), dtype=np.uint8).astype(np.intp)
        states = _walk(data, nextmove, rowbase)
        if states is None:
            summed = self._summed(text)
            if summed is None:
                return None
            distinct, groups = summed
            return distinct, [count for count, _ in groups], np.array(
                [lanes for _, lanes in groups], dtype=np.uint64).reshape(len(groups), len(self.classes))
        found = output[states]
        found = found[found >= 0]
        features, first, counts = np.unique(found, return_index=True, return_counts=True)
        if len(features) >= self._capacity:
            return None
        # The features grouped by their number of times (the sums of integers in any order: the same), the
        # groups in the order of their first feature to occur in the text, as _summed has them.
        by_count = np.argsort(counts)
        sorted_counts = counts[by_count]
        starts = np.flatnonzero(np.diff(sorted_counts, prepend=-1))
        in_order = np.argsort(np.minimum.reduceat(first[by_count], starts))
        sums = np.add.reduceat(table[features[by_count]].astype(np.uint64), starts, axis=0)[in_order]
        return len(features), sorted_counts[starts][in_order].tolist(), sums

    @functools.cached_property
    def _numpy_arrays(self) -> tuple[Any, Any, Any, Any]:
        import numpy as np

        return (np.frombuffer(self.nextmove, dtype=np.uint32),
                np.frombuffer(self.row, dtype=np.uint16).astype(np.intp) << 8,
                np.frombuffer(self.output, dtype=np.int32),
                np.frombuffer(self.table, dtype=f"<u{self.lane_bytes}").reshape(-1, len(self.classes)))

    def score_ranges(self, text: str, *, by_numpy: bool = False) -> list[tuple[str, float, float]] | None:
        """Each label with the least and the most py3langid's score of
        ``text`` can be, in label order; None when the lanes could overflow.
        ``by_numpy``: the features found and their rows summed by numpy
        (the same numbers, see ``_summed_by_numpy``)."""
        if by_numpy:
            return self._numpy_score_ranges(text)
        summed = self._summed(text)
        if summed is None:
            return None
        distinct, groups = summed
        if not distinct:
            return self._floor_ranges()
        sums = [0.0] * len(self.classes)
        for count, lanes in groups:
            weight = _float32(math.log1p(count))
            for j, lane in enumerate(lanes):
                sums[j] += weight * lane
        scale = 2.0 ** -self.scale_bits
        rounding = _rounding(distinct)
        lows, highs = [], []
        for total, prior in zip(sums, self.priors):
            magnitude = total * scale
            error = rounding * (magnitude + abs(prior)) + (_LOG1P_TOLERANCE + _SLACK) * magnitude
            lows.append(prior - magnitude - error)
            highs.append(prior - magnitude + error)
        return self._labelled(lows, highs)

    def _numpy_score_ranges(self, text: str) -> list[tuple[str, float, float]] | None:
        """``score_ranges`` by numpy: each float64 operation of the loop's,
        in its order, lane by lane (the same floats, bit for bit), where the
        loop's Python arithmetic over some 90 lanes was a third of a ranking."""
        import numpy as np

        summed = self._summed_by_numpy(text)
        if summed is None:
            return None
        distinct, counts, lanes = summed
        if not distinct:
            return self._floor_ranges()
        # The products added group after group, as the loop adds them.
        weights = np.array([_float32(math.log1p(count)) for count in counts])
        sums = np.add.accumulate(weights[:, np.newaxis] * lanes.astype(np.float64), axis=0)[-1]
        priors, absolute_priors = self._numpy_priors
        magnitude = sums * (2.0 ** -self.scale_bits)
        error = _rounding(distinct) * (magnitude + absolute_priors) + (_LOG1P_TOLERANCE + _SLACK) * magnitude
        centre = priors - magnitude
        return self._labelled((centre - error).tolist(), (centre + error).tolist())

    @functools.cached_property
    def _numpy_priors(self) -> tuple[Any, Any]:
        import numpy as np

        priors = np.array(self.priors, dtype=np.float64)
        return priors, np.abs(priors)

    def _floor_ranges(self) -> list[tuple[str, float, float]]:
        """py3langid's scores of a text without features."""
        return [(label, _RAW_FLOOR, _RAW_FLOOR) for label in dict.fromkeys(self.classes)]

    def _labelled(self, lows: list[float], highs: list[float]) -> list[tuple[str, float, float]]:
        """Each label with its least and most score, a label named twice by its best column."""
        for first, twin in self.aliases:
            lows[first], highs[first] = max(lows[first], lows[twin]), max(highs[first], highs[twin])
        twins = {twin for _, twin in self.aliases}
        return [(label, lows[j], highs[j]) for j, label in enumerate(self.classes) if j not in twins]


def _rounding(distinct: int) -> float:
    """How far float32 rounding may take a score of ``distinct`` features from
    the exact sum, relative to its magnitudes: each of the sum's terms and
    additions, and the prior's, rounds once (at most gamma(n))."""
    return (distinct + 2) * _UNIT / (1 - (distinct + 2) * _UNIT)


def _encoded(text: str) -> bytes:
    """``text`` as py3langid reads it: lower-cased when all upper-case, NFC, UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", "surrogatepass")


# The longest n-gram's length in py3langid's tokenizer: its automaton's state
# after a byte is the longest suffix of the text, of at most that many
# bytes, that begins a feature, so that the state can be found from the last
# bytes alone (its model's: 6; any other is caught by ``_walk``'s check).
WALK_WINDOW = 6


def _walk(data: Any, nextmove: Any, rowbase: Any) -> Any:
    """The automaton's state after each byte of ``data`` (numpy arrays),
    as the walk byte by byte finds them: each position walked from the
    start state over its last WALK_WINDOW bytes, all positions at once;
    None unless each position's state is its predecessor's next, which
    makes them the walk's, position by position."""
    import numpy as np

    states = np.zeros(len(data), dtype=np.intp)
    for back in range(min(WALK_WINDOW, len(data)) - 1, -1, -1):
        states[back:] = nextmove[rowbase[states[back:]] + data[:len(data) - back]]
    if len(data) > 1 and not np.array_equal(nextmove[rowbase[states[:-1]] + data[1:]], states[1:]):
        return None
    return states


def _float32(value: float) -> float:
    return float(struct.unpack("f", struct.pack("f", value))[0])


def certain_best(ranges: list[tuple[str, float, float]], candidates: int,
                 evidence: Callable[[str], float]) -> str | None:
    """The label py3langid's ranking gives, scores in ``ranges``: among its
    top ``candidates``, the best by score plus ``evidence`` (the first of
    equals, as ``max`` takes it); None when the ranges allow another."""
    _, lows, highs = zip(*ranges)
    if lows == highs:  # exact scores: ranked as py3langid ranks them
        ranked = sorted(((label, low) for label, low, _ in ranges), key=lambda item: item[1], reverse=True)
        return max(ranked[:candidates], key=lambda item: item[1] + evidence(item[0]))[0]
    # A label may be among the top candidates unless that many are surely above it: unless its highest
    # is below the candidates-th highest lowest.
    kth_low = sorted(lows)[-candidates] if candidates <= len(lows) else -math.inf
    possible = [(label, low, high) for label, low, high in ranges if high >= kth_low]
    extra = {label: evidence(label) for label, _, _ in possible}
    totals = {label: (low + extra[label], high + extra[label]) for label, low, high in possible}
    best = max(totals, key=lambda label: totals[label][0])
    best_low = next(low for label, low, _ in possible if label == best)
    # The others whose highest reaches the best's lowest (the best's own always does).
    surely_in = sum(map(best_low.__le__, highs)) - 1 < candidates
    if surely_in and all(totals[best][0] > high for label, (_, high) in totals.items() if label != best):
        return best
    return None


# Rankings read the numpy-free way in a process that has not imported numpy:
# after these, numpy is imported for them, whose walk and sums take some
# 1.5 ms less a sample (its import costs 0.1 to 0.2 s). A process of a few
# pages never imports numpy for its language.
PURE_RANKINGS = 100
_rankings = itertools.count()


def best_language(sample: str, languages: tuple[str, ...], candidates: int,
                  evidence: Callable[[str], float]) -> str:
    """Among py3langid's ``candidates`` top-ranked ``languages`` for
    ``sample``, the one with the best score plus ``evidence(language)``."""
    model = _kept_model(languages)
    if model is not None:
        ranges = model.score_ranges(sample, by_numpy="numpy" in sys.modules or next(_rankings) >= PURE_RANKINGS)
        decided = None if ranges is None else certain_best(ranges, candidates, evidence)
        if decided is not None:
            return decided
    ranked = identifier(languages).rank(sample)[:candidates]
    return str(max(ranked, key=lambda item: item[1] + evidence(item[0]))[0])


def _package_folder() -> Path:
    # Found without importing py3langid, whose import pulls in numpy.
    import importlib.util

    spec = importlib.util.find_spec("py3langid")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("py3langid")
    return Path(spec.origin).parent


def model_path(package: Path, languages: tuple[str, ...]) -> Path:
    """Where the model of the py3langid installed in ``package``, cut to ``languages``, is kept."""
    key = model_key(_package_version(package), package / "data" / "model.npz.xz", languages)
    return cache_dir() / f"py3langid-{key}.model"


def _package_version(package: Path) -> str:
    """py3langid's ``__version__``, read from its ``__init__.py`` without running it."""
    for line in (package / "__init__.py").read_text(encoding="utf-8").splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    return "unknown"


def model_key(version: str, model: Path, languages: tuple[str, ...]) -> str:
    """Names the kept copy of a model: by the package's version and the
    model file's size, not its path or time, so that every environment
    with the same py3langid shares one copy rather than adding its own."""
    import hashlib

    return hashlib.sha1(repr((version, model.stat().st_size, languages, _MAGIC)).encode()).hexdigest()[:16]


@functools.cache
def _kept_model(languages: tuple[str, ...]) -> KeptModel | None:
    try:
        path = model_path(_package_folder(), languages)
    except OSError:  # py3langid's files laid out otherwise: its own loading only
        return None
    try:
        return KeptModel(path)
    except (OSError, ValueError, KeyError, TypeError):  # not kept yet, or unreadable: kept anew
        pass
    try:
        KeptModel.write(_packaged_identifier(languages), path)
        model = KeptModel(path)
    except (OSError, ValueError):  # a folder that cannot be written only costs each start the second
        return None
    remove_other_copies(path)
    return model


@functools.cache
def _packaged_identifier(languages: tuple[str, ...]) -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    packaged = LanguageIdentifier.from_model_file(MODEL_FILE)
    packaged.set_languages([c for c in packaged.labels if c in languages])
    return packaged


@functools.cache
def identifier(languages: tuple[str, ...]) -> Any:
    """py3langid's identifier of ``languages``, mapped from the kept copy when there is one."""
    model = _kept_model(languages)
    return _packaged_identifier(languages) if model is None else model.numpy_identifier()

