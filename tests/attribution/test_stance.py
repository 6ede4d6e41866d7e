"""Stance: refusals in their common phrasings, denials by verb and by content, the report a
denial answers, and the ``fact`` conflicts built from it.

Each row is a short text in news style, the cue of one attribution in it, the stance that
attribution must have and the cue of the attribution it must answer, by its first word
and, where one text has it twice, the words after it (None: it answers none).
"""

from __future__ import annotations

import pytest
from spacy.language import Language

import reportedly
from reportedly.model import Attribution, Report

REFUSALS = [
    ("Crestline Partners did not respond to a request for comment.", "did not respond"),
    (
        "Nick Iacono did not immediately return emails or a telephone message seeking comment.",
        "did not immediately return emails or a telephone message seeking comment",
    ),
    ("Smith could not be reached for comment.", "could not be reached for comment"),
    ("The mayor was not available for comment on Tuesday.", "was not available for comment"),
    ("The mayor was unavailable for comment.", "was unavailable for comment"),
    ("The ministry would not say whether she had met Hayes.", "would not say"),
    ("The minister won't comment on the talks.", "won't comment"),
    ("The council declined to give a reason for the closure.", "declined to give"),
    ("The actor declined to be interviewed.", "declined to be interviewed"),
    ("The company declined comment.", "declined comment"),
    ("Ms. Rice demurred when asked whether she believed the speech was political.", "demurred"),
    ("He did not answer directly when asked whether the law allows it.", "did not answer"),
    ("Trump was avoiding saying it would be ended by executive order.", "was avoiding saying"),
    (
        "A Department for Transport spokesman said: 'We do not comment on speculation. "
        "Ministers will set out their plans in due course.'",
        "said",
    ),
    ("A spokesman said the government did not comment on leaks.", "said"),
    ("“No comment,” the spokesman said.", "said"),
    # a refusal told in a quoted tweet, by a handle
    (
        'Ben Labolt tweeted, "@MittRomney just refused to say he supports hospital '
        'visitation rights."',
        "refused to say",
    ),
    # a gerund after a preposition, done by the subject of the verb it hangs on
    (
        "On Wednesday, Trump appeared to shift stance by avoiding saying it would be ended "
        "by executive order.",
        "avoiding saying",
    ),
    # "it" of an active cue names a source
    (
        "The ministry said the fine showed the regime was working. It did not respond to a "
        "question about whether the money would be used to clean up rivers.",
        "did not respond",
    ),
    # too early to speak
    ("Wray added: “It’s too early at this stage to discuss motive.”", "added"),
    ("The police chief said it is premature to speculate on the cause.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), REFUSALS)
def test_refusals_decline(pipeline: Language, text: str, cue: str) -> None:
    found = _by_cue(reportedly.analyze(text, mode="rules"), cue)
    assert found.stance == "decline"
    assert found.target is None


NOT_REFUSALS = [
    ("The patient did not respond to treatment.", "respond"),
    ("He did not return home until Friday.", "return"),
    ("Clinton did not respond to any of the subpoenas requesting documents.", "respond"),
]


@pytest.mark.parametrize(("text", "word"), NOT_REFUSALS)
def test_no_answer_to_a_non_request_is_no_refusal(pipeline: Language, text: str, word: str) -> None:
    report = reportedly.analyze(text, mode="rules")
    assert not [a for a in report.attributions if word in a.cue.text]


NOT_DECLINED = [
    ("The coach said it was too early to celebrate.", "said"),
    ("The mayor said the talks would end soon.", "said"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_DECLINED)
def test_not_a_refusal(pipeline: Language, text: str, cue: str) -> None:
    assert _by_cue(reportedly.analyze(text, mode="rules"), cue).stance != "decline"


NOT_GERUND_CUES = [
    # a phrase before its verb sets the scene; one on a cue is part of it
    ("In defending the decision on Friday, Ms. Sanders said the review was complete.", "defending"),
    ("One of the officials was quoted as saying that the scheme was too costly.", "saying"),
]


@pytest.mark.parametrize(("text", "word"), NOT_GERUND_CUES)
def test_a_scene_setting_gerund_is_no_cue(pipeline: Language, text: str, word: str) -> None:
    report = reportedly.analyze(text, mode="rules")
    assert not [a for a in report.attributions if a.cue.text == word]


TOPICS = [
    ("The ministry did not respond to a question whether the money would be used.", "whether"),
    (
        "Helen Cartwright declined to discuss the figures when approached on Saturday.",
        "the figures",
    ),
    ("He did not answer directly when asked whether the law allows it.", "whether the law"),
]


@pytest.mark.parametrize(("text", "topic"), TOPICS)
def test_a_refusal_content_is_its_topic(pipeline: Language, text: str, topic: str) -> None:
    (found,) = [
        a for a in reportedly.analyze(text, mode="rules").attributions if a.stance == "decline"
    ]
    assert found.content.text.startswith(topic)
    assert "approached" not in found.content.text


STANCES = [
    # a denial by its verb answers the report it names
    (
        "Reuters reported that Kozak had been sidelined. The Kremlin denied the report.",
        "denied",
        "deny",
        "reported",
    ),
    # a denial that names no report answers none: no conflict with an unrelated claim
    (
        "Clinton has said she backs the bill. The Saudi government denies any role in the attacks.",
        "denies",
        "deny",
        None,
    ),
    # rejecting a veto or a bill denies no report
    ("Congress rejected Obama's veto on Wednesday.", "rejected", None, None),
    # negated denial verbs report a claim left standing
    (
        "The Herald reported that the minister intervened. The ministry did not dispute the "
        "report.",
        "did not dispute",
        "assert",
        None,
    ),
    # a claim said to be false
    (
        "Prosecutors said Lloyd had taken the money. His lawyer said that was “simply wrong”.",
        "said that",
        "deny",
        "said Lloyd",
    ),
    (
        "Residents said engineers had ignored the cracks. A senior official said the "
        "allegation was “baseless”.",
        "said the allegation",
        "deny",
        "said engineers",
    ),
    (
        "Raman wrote that the outage exposed her files. Raman's manager said that explanation "
        "did not hold up.",
        "said that explanation",
        "deny",
        "wrote",
    ),
    # "it was wrong to ..." judges an act, it denies no claim
    ("Morley said it was wrong to close the pool.", "said", "assert", None),
    # a negated claim that says the opposite of an earlier one
    (
        "The Herald reported she intervened to speed up a work visa for the donor's nephew. "
        "Her office said the minister “has never intervened in any individual visa case”.",
        "Her office said",
        "deny",
        "reported",
    ),
    # ... but a negated claim on another matter denies nothing
    (
        "The mayor said the bridge would reopen in May. The engineer said he did not know "
        "when the work would end.",
        "engineer said",
        "assert",
        None,
    ),
    # a report joined to a denial with its own subject does not inherit it
    (
        "Grimm has denied knowledge of any improprieties, and the FBI hasn't accused him of "
        "any wrongdoing.",
        "hasn't accused",
        "assert",
        None,
    ),
    # denial verbs of the second round, with a claim for object or a clause
    (
        "Clinton said the cuts were to blame. Republicans are challenging a host of "
        "statements made by Clinton.",
        "are challenging",
        "deny",
        "said",
    ),
    ("Senators challenged him to a debate.", "challenged", None, None),
    (
        "Critics say the policy encourages illegal immigration. Many scholars counter that it "
        "would take a constitutional amendment to change the policy.",
        "counter",
        "deny",
        None,
    ),
    # the report in the denial's "after" clause, though it comes later in the sentence
    (
        'The ministry has rejected the claims as "baseless" after the Herald reported that '
        "the minister intervened to speed up a visa.",
        "has rejected",
        "deny",
        "reported",
    ),
    # "claims of racism" answer the accusation, not the resolution condemning racism
    (
        "Leaders accused tea party activists of tolerating bigotry and approved a resolution "
        "condemning racism. Organizers disputed claims of racism.",
        "disputed",
        "deny",
        "accused",
    ),
    # "Obama's concerns" answer Obama's warning, not his latest claim
    (
        "Obama warned the bill could cause chaos. Obama wrote that the nation would suffer. "
        'Senators dismissed Obama\'s concerns as "unpersuasive."',
        "dismissed",
        "deny",
        "warned",
    ),
    # "the complaints" answer a complaint, and none was reported
    (
        "Meeks said the House failed to fund the request. Republicans said complaints about "
        "a lack of funding are bogus.",
        "Republicans said",
        "deny",
        None,
    ),
    # a name in the content that owns no claim names no report
    (
        "Sestak said he almost interrupted Clinton. The report disputed any suggestion of "
        "impropriety in Clinton's talks with Sestak.",
        "disputed",
        "deny",
        None,
    ),
    # "it" of a claim said to be unfounded, with a clause of its own after "but"
    (
        "Leaders accused activists of tolerating bigotry. \u201cIt's unfounded, but people are "
        "running with these accusations like they are true,\u201d Alex Poulter said.",
        "Alex Poulter said",
        "deny",
        "accused",
    ),
    # saying that others lie denies what they just said
    (
        "A white lawmaker said he also heard the epithets, but conservative activists said "
        "the lawmakers were lying.",
        "said the lawmakers",
        "deny",
        "said he",
    ),
    ("The police said the body was lying on the floor.", "said", "assert", None),
    # "no evidence" denies, and answers the accusation
    (
        "Leaders accused the movement of racism. Alex Poulter said he has seen no evidence of "
        "racism within the movement.",
        "Alex Poulter said",
        "deny",
        "accused",
    ),
    # ... which it does not share words with; and with none made, it answers none
    (
        "The NAACP accused tea party activists of tolerating bigotry and approved a "
        "resolution condemning racism. Mark Williams said he has seen no evidence of racism "
        "within the movement.",
        "Mark Williams said",
        "deny",
        "accused",
    ),
    (
        "The mayor said the bridge would reopen in May. The company said it had found no "
        "evidence that customer data had been accessed.",
        "company said",
        "deny",
        None,
    ),
    (
        "Critics said they were concerned about companies whose pay gaps mirror national "
        "numbers where there is no proof of a discriminatory policy.",
        "said",
        "assert",
        None,
    ),
    # a plan said not to exist, and a date corrected, against the claims that state them
    (
        "The Guardian reported that ministers had drawn up plans to halve the insulation "
        'scheme. The minister said: "There is no plan to halve this scheme."',
        "said",
        "deny",
        "reported",
    ),
    (
        "The operator said the department was told of the difficulties in June. The minister "
        "said the department had first been told of the difficulties in August, not June.",
        "minister said",
        "deny",
        "said the department was",
    ),
    (
        "Democrats have said they will fund border security, but not the wall.",
        "have said",
        "assert",
        None,
    ),
    # professing innocence denies, and answers the latest accusation by another source
    ("Grimm asserts his innocence of any wrongdoing.", "asserts", "deny", None),
    (
        "Prosecutors accused Grimm of fraud. The congressman has protested his innocence.",
        "has protested",
        "deny",
        "accused",
    ),
    ("Residents protested the closure of the pool.", "protested", None, None),
    # a plea of not guilty answers the accusation, named or agentless
    (
        "Graham Pritchard, 58, is accused of taking the money from the hospice. He has "
        "pleaded not guilty to two counts of fraud.",
        "has pleaded not guilty",
        "deny",
        "is",
    ),
    ("Ofer Biton pleaded guilty to visa fraud charges.", "pleaded", None, None),
    # "pushed back on" denies a claim it names, not a plan
    (
        "Saudi officials warned the bill would hurt relations. Schumer pushed back hard on "
        "the Saudi objections.",
        "pushed back",
        "deny",
        None,
    ),
    ("Republicans pushed back on the spending plan.", "pushed back", None, None),
    # saying nothing wrong was done, or that one acted properly, denies wrongdoing
    (
        "Prosecutors accused the mayor of taking bribes. The mayor said he had done nothing wrong.",
        "mayor said",
        "deny",
        "accused",
    ),
    ('Obama insisted "nothing improper" happened with Sestak.', "insisted", "deny", None),
    (
        'The minister said: "My office has handled this matter entirely appropriately."',
        "said",
        "deny",
        None,
    ),
    ("The fund said it would make sure the money was handled properly.", "said", "assert", None),
    # questioning a claim disputes it; questioning why asks
    (
        "Republicans are questioning the secretary's insistence that she never saw the cables.",
        "are questioning",
        "deny",
        None,
    ),
    ("Toomey questioned why it took so long for this explanation.", "questioned", "assert", None),
    # an owner named with no claim of its own in the article: no other source's claim
    (
        "Administration officials warn that the bill would put Americans at risk. Lawmakers "
        "say the White House's case is overblown.",
        "Lawmakers say",
        "deny",
        None,
    ),
    (
        "The White House warned that the bill would put Americans at risk. Lawmakers say the "
        "White House's case is overblown.",
        "Lawmakers say",
        "deny",
        "warned",
    ),
    # a denial can be denied: "that" points back to it
    (
        "The mayor said he had done nothing wrong. Critics said that was 'simply not true'.",
        "Critics said",
        "deny",
        "said he",
    ),
    # what another source says the speaker said is theirs to deny, the nested report first
    (
        "One official told the Guardian that the energy secretary, Claire Donovan, had "
        'privately described the cut as "a done deal". Donovan said: "I have never '
        'described any cut as a done deal."',
        "Donovan said",
        "deny",
        "had",
    ),
    # a quote's first part, before the cue that interrupts it, is what it says first
    (
        "The statements came over claims that the law has the potential to discriminate "
        'against gays. "The new law does not discriminate," Long said. "And it will not '
        'be allowed."',
        "Long said",
        "deny",
        "claims",
    ),
    # not knowing, or demanding, is no denial of what others said
    (
        "Issa said he wants to know what Clinton was empowered to say. \"I sure don't know "
        'why it took three months to say so," Toomey said.',
        "Toomey said",
        "assert",
        None,
    ),
    (
        "Democrats raised concerns about the meeting with Putin. \u201cThere should be no "
        "one-on-one meeting between this president and Putin,\u201d Warner said.",
        "Warner said",
        "assert",
        None,
    ),
    # saying someone lied denies only a claim they just made
    (
        "\u201cFlynn lied, and it destroyed his life,\u201d Trump said.",
        "Trump said",
        "assert",
        None,
    ),
    # the denier's own reasons are claims; another voice in the denial denies too
    (
        "Senators disputed Obama's rationale as unconvincing, saying the measure is narrowly "
        "tailored.",
        "saying",
        "assert",
        None,
    ),
    # an admission confirms only a report it names
    ("The actress admitted she went too far on the shoot.", "admitted", "assert", None),
    (
        "Democrats said the House had failed to fund the embassies. The secretary, in turn, "
        "affirmed their claims.",
        "affirmed",
        "confirm",
        "said",
    ),
    ("The minister affirmed her commitment to the plan.", "affirmed", "assert", None),
    # a profession of innocence answers the report of charges against the one professing
    # it, unless that report is his own side's
    (
        "Representative Michael Grimm was expected to be indicted on federal fraud charges, "
        "people with knowledge of the case said on Friday. Mr. Grimm asserts his innocence.",
        "asserts",
        "deny",
        "said",
    ),
    (
        "Federal prosecutors plan to file charges against Rep. Grimm, his attorney William "
        "McGinley said on Friday. Mr. Grimm asserts his innocence.",
        "asserts",
        "deny",
        None,
    ),
    (
        "Mr. Grimm was expected to be indicted on fraud charges, people with knowledge of the "
        "case said. His lawyer confirmed that prosecutors intended to file criminal charges "
        "against his client.",
        "confirmed",
        "confirm",
        "said",
    ),
    # a claim named by the noun of one speech act may be told only further on
    (
        "Lawmakers dismissed the warnings on Wednesday. The Pentagon had warned that the bill "
        "could hurt national security.",
        "dismissed",
        "deny",
        "had warned",
    ),
    (
        "Schumer pushed back hard on Saudi government objections to the legislation. Saudi "
        "Arabia has objected vehemently to the legislation.",
        "pushed back",
        "deny",
        "has objected",
    ),
    # "I said that" confirms the report of what the speaker said
    (
        'Chuck Schumer left the meeting saying Trump told them "he would keep the government '
        'closed for months."\n\nTrump later confirmed in the Rose Garden, "Absolutely I said '
        'that."',
        "later confirmed",
        "confirm",
        "saying",
    ),
    (
        "Reuters reported that customer data had been leaked. The company acknowledged the report.",
        "acknowledged",
        "confirm",
        "reported",
    ),
    # the predicate of a claim the parser split off is still part of the content
    (
        "Leaders accused tea party activists of tolerating bigotry. The former Alaska "
        'governor said claims that tea party activists "judge people by the color of their '
        'skin" were false and appalling.',
        "said claims",
        "deny",
        "accused",
    ),
    # a nominal claim is what a later negated claim denies
    (
        "The statements are the latest boycott threats to emerge over claims that the law "
        "has the potential to discriminate against gays and others. David Long said: "
        '"The new law does not discriminate. And it will not be allowed."',
        "said",
        "deny",
        "claims",
    ),
    # a claim noun inside a confirmed clause names no report
    (
        "Several of the people noted that the investigation was continuing. His lawyer "
        "confirmed in a statement that prosecutors intended to file criminal charges.",
        "confirmed",
        "confirm",
        None,
    ),
    # a confirmation sharing a few words with a claim does not repeat it
    (
        "The census also found that the African elephant population shrunk nearly 30 "
        "percent. Ms. Sanders also confirmed Friday that a near-total ban on the commercial "
        "trade of African elephant ivory would remain in place.",
        "also confirmed",
        "confirm",
        None,
    ),
    # a confirmation answers the claim it repeats
    (
        "Reuters reported that prosecutors intended to file criminal charges. His lawyer "
        "confirmed in a statement that prosecutors intended to file charges.",
        "confirmed",
        "confirm",
        "reported",
    ),
]


@pytest.mark.parametrize(("text", "cue", "stance", "target"), STANCES)
def test_stance_and_target(
    pipeline: Language, text: str, cue: str, stance: str | None, target: str | None
) -> None:
    report = reportedly.analyze(text, mode="rules")
    if stance is None:
        assert not [a for a in report.attributions if a.stance == "deny"]
        return
    found = _by_cue(report, cue)
    assert found.stance == stance
    answered = report.attribution(found.target)
    assert (answered.cue.text.split()[0] if answered else None) == (target and target.split()[0])
    conflicts = [c.attributions for c in report.conflicts if c.kind == "fact"]
    assert conflicts == ([(answered.id, found.id)] if stance == "deny" and answered else [])


CONTENTS = [
    # a claim named after a denial verb is its content, not the clause the parser hangs
    # before it
    (
        "Despite last-ditch warnings from the Obama administration that the legislation "
        "could hurt national security and was “badly misguided,” lawmakers dismissed the "
        "concerns.",
        "dismissed",
        "the concerns",
    ),
    (
        'The former Alaska governor said claims that tea party activists "judge people by '
        'the color of their skin" were false and appalling.',
        "said",
        'claims that tea party activists "judge people by the color of their skin" were '
        "false and appalling",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), CONTENTS)
def test_denial_content(pipeline: Language, text: str, cue: str, content: str) -> None:
    assert _by_cue(reportedly.analyze(text, mode="rules"), cue).content.text == content


NOMINAL_REPORTS = [
    # (text, cue, source name or None, hedges)
    (
        "The threats emerge over claims that the law has the potential to discriminate.",
        "claims",
        None,
        ("claims",),
    ),
    (
        "Despite warnings from the Obama administration that the bill could hurt national "
        "security, the Senate voted for it.",
        "warnings",
        "Obama administration",
        (),
    ),
    (
        "Assertions that State Department posts are left vulnerable pervaded the hearings.",
        "Assertions",
        None,
        ("assertions",),
    ),
]


@pytest.mark.parametrize(("text", "cue", "source", "hedges"), NOMINAL_REPORTS)
def test_nominal_reports(
    pipeline: Language, text: str, cue: str, source: str | None, hedges: tuple[str, ...]
) -> None:
    report = reportedly.analyze(text, mode="rules")
    found = _by_cue(report, cue)
    named = report.source(found.source)
    assert (named.name if named else None) == source
    assert found.stance == "assert"
    assert found.hedges == hedges


NOT_NOMINAL_REPORTS = [
    # the object of a denial is what it denies; "any" makes a claim hypothetical
    ("The report disputed any suggestion that there was impropriety.", "suggestion"),
    (
        "It did not appear that the indictment would include any campaign finance charges "
        "or accusations that the congressman had misused his office.",
        "accusations",
    ),
    ('Palin said claims that activists "judge people" were false and appalling.', "claims"),
]


@pytest.mark.parametrize(("text", "word"), NOT_NOMINAL_REPORTS)
def test_not_nominal_reports(pipeline: Language, text: str, word: str) -> None:
    report = reportedly.analyze(text, mode="rules")
    assert not [a for a in report.attributions if a.cue.text == word]


def _by_cue(report: Report, cue: str) -> Attribution:
    """The attribution whose cue is ``cue``, or whose cue and the words after it start
    with it (a row names "said that" to pick one "said" of several)."""
    text = report.article.text
    for attribution in report.attributions:
        if text[attribution.cue.start :].startswith(cue) or attribution.cue.text == cue:
            return attribution
        if cue.endswith(attribution.cue.text) and text[: attribution.cue.end].endswith(cue):
            return attribution
    found = [(a.cue.text, a.content.text, a.stance) for a in report.attributions]
    raise AssertionError(f"no attribution with cue {cue!r}: {found}")
