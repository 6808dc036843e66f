"""Organizations the research names: only what can name an employer."""

from __future__ import annotations

import pytest

from infoview.contacts import target_organizations
from infoview.contacts.organizations import organization_key
from infoview.research import read_research_path
from tests.conftest import ROOT


@pytest.mark.parametrize("name", ["pay_company_size_codes.csv", "pay_company_size_bands.csv"])
def test_company_sizes_are_not_organizations_to_approach(name):
    # "M", "L", "S" and "1000+", "11-50" size a company; they name none
    tables = read_research_path(ROOT / "tests" / "data" / name).tables
    assert "company" not in tables[0].columns  # a company's size does not name it
    assert target_organizations(tables) == []
    assert organization_key("3M") == "3m"


@pytest.mark.parametrize("withheld", ["Leading Client", "Confidential", "Company Name Withheld"])
def test_an_employer_a_job_board_withheld_is_no_organization(withheld):
    assert organization_key(withheld) == ""
    assert organization_key("Client Solutions Group") == "client solutions group"
