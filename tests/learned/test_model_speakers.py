"""``mode="model"``: who the learned attributions' sources resolve to (issue #19).

The tagger's source words are resolved afresh (``attribution.resolve_sources``); these
rows are the readings that need the rules' context: a relative pronoun names its
antecedent, a pronoun in a quote names whom the rules found it to name, and a participial
cue ("before adding", "Noting that ...") is said by the subject of the verb it hangs on.
"""

from __future__ import annotations

import pytest

from reportedly import Report, analyze
from reportedly.model import Source

pytestmark = pytest.mark.usefixtures("learned_model")


def _speaker(report: Report, cue: str) -> Source | None:
    found = [a for a in report.attributions if a.cue.text == cue]
    assert found, [a.cue.text for a in report.attributions]
    return report.source(found[0].source)


SPEAKERS = [
    pytest.param(
        "The move would be a blow to Andrew Pell, the MP for Selby Moor, who said he had "
        "been given assurances that the link would go ahead.",
        "said",
        "Andrew Pell",
        id="who-names-its-antecedent",
    ),
    pytest.param(
        "President Barack Obama said on Wednesday that he supports same-sex marriage. "
        "Mitt Romney disagreed. “I just saw the reports that he had previously said he "
        "opposed same-sex marriage,” Romney said.",
        "had previously said",
        "Barack Obama",
        id="he-in-a-quote-is-not-its-speaker",
    ),
    pytest.param(
        "“I may do it,” Trump said, before adding, “If we can do it through a negotiated "
        "process, we’re giving it a shot.”",
        "adding",
        "Trump",
        id="before-adding-is-the-sayers",
    ),
    pytest.param(
        "Noting that he was a recovering alcoholic himself, Glenn Beck said that the party "
        "had a problem.",
        "Noting",
        "Glenn Beck",
        id="a-fronted-participle-is-the-subjects",
    ),
]


@pytest.mark.parametrize(("text", "cue", "name"), SPEAKERS)
def test_model_mode_speaker(text: str, cue: str, name: str) -> None:
    source = _speaker(analyze(text, mode="model"), cue)
    assert source is not None and source.name == name


def test_a_participle_with_its_own_object_is_not_the_subjects() -> None:
    """ "Batting down allegations that ...": the allegations are not the report's."""
    report = analyze(
        "Batting down allegations that the White House dangled the secretary of Navy "
        "position in front of Sestak, the report said that Sestak was offered unpaid "
        "positions.",
        mode="model",
    )
    allegations = [a for a in report.attributions if "allegations" in a.cue.text]
    assert allegations and all(a.source is None for a in allegations)


def test_unnamed_sources_after_according_to() -> None:
    report = analyze(
        "New limits are likely, according to those familiar with the White House strategy.",
        mode="model",
    )
    source = _speaker(report, "according to")
    assert source is not None and (source.kind, source.count) == ("anonymous", None)
