"""About me: the seeker's target occupations and place."""

import pytest

from infoview.errors import OutreachError
from infoview.outreach import Seeker as OutreachSeeker
from infoview.seeker import Seeker


def test_targets_are_soc_codes_kept_as_a_tuple_and_placed():
    seeker = Seeker("Ana Ruiz", "a math teacher", targets=["15-2051", "19-3022"], place="Denver")
    assert seeker.targets == ("15-2051", "19-3022")
    assert [p.title for p in seeker.target_placements] == ["Data Scientists", "Survey Researchers"]
    assert seeker.background_placement.major.code == "25-0000"
    assert OutreachSeeker is Seeker


def test_a_target_that_is_no_soc_code_is_refused():
    with pytest.raises(OutreachError) as caught:
        Seeker(targets=("data stuff",))
    assert str(caught.value) == (
        'Target occupation "data stuff" is not a 2018 SOC code: pick one from the occupation '
        "search."
    )
