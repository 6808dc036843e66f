"""How profiles are named in pickers: `Name (Organization)`, numbered when two look alike."""

from __future__ import annotations

from collections.abc import Iterable

from infoview.profile import Profile


def profile_label(value: Profile, taken: dict[str, Profile]) -> str:
    """`Name (Organization)`, numbered when another profile has the same label."""
    base = value.display_name.capitalize() if not value.name else value.name
    if value.organization:
        base = f"{base} ({value.organization})"
    label, number = base, 2
    while label in taken:
        label, number = f"{base} #{number}", number + 1
    return label


def labelled_profiles(profiles: Iterable[Profile]) -> dict[str, Profile]:
    """Profiles by label, in the order given."""
    labelled: dict[str, Profile] = {}
    for profile in profiles:
        labelled[profile_label(profile, labelled)] = profile
    return labelled
