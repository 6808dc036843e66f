"""Research written in Spanish, Portuguese, French, German and Italian: headers, survey
questions, decimal commas and month names."""

import math

import pandas as pd
import pytest

from infoview.research import read_research_path
from infoview.research.headers import match_roles
from infoview.research.normalize import header_period, normalize_dates, plain_numbers
from tests.research.conftest import DATA


def only_table(name: str):
    (table,) = read_research_path(DATA / name).tables
    return table


def column(table, name: str) -> list:
    return [None if isinstance(v, float) and math.isnan(v) else v for v in table.values[name]]


@pytest.mark.parametrize(
    ("headers", "roles"),
    [
        (
            ["¿En qué trabajas?", "Dónde estás trabajando", "Salario mensual bruto", "Fecha"],
            {
                "role": "¿En qué trabajas?",
                "location": "Dónde estás trabajando",
                "base": "Salario mensual bruto",
                "date": "Fecha",
            },
        ),
        # a form label that ends with the word before its answer
        (
            ["Trabajo de", "Empresa", "Sueldo"],
            {"role": "Trabajo de", "company": "Empresa", "base": "Sueldo"},
        ),
        (
            ["Cargo atual", "Empregador", "Cidade", "Salário mensal bruto", "Data"],
            {
                "role": "Cargo atual",
                "company": "Empregador",
                "location": "Cidade",
                "base": "Salário mensal bruto",
                "date": "Data",
            },
        ),
        (
            ["Intitulé du poste", "Employeur", "Pays", "Quel est votre salaire annuel brut ?"],
            {
                "role": "Intitulé du poste",
                "company": "Employeur",
                "location": "Pays",
                "base": "Quel est votre salaire annuel brut ?",
            },
        ),
        (
            ["Berufsbezeichnung", "Arbeitgeber", "Bundesland", "Bruttojahresgehalt", "Datum"],
            {
                "role": "Berufsbezeichnung",
                "company": "Arbeitgeber",
                "location": "Bundesland",
                "base": "Bruttojahresgehalt",
                "date": "Datum",
            },
        ),
        (
            ["Qualifica", "Azienda", "Città", "Anni di esperienza", "Retribuzione annua lorda"],
            {
                "role": "Qualifica",
                "company": "Azienda",
                "location": "Città",
                "experience": "Anni di esperienza",
                "base": "Retribuzione annua lorda",
            },
        ),
        # a question about hours or the field is not the work itself
        (
            ["¿Cuántas horas trabajas por semana?", "¿En qué sector trabajas?", "Sueldo"],
            {"hours": "¿Cuántas horas trabajas por semana?", "base": "Sueldo"},
        ),
        # asked "where", a question is about the place even when it names the work
        (["¿Dónde trabajas?", "Puesto"], {"role": "Puesto", "location": "¿Dónde trabajas?"}),
    ],
)
def test_headers_and_survey_questions_of_five_languages(headers, roles):
    assert match_roles("salary", headers) == roles


@pytest.mark.parametrize(
    ("header", "period"),
    [
        ("Salário mensal bruto", "month"),
        ("Bruttojahresgehalt", "year"),
        ("Bruttomonatsgehalt", "month"),
        ("Jährliches Gehalt", "year"),
        ("Retribuzione annua lorda", "year"),
        ("Paga oraria", "hour"),
        ("Salaire mensuel net", "month"),
        ("Sueldo semanal", "week"),
        ("Monate im Job", None),
    ],
)
def test_a_header_states_its_pay_period_in_other_languages(header, period):
    assert header_period(header) == period


def test_spanish_survey_of_questions_paid_in_the_countrys_pesos():
    table = only_table("encuesta_sueldos_preguntas_pais_pesos.csv")
    assert table.kind == "salary"
    assert table.columns == {
        "role": "¿En qué trabajas?",
        "location": "País",
        "experience": "¿Cuántos años de experiencia tenés?",
        "base": "Salario mensual bruto",
        "date": "Marca temporal",
    }
    # monthly pay, decimal commas and dots between thousands, a year of it
    assert column(table, "base") == [
        15_000_000.0,
        11_760_006.0,
        17_760_000.0,
        1_140_000.0,
        13_200_000.0,
    ]
    assert column(table, "currency") == ["ARS", "ARS", "ARS", "UYU", "ARS"]
    assert column(table, "gender") == ["women", "men", "women", "men", "non-binary people"]
    assert [d.strftime("%Y-%m-%d") for d in table.values["date"]] == [
        "2024-05-03",
        "2024-05-04",
        "2024-05-04",
        "2024-05-06",
        "2024-05-07",
    ]
    assert [i.code for i in table.issues] == ["pay-annualized"]


def test_german_semicolon_table_with_decimal_commas_and_month_names():
    table = only_table("gehaelter_semikolon_dezimalkomma.csv")
    assert table.columns == {
        "role": "Berufsbezeichnung",
        "company": "Arbeitgeber",
        "location": "Stadt",
        "experience": "Berufserfahrung (Jahre)",
        "base": "Bruttojahresgehalt",
        "hours": "Wochenstunden",
        "date": "Datum",
    }
    assert column(table, "base") == [52_500.0, 58_250.5, 41_000.0, 61_800.0]
    assert column(table, "currency") == ["EUR"] * 4  # from the country column
    assert [d.strftime("%Y-%m-%d") for d in table.values["date"]] == [
        "2024-03-15",
        "2024-05-02",
        "2023-10-01",
        "2024-01-01",
    ]
    assert table.issues == ()


def test_portuguese_survey_in_reais_per_month_with_a_form_timestamp():
    table = only_table("pesquisa_salarial_portugues_reais.csv")
    assert table.columns == {
        "role": "Cargo atual",
        "company": "Empresa",
        "location": "Cidade",
        "experience": "Anos de experiência",
        "base": "Salário mensal bruto",
        "date": "Carimbo de data/hora",
    }
    assert column(table, "base") == [102_000.0, 170_400.0, 69_006.0]
    assert column(table, "currency") == ["BRL"] * 3
    assert column(table, "gender") == ["women", "men", "men"]
    # day first: the 21st says so for the whole column
    assert [d.strftime("%Y-%m-%d") for d in table.values["date"]] == [
        "2024-05-12",
        "2024-05-13",
        "2024-05-21",
    ]


def test_a_column_of_decimal_commas_reads_every_cell_the_same_way():
    assert plain_numbers(pd.Series(["38,5", "40", "1.234,5", "45 000,5"])).tolist() == [
        38.5,
        40.0,
        1234.5,
        45000.5,
    ]
    # a column that groups thousands with commas keeps doing so
    assert plain_numbers(pd.Series(["1,234", "1,234,567", "12%"])).tolist() == [
        1234.0,
        1234567.0,
        12.0,
    ]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("3 de mayo de 2024", "2024-05-03"),
        ("März 2023", "2023-03-01"),
        ("janv. 2022", "2022-01-01"),
        ("15. März 2024", "2024-03-15"),
        ("1er janvier 2024", "2024-01-01"),
        ("dezembro de 2023", "2023-12-01"),
        ("3 maggio 2024", "2024-05-03"),
        ("12 ago 2023", "2023-08-12"),
        ("Mrz 2023", "2023-03-01"),
        ("lunes, 3 de mayo de 2024", "2024-05-03"),
        ("Montag, 3. Mai 2024", "2024-05-03"),
        ("sexta-feira, 5 de julho de 2024", "2024-07-05"),
        ("Sat, 14 Sep 2024", "2024-09-14"),
    ],
)
def test_month_and_weekday_names_of_six_languages(text, date):
    assert normalize_dates(pd.Series([text])).iloc[0] == pd.Timestamp(date)


@pytest.mark.parametrize(
    ("kind", "headers", "roles"),
    [
        (
            "contacts",
            ["Nome", "Sobrenome", "Empresa", "Cargo", "Telefone", "Correio eletrônico"],
            {
                "name": "Nome",
                "last_name": "Sobrenome",
                "company": "Empresa",
                "title": "Cargo",
                "email": "Correio eletrônico",
                "phone": "Telefone",
            },
        ),
        (
            "org_chart",
            ["Dipartimento", "Nome completo", "Ruolo", "Responsabile"],
            {
                "department": "Dipartimento",
                "person": "Nome completo",
                "title": "Ruolo",
                "reports_to": "Responsabile",
            },
        ),
        (
            "trends",
            ["Notizia", "Riassunto", "Data", "Fonte"],
            {"headline": "Notizia", "evidence": "Riassunto", "date": "Data", "source": "Fonte"},
        ),
    ],
)
def test_contacts_org_charts_and_news_in_other_languages(kind, headers, roles):
    assert match_roles(kind, headers) == roles
