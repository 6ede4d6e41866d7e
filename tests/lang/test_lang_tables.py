"""Sanity checks of the attribution word tables under ``lang/en``.

Entries are compared with lower-cased token text and lemmas, so they must be lower case
and free of stray whitespace; a word must not sit in two tables whose meanings exclude
each other (a lemma that both denies and confirms, a noun that names both a document and
a group); and an entry that only works together with another table must be found there.
"""

from __future__ import annotations

import ast
import inspect
from collections.abc import Iterable
from itertools import combinations
from types import ModuleType

import pytest
from spacy.language import Language

from reportedly.attribution import extract_attributions
from reportedly.attribution.resolve import PRONOUN_KINDS
from reportedly.lang.en import cues, hedges, numbers, sources, titles

MODULES = [cues, hedges, sources, numbers, titles]
STANCES = {"assert", "deny", "confirm", "decline"}


def _tables(module: ModuleType) -> dict[str, object]:
    return {
        name: value
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, dict | frozenset | set | tuple)
    }


def _words(table: object) -> list[str]:
    """The string entries of a table: keys of a dict, members of a set or tuple."""
    items: Iterable[object] = table.keys() if isinstance(table, dict) else table  # type: ignore[union-attr]
    words: list[str] = []
    for item in items:
        if isinstance(item, str):
            words.append(item)
    if isinstance(table, dict):
        for value in table.values():
            if isinstance(value, str):
                words.append(value)
            elif isinstance(value, frozenset | set | tuple):
                words += [v for v in value if isinstance(v, str)]
    return words


ALL_TABLES = [
    pytest.param(table, id=f"{module.__name__.rsplit('.', 1)[-1]}.{name}")
    for module in MODULES
    for name, table in _tables(module).items()
]


def test_every_module_has_tables() -> None:
    for module in MODULES:
        assert _tables(module), module.__name__


@pytest.mark.parametrize("table", ALL_TABLES)
def test_table_is_not_empty(table: object) -> None:
    assert len(table) > 0  # type: ignore[arg-type]


@pytest.mark.parametrize("table", ALL_TABLES)
def test_entries_are_lower_case_and_trimmed(table: object) -> None:
    for word in _words(table):
        assert word, "empty entry"
        assert word == word.lower(), word
        assert word == word.strip(), repr(word)
        assert "  " not in word and "\t" not in word and "\n" not in word, repr(word)


def _literal_entries(node: ast.expr) -> list[object]:
    """The constant keys of a dict literal, the constant members of a set, tuple or list
    literal (inside ``frozenset(...)`` too), as written in the source."""
    if isinstance(node, ast.Call) and node.args:
        node = node.args[0]
    elements = node.keys if isinstance(node, ast.Dict) else getattr(node, "elts", [])
    return [e.value for e in elements if isinstance(e, ast.Constant)]


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_no_entry_is_written_twice(module: ModuleType) -> None:
    """A word written twice in one literal is a slip a dict or a set hides (the second
    dict value silently wins): read the source, not the built table."""
    tree = ast.parse(inspect.getsource(module))
    for statement in tree.body:
        if isinstance(statement, ast.AnnAssign | ast.Assign) and statement.value is not None:
            entries = _literal_entries(statement.value)
            repeated = sorted({str(e) for e in entries if entries.count(e) > 1})
            assert not repeated, (ast.unparse(statement).split("=")[0], repeated)


def test_a_repeated_entry_is_caught() -> None:
    statement = ast.parse('T = frozenset({"deny", "say", "deny"})').body[0]
    assert isinstance(statement, ast.Assign)
    assert _literal_entries(statement.value).count("deny") == 2


# cues ---------------------------------------------------------------------------------


def test_cue_verbs_are_single_lemmas_with_known_stances() -> None:
    for lemma, stance in cues.CUE_VERBS.items():
        assert " " not in lemma and lemma.isalpha(), lemma
        assert stance in STANCES - {"decline"}, (lemma, stance)


def test_every_stance_has_cue_verbs() -> None:
    stances = set(cues.CUE_VERBS.values())
    assert {"assert", "deny", "confirm"} <= stances


def test_no_lemma_both_denies_and_confirms() -> None:
    by_stance: dict[str, set[str]] = {}
    for lemma, stance in cues.CUE_VERBS.items():
        by_stance.setdefault(stance, set()).add(lemma)
    assert not by_stance.get("deny", set()) & by_stance.get("confirm", set())


def test_decline_verbs_are_not_plain_cues() -> None:
    """ "declined to comment" is a refusal, never an assertion of its own."""
    assert not cues.DECLINE_VERBS & set(cues.CUE_VERBS)
    assert not cues.DECLINED_ACTIONS & cues.DECLINE_VERBS


def test_object_cue_verbs_are_cue_verbs() -> None:
    assert set(cues.CUE_VERBS) | set(cues.PARTICLE_CUES) >= cues.OBJECT_CUE_VERBS


def test_claim_only_verbs_are_denial_cues() -> None:
    """A verb that denies only a claim must be a denial cue, or the entry does nothing."""
    deny = {lemma for lemma, stance in cues.CUE_VERBS.items() if stance == "deny"}
    deny |= set(cues.DENIAL_PHRASES)
    assert deny >= cues.CLAIM_ONLY_VERBS, sorted(cues.CLAIM_ONLY_VERBS - deny)


def test_denial_phrases_are_no_plain_cues() -> None:
    """ "pleaded not guilty", "pushed back": the words after the verb make the denial, so
    the verb alone is no cue ("pleaded guilty", "pushed the bill"); a plea is one of them."""
    for lemma, phrases in cues.DENIAL_PHRASES.items():
        assert lemma.isalpha() and lemma not in cues.CUE_VERBS, lemma
        assert phrases and all(p.replace(" ", "").isalpha() for p in phrases), lemma
    assert set(cues.DENIAL_PHRASES) >= cues.PLEA_VERBS


def test_professing_verbs_are_no_plain_cues() -> None:
    """ "protested his innocence": the verb is a cue only with that object."""
    assert not cues.PROFESSING_VERBS & set(cues.CUE_VERBS)


def test_accusing_and_doubting_verbs_are_assertion_cues() -> None:
    """An accusation and a question are cues of their own; a denial answers the one, and
    the other denies only a claim it names."""
    for table in (cues.ACCUSING_VERBS, cues.DOUBTING_VERBS, set(cues.PASSIVE_ACCUSATIONS)):
        assert all(cues.CUE_VERBS.get(lemma) == "assert" for lemma in table), sorted(table)
    assert set(cues.PASSIVE_ACCUSATIONS) <= cues.ACCUSING_VERBS


def test_not_knowing_verbs_are_attitudes() -> None:
    """Not knowing is no act of saying, so these are no cue verbs."""
    assert not cues.NOT_KNOWING_VERBS & set(cues.CUE_VERBS)


def test_owned_claim_nouns_are_not_claim_nouns() -> None:
    """A noun that names a claim only with its owner must not name one without."""
    assert not cues.OWNED_CLAIM_NOUNS & cues.CLAIM_NOUNS


def test_admission_verbs_are_confirmation_cues() -> None:
    """An admission confirms only a named report; a verb that does not confirm at all
    would make the entry do nothing."""
    confirm = {lemma for lemma, stance in cues.CUE_VERBS.items() if stance == "confirm"}
    assert confirm >= cues.ADMISSION_VERBS, sorted(cues.ADMISSION_VERBS - confirm)


def test_speech_act_nouns_name_claims_made_with_cue_verbs() -> None:
    """Each noun is one a denial can name, and each verb one a report can be made with."""
    assert set(cues.SPEECH_ACT_VERBS) <= cues.CLAIM_NOUNS
    assert set(cues.SPEECH_ACT_VERBS) >= cues.ANY_CLAIM_NOUNS
    for noun, verbs in cues.SPEECH_ACT_VERBS.items():
        assert verbs <= set(cues.CUE_VERBS), (noun, sorted(verbs - set(cues.CUE_VERBS)))


def test_denial_contents_are_read_from_words_that_are_no_cues() -> None:
    """ "no evidence", "lying", "innocence" deny by what is said, under a plain cue."""
    for table in (cues.NO_EVIDENCE_NOUNS, cues.LYING_VERBS, cues.INNOCENCE_NOUNS):
        assert not table & set(cues.CUE_VERBS)
    assert not cues.RESPONSE_MARKERS & set(cues.CUE_VERBS)


def test_nominal_report_nouns_are_claim_nouns() -> None:
    """A nominal report is a claim a denial can name; the nouns that hedge it are among
    them, or the hedge would never be read."""
    assert cues.NOMINAL_REPORT_NOUNS <= cues.CLAIM_NOUNS
    assert hedges.HEDGING_REPORT_NOUNS <= cues.NOMINAL_REPORT_NOUNS


def test_premature_words_are_no_cues() -> None:
    """ "too early to discuss" refuses by what is said, under a plain cue."""
    assert not cues.PREMATURE_WORDS & set(cues.CUE_VERBS)


def test_nesting_verbs_are_not_assertions() -> None:
    """ "citing X" names a deeper source; it must not also be read as a speech verb."""
    assert not cues.NESTING_VERBS & set(cues.CUE_VERBS)
    assert cues.QUOTED_AS_VERBS <= cues.NESTING_VERBS


def test_naming_and_request_verbs_are_cue_verbs() -> None:
    """Their entries only restrict cue verbs: one that is no cue verb would do nothing."""
    assert set(cues.CUE_VERBS) >= cues.NAMING_VERBS | cues.REQUEST_VERBS


def test_naming_complements_are_parser_labels(pipeline: Language) -> None:
    assert set(pipeline.get_pipe("parser").labels) >= cues.NAMING_COMPLEMENTS


def test_forecast_passives_are_passive_report_verbs() -> None:
    assert cues.FORECAST_PASSIVES <= cues.PASSIVE_REPORT_VERBS


def test_attitudes_are_not_cue_verbs() -> None:
    """Believing, thinking, fearing and expecting are no acts of saying (FORMAT.md of the
    records benchmark): "said she believes ..." reports the saying."""
    assert not {"believe", "think", "fear", "expect", "hope", "want"} & set(cues.CUE_VERBS)


def test_particle_cues() -> None:
    for lemma, particles in cues.PARTICLE_CUES.items():
        assert particles, lemma
        assert lemma.isalpha(), lemma
        for particle in particles:
            assert particle.isalpha() and " " not in particle, (lemma, particle)


def test_according_to_is_read_as_a_cue(pipeline: Language) -> None:
    doc = pipeline("The bridge will reopen on Monday, according to the mayor.")
    (attribution,) = extract_attributions(doc)[1]
    assert attribution.cue.text == " ".join(cues.ACCORDING_TO)
    assert attribution.source_span is not None and attribution.source_span.text == "the mayor"


def test_agent_participles_and_passive_verbs_are_lemmas() -> None:
    for table in (cues.AGENT_PARTICIPLES, cues.PASSIVE_REPORT_VERBS, cues.NESTING_VERBS):
        for lemma in table:
            assert lemma.isalpha(), lemma
            assert not lemma.endswith(("ing", "ed")), f"{lemma} is not a lemma"


# hedges -------------------------------------------------------------------------------


def test_hedge_adverbs_are_single_adverbs() -> None:
    for word in hedges.HEDGE_ADVERBS:
        assert word.isalpha() and word.endswith("ly"), word
    assert not hedges.HEDGE_ADVERBS & set(cues.CUE_VERBS)


def test_hedge_phrases_do_not_contain_one_another() -> None:
    """Phrases are found by substring search: one inside another would hedge twice."""
    for a, b in combinations(hedges.HEDGE_PHRASES, 2):
        assert a not in b and b not in a, (a, b)


def test_hedge_phrases_are_phrases() -> None:
    for phrase in hedges.HEDGE_PHRASES:
        assert len(phrase.split()) >= 3, phrase
        assert phrase.replace(" ", "").isalpha(), phrase


# sources ------------------------------------------------------------------------------

KIND_TABLES = {
    "ANONYMOUS_SOURCE_NOUNS": sources.ANONYMOUS_SOURCE_NOUNS,
    "GROUP_NOUNS": sources.GROUP_NOUNS,
    "DOCUMENT_NOUNS": sources.DOCUMENT_NOUNS,
    "ORGANIZATION_NOUNS": sources.ORGANIZATION_NOUNS,
    "OUTLET_EPITHETS": sources.OUTLET_EPITHETS,
}


@pytest.mark.parametrize(
    ("first", "second"),
    [pytest.param(a, b, id=f"{a}-{b}") for a, b in combinations(KIND_TABLES, 2)],
)
def test_source_kind_tables_do_not_overlap(first: str, second: str) -> None:
    """Each table gives a source kind; a noun in two of them gets one kind arbitrarily."""
    shared = KIND_TABLES[first] & KIND_TABLES[second]
    assert not shared, sorted(shared)


def test_source_nouns_are_singular_lemmas() -> None:
    for table in (sources.ANONYMOUS_SOURCE_NOUNS, sources.GROUP_NOUNS, sources.DOCUMENT_NOUNS):
        for noun in table:
            assert noun.replace("-", "").isalpha(), noun
    # lemmas are singular ("people" has no "-s" plural form to strip)
    plural = {n for n in sources.ANONYMOUS_SOURCE_NOUNS if n.endswith("s")}
    assert not plural, sorted(plural)


def test_person_pronouns_map_to_known_antecedent_kinds() -> None:
    assert set(sources.PERSON_PRONOUNS.values()) <= set(PRONOUN_KINDS)
    assert {"he", "she", "they"} <= set(sources.PERSON_PRONOUNS)


def test_first_person_pronouns_are_person_pronouns() -> None:
    assert set(sources.PERSON_PRONOUNS) >= sources.FIRST_PERSON_PRONOUNS


def test_addressee_tables_are_lemmas() -> None:
    for word in cues.ADDRESSEE_VERBS | cues.ADDRESSEE_NOUNS | cues.SOURCE_CLAUSE_MARKS:
        assert word.isalpha() and word.islower(), word
    assert {"tell", "inform"} <= cues.ADDRESSEE_VERBS & set(cues.CUE_VERBS)


def test_anonymity_markers_are_words() -> None:
    for word in sources.ANONYMITY_MARKERS:
        assert word.isalpha(), word
    assert not sources.ANONYMITY_MARKERS & sources.ANONYMOUS_SOURCE_NOUNS


# numbers ------------------------------------------------------------------------------


def test_cardinals_are_positive_counts() -> None:
    for word, value in numbers.CARDINALS.items():
        assert isinstance(value, int) and value >= 1, (word, value)
    expected = {"one": 1, "two": 2, "three": 3, "six": 6, "ten": 10, "twelve": 12, "twenty": 20}
    for word, value in expected.items():
        assert numbers.CARDINALS[word] == value, word


def test_articles_count_one() -> None:
    assert numbers.CARDINALS["a"] == 1 and numbers.CARDINALS["an"] == 1


def test_ordinals_and_cardinals_do_not_overlap() -> None:
    """A word is either a count or an ordinal, never both."""
    assert not set(numbers.ORDINALS) & set(numbers.CARDINALS)


def test_ordinals_number_in_order() -> None:
    assert sorted(numbers.ORDINALS.values()) == list(range(1, len(numbers.ORDINALS) + 1))


def test_ordinals_are_ordinals() -> None:
    """ "a third source" is one source; "other officials" names no number."""
    for word in numbers.ORDINALS:
        assert word.endswith(("st", "nd", "rd", "th")), word


# titles -------------------------------------------------------------------------------


def test_dotted_honorifics_are_title_words() -> None:
    dotted = {h for h in titles.HONORIFICS if h.endswith(".")}
    assert dotted <= titles.TITLE_WORDS, sorted(dotted - titles.TITLE_WORDS)


def test_undotted_honorifics_have_dotted_forms() -> None:
    for honorific in titles.HONORIFICS:
        if not honorific.endswith("."):
            assert f"{honorific}." in titles.HONORIFICS, honorific


def test_title_words_are_single_words() -> None:
    for word in titles.TITLE_WORDS:
        assert " " not in word, word
        assert word.rstrip(".").replace("-", "").isalpha(), word
