"""Free text: which reviewed answer a message is about, chosen by the organizers' example phrases.

Built once from the content at start-up. Matching is pure and in memory: the text is read,
scored and dropped; only the chosen node and a score band leave this module.

Each routable node has example messages per language (`understand-<flow>-<node>` in
locales/<language>/understand.ftl). A message is split into words (Chinese into characters and
character pairs), short SMS forms are spelled out, each word is reduced to its Snowball stem,
a word the content never uses is corrected to the nearest one it does (one or two typos), and
the nodes are ranked by BM25 over their example messages.
"""

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise
from typing import Any

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.content.flows import FlowSet
from bot.content.localization import Localizer
from bot.engine.conversation import OFFER_LIMIT
from bot.engine.text import normalize

PHRASES_PREFIX = "understand-"
ENGLISH = "en"  # the language people mix into others
SPELLINGS = "understand-spellings"  # "short = long, ..." as people text them
STOP_SENTENCES = "understand-stop"  # sentences that ask the bot to stop texting
ELSEWHERE = "understand-elsewhere"  # messages about nothing the bot answers: weather, sports...
MIN_PHRASES = {"en": 8, "es": 8}  # example messages per routable node; other languages:
DEFAULT_MIN_PHRASES = 5

# Languages whose words are single syllables, many alike once the tone marks are dropped (cua is
# door and crab): adjacent pairs are matched too.
SYLLABLE_PAIRS = frozenset({"vi"})
# Snowball stemmers for the shipped languages that have one; the others match whole words.
SNOWBALL = {"ar": "arabic", "en": "english", "es": "spanish", "fr": "french", "hi": "hindi",
            "pt": "portuguese", "ru": "russian"}

ZERO = 0.0  # one float object for every zero weight

# BM25's usual constants: how fast repeated words stop counting, how much length matters.
BM25_K1 = 1.2
BM25_B = 0.75



@dataclass(frozen=True)
class Thresholds:
    """When a best match is clear enough to answer, close enough to offer, or nothing (in BM25
    points), tuned on the evaluation set's tune part only."""

    answer: float = 8.0  # at least this score to answer without asking
    margin: float = 1.2  # ...and this many times the runner-up's score
    offer: float = 4.0  # below this, nothing is close: the usual hint and options
    share: float = 0.55  # "did you mean" lists the candidates with this share of the best score
    option: float = 3.0  # mid-conversation, an option of the node this close leads there
    covered: float = 2.5  # a message all of whose words the best node knows is offered from here
    urgent: float = 0.8  # an urgent node this close to the best wins: danger first...
    urgent_answer: float = 4.0  # ...and needs only this score to be answered at once
    context: float = 1.5  # the options of the node a person is at weigh this much more


THRESHOLDS = Thresholds()

# Stop sentences are one more document of the index: a message is an opt-out when that document
# is its clear best match and holds most of its words ("please stop texting me"), so "I can't
# stop crying" or "the elevator stopped" is not. Tuned on the evaluation set's stop sentences.
STOP_SCORE = 4.0
STOP_MARGIN = 1.25
STOP_COVERAGE = 0.6
STOP_MIN_TERMS = 2

# An urgent node answered below the answer threshold must hold two of the message's telling
# words, or at least half of them: "ICE at my door, how do I get a lawyer" is about the door,
# "how much to send money home" is not about the emergency room because of "money".
URGENT_SUPPORT = 2
URGENT_SHARE = 0.5

# A first message is read in full only in the languages that know nearly as many of its words,
# as written, as the one that knows most (typo fixing can add one or two).
FINALIST_GAP = 2

# A single Chinese character is a syllable more than a word (你, "you"): pairs carry the meaning.
CJK_CHARACTER_WEIGHT = 0.5
TYPO_MIN_LENGTH = 4  # shorter words are too easily another word...
TYPO_MIN_LENGTH_NON_LATIN = 5  # ...and in Arabic, Cyrillic or Devanagari letters, one more
# Letters and digits, and the vowel signs of Indic scripts, which Python counts as neither (not
# the danda, which ends a Hindi sentence).
_WORD = re.compile(r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0dff])+")
# Arabic letters written more than one way (ta marbuta, alef maqsura) and the tatweel that only
# stretches a word; hamza forms and diacritics are already folded by normalize().
_ARABIC_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None})


def phrases_id(flow: str, node: str) -> str:
    """The Fluent id of a node's example messages."""
    return f"{PHRASES_PREFIX}{flow}-{node}"


def phrase_lines(value: str) -> list[str]:
    """The example messages of a Fluent value: one per line, blank lines dropped."""
    return [line.strip() for line in value.splitlines() if line.strip()]


_CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def _is_cjk(char: str) -> bool:
    """True for a Chinese character (written without spaces between words)."""
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def _cjk_terms(run: str) -> Iterable[str]:
    """A run of letters with Chinese in it: other letters as words, Chinese as characters and
    adjacent pairs (there are no spaces to find words by)."""
    part = ""
    chinese = ""
    for char in run + " ":
        if _is_cjk(char):
            if part:
                yield part
                part = ""
            chinese += char
            continue
        if chinese:
            yield from chinese
            yield from (chinese[i:i + 2] for i in range(len(chinese) - 1))
            chinese = ""
        if char != " ":
            part += char
    if part:
        yield part


class Decision(Enum):
    """What the bot does with a free-text message."""

    ANSWER = "answer"  # one clear best node: answer with it
    OFFER = "offer"  # close candidates: "did you mean", numbered
    NONE = "none"  # nothing close: the usual hint and options


@dataclass(frozen=True)
class Topic:
    """A node free text can lead to."""

    flow: str
    node: str
    urgent: bool
    label: str  # the option label that leads there, said in "did you mean"

    @property
    def key(self) -> str:
        """flow/node, as logs, tests and the evaluation set name it."""
        return f"{self.flow}/{self.node}"


@dataclass(frozen=True)
class Candidate:
    """A node and how well a message matched it."""

    topic: Topic
    score: float


@dataclass(frozen=True)
class Match:
    """The decision for one message and the candidates behind it, best first."""

    decision: Decision
    candidates: tuple[Candidate, ...] = ()
    elsewhere: bool = False  # closer to messages about things the bot has no answer for

    @property
    def best(self) -> Topic | None:
        """The node answered with, or offered first."""
        return self.candidates[0].topic if self.candidates else None

    @property
    def band(self) -> str:
        """A coarse score band, safe to log (never the text): high, mid or none."""
        return {Decision.ANSWER: "high", Decision.OFFER: "mid", Decision.NONE: "none"}[self.decision]


NO_MATCH = Match(Decision.NONE)


@dataclass(frozen=True)
class Reading:
    """A message as terms and scores, for one language; lives for one turn only."""

    words: tuple[str, ...]  # after spelling out short forms (and typo correction)
    terms: tuple[str, ...]  # stems, one per word
    scores: tuple[float, ...]  # per node, then the stop sentences last
    borrowed: tuple[str, ...] = ()  # English terms of words this language's examples lack


@dataclass(frozen=True)
class Runs:
    """A message split into runs of letters once, for every language that reads it."""

    words: tuple[str, ...]
    chinese: bool


def runs_of(text: str) -> Runs:
    """A text's runs of letters: normalised, Arabic letters of one sound written one way."""
    folded = normalize(text)
    if not folded.isascii():
        folded = folded.translate(_ARABIC_FOLD)
    return Runs(tuple(_WORD.findall(folded)), bool(_CJK.search(folded)))


class Analyzer:
    """Turns text into terms the same way for example messages and for what people send."""

    def __init__(self, locale: str, spellings: Mapping[str, str]) -> None:
        self.locale = locale
        algorithm = SNOWBALL.get(locale)
        self._stemmer = Stemmer.Stemmer(algorithm) if algorithm else None
        self._spellings = dict(spellings)
        self.pairs = locale in SYLLABLE_PAIRS

    def __reduce__(self) -> tuple[type["Analyzer"], tuple[str, dict[str, str]]]:
        """Pickled as its language and spellings: the C stemmer is made again when loaded."""
        return Analyzer, (self.locale, self._spellings)

    def words(self, text: str | Runs) -> list[str]:
        """Normalised words: no accents or diacritics, ASCII digits, short forms spelled out.
        A message read in several languages is split once (`runs_of`), spelled out in each."""
        runs = text if isinstance(text, Runs) else runs_of(text)
        spellings = self._spellings
        if not runs.chinese:  # words are separated by spaces
            return [spellings.get(run, run) for run in runs.words]
        found: list[str] = []
        for run in runs.words:
            if _CJK.search(run):
                found.extend(_cjk_terms(run))
            else:
                found.append(spellings.get(run, run))
        return found

    def stems(self, words: Sequence[str]) -> list[str]:
        """Each word's stem (the word itself where the language has no stemmer)."""
        return self._stemmer.stemWords(words) if self._stemmer is not None else list(words)

    def with_pairs(self, terms: Sequence[str]) -> list[str]:
        """The terms, and for a language of syllables each adjacent pair of them."""
        if not self.pairs:
            return list(terms)
        return [*terms, *(f"{a} {b}" for a, b in pairwise(terms))]


def _typo_length(word: str) -> int:
    """The shortest word worth correcting: an edit turns a short Arabic word into another
    (my daughter, بنتي, is one letter from my house, بيتي)."""
    return TYPO_MIN_LENGTH if word.isascii() else TYPO_MIN_LENGTH_NON_LATIN


class _Vocabulary:
    """The words a language's content uses, for correcting a typo to the nearest of them."""

    def __init__(self, words: Iterable[str]) -> None:
        by_initial: dict[str, list[str]] = {}
        for word in sorted(set(words)):
            if len(word) >= _typo_length(word) and not word.isdigit():
                by_initial.setdefault(word[0], []).append(word)
        self._by_initial = by_initial  # a typo rarely hits the first letter: fewer to compare

    def nearest(self, word: str) -> str | None:
        """The content word at most one edit away (two for long words), or None."""
        if len(word) < _typo_length(word) or not word[0].isalpha():
            return None
        choices = self._by_initial.get(word[0])
        if not choices:
            return None
        limit = 1 if len(word) < 8 else 2
        found = process.extractOne(word, choices, scorer=OSA.distance, score_cutoff=limit)
        return None if found is None else str(found[0])


class LocaleMatcher:
    """One language's index: BM25 weights per term and node, the typo vocabulary, the stop rule."""

    def __init__(self, analyzer: Analyzer, topics: Sequence[Topic],
                 phrases: Sequence[Sequence[str]], stop_sentences: Sequence[str],
                 stop_words: Iterable[str], elsewhere: Sequence[str] = ()) -> None:
        self.analyzer = analyzer
        self.topics = tuple(topics)
        # People mix in English ("ICE esta en mi door"): a word this language's examples lack
        # but English's have counts with its English weight. Set by Understanding.
        self.borrow: LocaleMatcher | None = None
        # After the nodes' documents: the stop sentences and stop words, then the messages about
        # nothing the bot answers (a node none of whose words a message shares cannot win).
        texts = [*phrases, [*stop_sentences, *stop_words], list(elsewhere)]
        self._stop = len(self.topics)
        self._elsewhere = self._stop + 1
        self._has_stop = bool(stop_sentences)
        self._stem_of: dict[str, str] = {}
        topic_words: set[str] = set()
        documents = []
        for number, document in enumerate(texts):
            terms: Counter[str] = Counter()
            # A node's examples are read as one text (one call, not one per example), except
            # where pairs of words count: they must not join two examples.
            for text in (document if analyzer.pairs else ["\n".join(document)]):
                words = analyzer.words(text)
                stems = analyzer.stems(words)
                self._stem_of.update(zip(words, stems, strict=True))
                terms.update(analyzer.with_pairs(stems))
                if number < self._elsewhere:
                    topic_words.update(words)
            documents.append(terms)
        # The words of the topics and the stop sentences, not of the messages about elsewhere.
        self.topic_vocabulary = frozenset(topic_words)
        self.weights = _bm25_weights(documents)
        # Each term's weights as one row over every document: a message's scores are then the
        # column sums of its terms' rows, added in C rather than one pair at a time.
        self._rows = {term: _dense(pairs, len(documents), CJK_CHARACTER_WEIGHT
                                   if len(term) == 1 and _is_cjk(term) else 1.0)
                      for term, pairs in self.weights.items()}
        self._zero = (0.0,) * len(documents)
        # Words the examples use so widely that they weigh nothing ("what", "is", "my").
        self._common = frozenset(term for document in documents for term in document
                                 if term not in self._rows)
        self._stop_terms = frozenset(documents[self._stop])
        # The words of the stop sentences that weigh something there ("texting", "list", not
        # "me"): a message with none of them is not read for a stop sentence in this language.
        self._stop_cues = frozenset(word for word, stem in self._stem_of.items()
                                    if self.weights.get(stem) and
                                    any(index == self._stop for index, _ in self.weights[stem]))
        # Syllables one letter apart are other words (chào, hello; chăm, care): no typo fixing.
        self._vocabulary = _Vocabulary(() if analyzer.pairs else self._stem_of)
        self.vocabulary = frozenset(self._stem_of)  # every word the examples use

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Loaded from a compiled catalog: pickle makes every 0.0 of the rows a float of its
        own; share one again (most weights are zero: a few megabytes per process)."""
        state["_rows"] = {term: tuple(ZERO if weight == 0.0 else weight for weight in row)
                          for term, row in state["_rows"].items()}
        vars(self).update(state)

    def read(self, text: str | Runs) -> Reading:
        """A message's words and terms; a word the content never uses becomes the nearest
        content word when one is a typo away."""
        words = self.analyzer.words(text)
        terms = self.analyzer.stems(words)
        borrowed: list[str] = []
        for index, term in enumerate(terms):
            if term in self.weights or term in self._common:
                continue
            word = words[index]
            if self.borrow is not None and word.isascii() and (
                    english := self.borrow.stem(word)) in self.borrow._rows:
                borrowed.append(english)  # "ICE esta en mi door": an English word, not a typo
                continue
            fixed = self._vocabulary.nearest(word)
            if fixed is not None:
                words[index], terms[index] = fixed, self._stem_of[fixed]
        if self.analyzer.pairs:
            pairs = self.analyzer.with_pairs(terms)[len(terms):]
            words, terms = [*words, *pairs], [*terms, *pairs]
        rows = [self._rows[term] for term in set(terms) if term in self._rows]
        if borrowed and self.borrow is not None:
            rows += [self.borrow._rows[term] for term in set(borrowed)]
        scores = tuple(map(sum, zip(*rows, strict=True))) if rows else self._zero
        return Reading(tuple(words), tuple(terms), scores, tuple(borrowed))

    def known(self, text: str | Runs, neutral: frozenset[str] = frozenset()) -> int:
        """How many of a message's words, as written, this language's examples use (words
        that belong to no language, such as place names, left out)."""
        return sum(word in self.vocabulary and word not in neutral for word in self.analyzer.words(text))

    def stem(self, word: str) -> str:
        """One word's stem in this language."""
        return self.analyzer.stems([word])[0]

    def scores(self, reading: Reading, boost: frozenset[int] = frozenset(),
               context: float = THRESHOLDS.context) -> list[float]:
        """Each node's BM25 score for a message (each term counted once), the stop sentences'
        last; the options of the node a person is at weigh `context` times more."""
        scores = list(reading.scores)
        for index in boost:
            scores[index] *= context
        return scores

    def match(self, reading: Reading, boost: frozenset[int] = frozenset(),
              limits: Thresholds = THRESHOLDS) -> Match:
        """Answer, offer or nothing, for a message already read. A short message whose every
        word is either common or in the best node's examples ("what is a warrant?") is
        offered even with a low score: it says little, but nothing else."""
        every = self.scores(reading, boost, limits.context)
        scores = every[:self._stop]
        match = decide(self.topics, scores, limits)
        if match.candidates and every[self._elsewhere] >= reading.scores[
                self.topics.index(match.candidates[0].topic)]:  # the best unboosted
            # About something the bot has no answer for ("who won the game", "how much to send
            # money home"): what came nearest is still shown by `kyr why`, never answered.
            return Match(Decision.NONE, match.candidates, elsewhere=True)
        best = match.candidates[0] if match.candidates else None
        if match.decision is Decision.ANSWER and best is not None and best.score < limits.answer \
                and self.support(reading, best.topic) < URGENT_SUPPORT \
                and self._share(reading, self.topics.index(best.topic)) < URGENT_SHARE:
            # Answered below the answer threshold because it is urgent, on one word ("how much
            # to send money home": money): asked instead, never taken for an emergency at once.
            return Match(Decision.OFFER, tuple(c for c in match.candidates
                                               if c.score >= best.score * limits.share))
        if match.decision is Decision.NONE and match.candidates \
                and match.candidates[0].score >= limits.covered:
            nearest = self.topics.index(match.candidates[0].topic)
            if all(term in self._common or (term in self._rows and self._rows[term][nearest] > 0)
                   for term in reading.terms):
                top = match.candidates[0].score
                return Match(Decision.OFFER, tuple(c for c in match.candidates
                                                   if c.score >= top * limits.share))
        return match

    def may_stop(self, text: str | Runs) -> bool:
        """True when a message holds a word that weighs in the stop sentences (cheap: no
        stemming, no typo fixing), so reading it for a stop sentence is worth it."""
        return self._has_stop and not self._stop_cues.isdisjoint(self.analyzer.words(text))

    def support(self, reading: Reading, topic: Topic) -> int:
        """How many of a message's telling words a node's examples hold."""
        index = self.topics.index(topic)
        return sum(term in self._rows and self._rows[term][index] > 0 for term in set(reading.terms))

    def _share(self, reading: Reading, index: int) -> float:
        """The share of a message's telling words (those some node's examples weigh) that a
        node's examples hold."""
        rows = self._rows
        telling = {term for term in reading.terms if term in rows}
        held = {term for term in telling if rows[term][index] > 0}
        if self.borrow is not None:
            borrowed = {term for term in reading.borrowed if term in self.borrow._rows}
            telling |= borrowed
            held |= {term for term in borrowed if self.borrow._rows[term][index] > 0}
        return len(held) / len(telling) if telling else 0.0

    def is_stop(self, reading: Reading) -> bool:
        """True when a sentence asks the bot to stop texting (an opt-out beyond the STOP words):
        the stop sentences are its clear best match."""
        if not self._has_stop or len(set(reading.terms)) < STOP_MIN_TERMS:
            return False  # one word is a stop word or nothing: never a sentence ("ne", "stop")
        scores = reading.scores
        stop = scores[self._stop]
        if stop < STOP_SCORE or stop < STOP_MARGIN * max(scores[:self._stop], default=0.0) \
                or stop < scores[self._elsewhere]:
            return False
        terms = set(reading.terms)
        return len(terms & self._stop_terms) >= STOP_COVERAGE * len(terms)

    def explain(self, text: str, boost: frozenset[int] = frozenset()) -> list[tuple[Candidate, list[str]]]:
        """The ranked candidates with the words of the message that matched each (for `kyr why`)."""
        reading = self.read(text)
        scores = self.scores(reading, boost)
        ranked = sorted(range(self._stop), key=lambda i: (-scores[i], i))
        explained = []
        for index in ranked[:5]:
            if scores[index] <= 0:
                break
            matched = [f"{word}({weight:.2f})" for word, term in zip(reading.words, reading.terms,
                                                                   strict=True)
                       for topic, weight in self.weights.get(term, ()) if topic == index]
            if self.borrow is not None:
                matched += [f"{term}(en {weight:.2f})" for term in reading.borrowed
                            for topic, weight in self.borrow.weights.get(term, ()) if topic == index]
            explained.append((Candidate(self.topics[index], scores[index]),
                              list(dict.fromkeys(matched))))
        return explained


def decide(topics: Sequence[Topic], scores: Sequence[float], limits: Thresholds = THRESHOLDS) -> Match:
    """Answer with the best node when it is clear, with an urgent one when it is close (danger
    first); offer the close ones when none is clear; else nothing."""
    best = max(scores, default=0.0)
    if best <= 0:  # no word of the message is in any example
        return NO_MATCH
    ranked = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    if best < limits.offer:  # nothing close; the candidates still say what came nearest
        return Match(Decision.NONE, _candidates(topics, ranked, scores))
    urgent = next((i for i in ranked if topics[i].urgent), None)
    if urgent is not None and scores[urgent] >= max(limits.urgent_answer, best * limits.urgent):
        order = [urgent, *(i for i in ranked if i != urgent)]
        return Match(Decision.ANSWER, _candidates(topics, order, scores))
    runner_up = scores[ranked[1]] if len(ranked) > 1 else 0.0
    if best >= limits.answer and best >= runner_up * limits.margin:
        return Match(Decision.ANSWER, _candidates(topics, ranked, scores))
    close = [i for i in ranked[:OFFER_LIMIT] if scores[i] >= best * limits.share]
    return Match(Decision.OFFER, _candidates(topics, close, scores))


def _candidates(topics: Sequence[Topic], order: Sequence[int], scores: Sequence[float]
                ) -> tuple[Candidate, ...]:
    """The first few nodes of an order, with their scores."""
    return tuple(Candidate(topics[i], scores[i]) for i in order[:OFFER_LIMIT] if scores[i] > 0)


def _dense(pairs: Iterable[tuple[int, float]], size: int, scale: float = 1.0) -> tuple[float, ...]:
    """Sparse (document, weight) pairs as one row of `size` weights, scaled."""
    row = [ZERO] * size
    for index, weight in pairs:
        row[index] = weight * scale
    return tuple(row)


def _bm25_weights(documents: Sequence[Counter[str]]) -> dict[str, tuple[tuple[int, float], ...]]:
    """Okapi BM25 weight of every term in every document, computed once (a query then only adds
    weights up; a term no document weighs is left out). Written out rather than taken from a
    BM25 package: the one that does it offline (bm25s) imports numpy and scipy, 129 ms of
    start-up for these few lines."""
    count = len(documents)
    average = sum(sum(d.values()) for d in documents) / count if count else 0.0
    frequency = Counter(term for document in documents for term in document)
    # Robertson and Spärck Jones' IDF, floored at 0: a word most nodes' examples use ("what",
    # "is", "my") says nothing about which node a message is about, and is left out.
    idf = {term: math.log((count - df + 0.5) / (df + 0.5)) for term, df in frequency.items()}
    weights: dict[str, list[tuple[int, float]]] = {}
    for index, document in enumerate(documents):
        scale = BM25_K1 * (1 - BM25_B + BM25_B * sum(document.values()) / average)
        for term, tf in document.items():
            rarity = idf[term]
            if rarity > 0:
                weight = rarity * tf * (BM25_K1 + 1) / (tf + scale)
                weights.setdefault(term, []).append((index, weight))
    return {term: tuple(pairs) for term, pairs in weights.items()}


def topics_of(flows: FlowSet) -> list[Topic]:
    """Every node free text can lead to, with the label of the option that leads there (one
    in the node's own flow when there is one: it names the step best)."""
    labels: dict[tuple[str, str], tuple[str, bool]] = {}
    for flow in flows.flows.values():
        for node in flow.nodes.values():
            for option in node.options:
                if option.flow is not None:
                    target = flows.flows[option.flow].start if option.flow in flows.flows else ""
                    key = (option.flow, target)
                else:
                    key = (flow.id, option.next or "")
                same_flow = option.flow is None
                if key[1] and (key not in labels or (same_flow and not labels[key][1])):
                    labels[key] = (option.label, same_flow)
    return [Topic(flow.id, name, node.urgent, labels.get((flow.id, name), ("", False))[0])
            for flow in flows.flows.values() for name, node in flow.nodes.items() if node.route]


def spellings_of(value: str) -> dict[str, str]:
    """`q = que, xq = porque` as a mapping of normalised short forms to their words."""
    pairs: dict[str, str] = {}
    for item in value.split(","):
        short, equals, long = item.partition("=")
        if equals and normalize(short) and normalize(long):
            pairs[normalize(short)] = normalize(long)
    return pairs


class Understanding:
    """Every language's matcher, built once from the content; shared by all threads."""

    def __init__(self, localizer: Localizer, flows: FlowSet,
                 stop_words: Mapping[str, Iterable[str]]) -> None:
        self.topics = topics_of(flows)
        self._index = {(topic.flow, topic.node): i for i, topic in enumerate(self.topics)}
        # Words that say nothing about a message's language (place names), set by the catalog.
        self.neutral: frozenset[str] = frozenset()
        self.matchers: dict[str, LocaleMatcher] = {}
        for locale in localizer.locales:
            spellings = spellings_of(localizer.format(locale, SPELLINGS)) \
                if localizer.has(locale, SPELLINGS) else {}
            phrases = [phrase_lines(localizer.format(locale, phrases_id(t.flow, t.node)))
                       if localizer.has(locale, phrases_id(t.flow, t.node)) else []
                       for t in self.topics]
            stops, elsewhere = (phrase_lines(localizer.format(locale, message_id))
                                if localizer.has(locale, message_id) else []
                                for message_id in (STOP_SENTENCES, ELSEWHERE))
            self.matchers[locale] = LocaleMatcher(Analyzer(locale, spellings), self.topics,
                                                  phrases, stops, stop_words.get(locale, ()),
                                                  elsewhere)
        english = self.matchers.get(ENGLISH)
        for locale, matcher in self.matchers.items():
            if locale != ENGLISH:
                matcher.borrow = english

    def vocabulary(self) -> frozenset[str]:
        """Every word of every language's example messages."""
        return frozenset().union(*(matcher.vocabulary for matcher in self.matchers.values()))

    def topic_index(self, flow: str, node: str) -> int | None:
        """The index of a routable node, or None."""
        return self._index.get((flow, node))

    def known(self, runs: Runs) -> dict[str, int]:
        """How many of a message's words, as written, each language's examples use (place
        names left out: they belong to no language)."""
        return {locale: matcher.known(runs, self.neutral) for locale, matcher in self.matchers.items()}

    def best_language(self, text: str, preferred: str, said: Mapping[str, int] | None = None,
                      known: Mapping[str, int] | None = None) -> tuple[str, Match, Reading | None]:
        """The language whose examples hold the most of a message's words, with the words that
        say a language (`said`: greetings, common words) counted too (ties: `preferred`, then
        the clearer match), and the match in it. Every language counts the words it knows as
        written (a set lookup each); only the few that come close read the message in full,
        typos fixed."""
        said = said or {}
        runs = runs_of(text)
        known = known if known is not None else self.known(runs)
        quick = {locale: known.get(locale, 0) + said.get(locale, 0) for locale in self.matchers}
        top = max(quick.values(), default=0)
        finalists = [locale for locale, count in quick.items()
                     if count >= top - FINALIST_GAP or locale == preferred]
        found: tuple[tuple[int, bool, float], str, Match, Reading] | None = None
        for locale in finalists:
            matcher = self.matchers[locale]
            reading = matcher.read(runs)
            match = matcher.match(reading)
            hits = said.get(locale, 0) + sum(word in matcher.vocabulary and word not in self.neutral
                                             for word in reading.words)
            score = match.candidates[0].score if match.candidates else 0.0
            rank = (hits, locale == preferred, score)
            if found is None or rank > found[0]:
                found = (rank, locale, match, reading)
        if found is None:
            return preferred, NO_MATCH, None
        return found[1], found[2], found[3]

    def read(self, locale: str, text: str) -> Reading | None:
        """A message's terms in a language (None for a language without an index)."""
        matcher = self.matchers.get(locale)
        return None if matcher is None else matcher.read(text)

    def match(self, locale: str, text: str | Reading, boost: frozenset[int] = frozenset()) -> Match:
        """Which node a free-text message in a language is about."""
        matcher = self.matchers.get(locale)
        if matcher is None:
            return NO_MATCH
        return matcher.match(matcher.read(text) if isinstance(text, str) else text, boost)

    def stop_language(self, text: str | Runs, locales: Iterable[str]) -> str | None:
        """The first of these languages in which a message is a sentence asking to stop."""
        runs = text if isinstance(text, Runs) else runs_of(text)
        for locale in locales:
            matcher = self.matchers.get(locale)
            if matcher is not None and matcher.may_stop(runs) and matcher.is_stop(matcher.read(runs)):
                return locale
        return None

    def is_stop(self, locale: str, text: str | Reading) -> bool:
        """True when a sentence in a language asks the bot to stop texting."""
        matcher = self.matchers.get(locale)
        if matcher is None:
            return False
        return matcher.is_stop(matcher.read(text) if isinstance(text, str) else text)
