"""Words that say nothing about which event an article reports: left out of the terms and
names that story clustering compares (``corpus.stories``)."""

from __future__ import annotations

from typing import Final


def _words(block: str) -> frozenset[str]:
    """The words of a block, several to a line."""
    return frozenset(block.split())


STOP_WORDS: Final[frozenset[str]] = (
    # Articles, determiners and quantifiers.
    _words(
        """
        a an the this that these those some any each every either neither no none all both half
        several many much more most few fewer less least other another such own same
        """
    )
    # Pronouns.
    | _words(
        """
        i me my mine myself we us our ours ourselves you your yours yourself yourselves he him
        his himself she her hers herself it its itself they them their theirs themselves who
        whom whose which what whatever whoever someone somebody something anyone anybody
        anything everyone everybody everything nobody nothing one ones
        """
    )
    # Prepositions and conjunctions.
    | _words(
        """
        of to in on at by for with from into onto upon about above below over under after before
        since until till during through throughout across along among amid around against
        between beyond behind beside besides near off out up down toward towards via within
        without per than and or but nor so yet if whether because although though while whereas
        unless once as like unlike despite
        """
    )
    # Auxiliaries, modals and very common verbs.
    | _words(
        """
        be am is are was were been being have has had having do does did doing done will would
        shall should can could may might must ought get gets got getting go goes went going gone
        make makes made making take takes took taken come comes came let lets
        """
    )
    # Adverbs and particles.
    | _words(
        """
        not yes also just only even still already again ever never always often very too quite
        rather really almost here there where when why how then now today tonight yesterday
        tomorrow later earlier soon ago well back away however instead perhaps maybe thus
        therefore meanwhile indeed
        """
    )
    # How news reports speech: the same in every story.
    | _words(
        """
        said say says saying told tell tells according reported reports report added asked
        statement spokesman spokeswoman spokesperson interview news
        """
    )
    # Titles before a name ("Sen. Bernie Sanders"), so a name is the same with or without.
    | _words(
        """
        mr mrs ms dr sen rep gov lt gen col sgt st jr sr
        """
    )
    # Days, months and other calendar words: a date is compared as a date, not as a word.
    | _words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april
        june july august september october november december jan feb mar apr jun jul aug sep
        sept oct nov dec week weeks month months year years day days
        """
    )
    # Numbers written as words.
    | _words(
        """
        two three four five six seven eight nine ten first second third last next
        """
    )
)
"""Lower-case words left out of what stories compare."""
