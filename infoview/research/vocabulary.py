"""The words of headers: per kind, the phrases that name each role (English, Spanish,
Portuguese, French, German, Italian) and the words that make a header pay or not pay. Data
only; `headers.py` matches them (accents and case folded: `Salário` is `salario`)."""

from __future__ import annotations

import re

# Words for pay in Spanish, Portuguese, German and Italian: a base pay header alone, and a
# word that makes any header about pay.
PAY_WORDS_ABROAD = (
    "jahresgehalt",
    "remuneracion",
    "remuneracao",
    "monatsgehalt",
    "bruttogehalt",
    "vergutung",
    "verguetung",
    "stipendio",
    "retribuzione",
)

# role -> header phrases that name it (lower case, accents stripped, words split). A header
# takes the role whose phrase it equals (earlier phrases first), else the role whose longest
# phrase it contains as whole words.
ROLE_SYNONYMS: dict[str, dict[str, tuple[str, ...]]] = {
    "salary": {
        "occupation_code": (
            "occupation code",
            "occ code",
            "soc code",
            "soc",
            "job code",
            "o net soc code",
            "onet soc code",
            "code",
        ),
        "role": (
            "role",
            "job title",
            "job titles",
            "title",
            "position",
            "occupation",
            "occupation title",
            "occ title",
            "occupation soc code",
            "soc name",
            "soc title",
            "title and code",
            "job",
            "job role",
            "designation",
            "profession",
            "dev type",
            "job name",
            "puesto",
            "cargo",
            "ocupacion",
            "poste",
            "intitule du poste",
            "metier",
            "beruf",
            "berufsbezeichnung",
            "stelle",
            "stellenbezeichnung",
            "titel",
            "rolle",
            "puesto de trabajo",
            "titulo del puesto",
            "rol",
            "posicion",
            "trabajo",  # `Trabajo de` once its dangling `de` is dropped (see headers.py)
            "cargo atual",
            "titulo do cargo",
            "profissao",
            "ocupacao",
            "trabalho",
            "titre du poste",
            "emploi",
            "jobtitel",
            "tatigkeit",
            "taetigkeit",
            "qualifica",
            "ruolo",
            "mansione",
            "posizione",
            "professione",
            "occupazione",
        ),
        "company": (
            "company",
            "company name",
            "employer",
            "employer name",
            "organization",
            "organisation",
            "agency",
            "agency name",
            "employing agency",
            "empresa",
            "entreprise",
            "societe",
            "employeur",
            "firma",
            "unternehmen",
            "arbeitgeber",
            "nombre de la empresa",
            "empleador",
            "compania",
            "organizacion",
            "empregador",
            "organizacao",
            "nom de l entreprise",
            "azienda",
            "societa",
            "datore di lavoro",
            "impresa",
        ),
        "location": (
            "location",
            "state",
            "city",
            "area",
            "area title",
            "area name",
            "metro",
            "region",
            "country",
            "job location",
            "company location",
            "work location",
            "employee residence",
            "ciudad",
            "ubicacion",
            "lugar",
            "ville",
            "lieu",
            "localisation",
            "ort",
            "stadt",
            "standort",
            "pais",
            "provincia",
            "estado",
            "localidad",
            "municipio",
            "lugar de trabajo",
            "cidade",
            "localizacao",
            "local de trabalho",
            "uf",
            "pays",
            "lieu de travail",
            "land",
            "bundesland",
            "arbeitsort",
            "citta",
            "paese",
            "regione",
            "sede",
            "luogo di lavoro",
        ),
        # a town beside a location column of states or countries: decided by values, not
        # proposed by header words (see `places.city_column`)
        "city": (),
        "level": (
            "level",
            "seniority",
            "grade",
            "band",
            "experience level",
            "career level",
            "nivel",
            "niveau",
            "stufe",
            "ebene",
            "senioridade",
            "livello",
            "inquadramento",
            "karrierestufe",
        ),
        "experience": (
            "years of experience",
            "years of experience overall",
            "years of experience in field",
            "yoe",
            "experience",
            "work exp",
            "years code pro",
            "years code",
            "years at company",
            "anos de experiencia",
            "experiencia",
            "annees d experience",
            "berufserfahrung",
            "erfahrung",
            "experiencia profesional",
            "tiempo de experiencia",
            "tempo de experiencia",
            "anciennete",
            "experience professionnelle",
            "jahre berufserfahrung",
            "anni di esperienza",
            "esperienza",
            "esperienza lavorativa",
        ),
        "base": (
            "base salary",
            "base pay",
            "base",
            "salary",
            "pay",
            "annual salary",
            "wage",
            "wages",
            "rate",
            "pay rate",
            "hourly rate",
            "salary range",
            "salary estimate",
            "estimated salary",
            "salary offer",
            "salario",
            "salario base",
            "sueldo",
            "salaire",
            "salaire de base",
            "remuneration",
            "gehalt",
            "grundgehalt",
            "lohn",
            *PAY_WORDS_ABROAD,
            "ral",
        ),
        "bonus": (
            "bonus",
            "bono",
            "prime",
            "praemie",
            "pramie",
            "bonificacion",
            "comision",
            "bonificacao",
            "comissao",
            "plr",
            "premio",
            "bonus target",
            "additional compensation",
            "commission",
        ),
        "stock": (
            "stock",
            "equity",
            "rsu",
            "stock grant",
            "stock grant value",
            "acciones",
            "actions",
            "aktien",
        ),
        "total": (
            "total compensation",
            "total comp",
            "total pay",
            "total",
            "tc",
            "comp",
            "compensation",
            "total yearly compensation",
            "yearly compensation",
            "annual compensation",
            "comp total",
            "compensacion total",
            "remuneration totale",
            "gesamtvergutung",
            "gesamtverguetung",
            "remuneracion total",
            "salario total",
            "remuneracao total",
            "salaire total",
            "retribuzione totale",
        ),
        "min": ("min", "minimum", "low", "salary min", "min salary", "minimo", "mini", "von"),
        "max": ("max", "maximum", "high", "salary max", "max salary", "maximo", "maxi", "bis"),
        "median": (
            "median",
            "p50",
            "median wage",
            "median salary",
            "median pay",
            "median annual wage",
            "mediana",
            "mediane",
            "salaire median",
            "salario mediano",
        ),
        "mean": (
            "mean",
            "average",
            "avg",
            "mean wage",
            "average salary",
            "promedio",
            "moyenne",
            "durchschnitt",
            "salario medio",
            "mittelwert",
        ),
        "p10": ("p10", "10th percentile", "pct10", "10th percentile wage", "10 percentile"),
        "p25": ("p25", "25th percentile", "pct25", "25th percentile wage", "25 percentile"),
        "p75": ("p75", "75th percentile", "pct75", "75th percentile wage", "75 percentile"),
        "p90": ("p90", "90th percentile", "pct90", "90th percentile wage", "90 percentile"),
        "pay_period": (
            "pay period",
            "unit of pay",
            "wage unit of pay",
            "pw unit of pay",
            "pay unit",
            "salary or hourly",
            "hourly or salary",
            "pay basis",
            "period",
            "rate type",
            "pay type",
            "pay frequency",
            "salary period",
            "unit",
            "per",
            "periodo",
            "periode",
            "zeitraum",
        ),
        "hours": (
            "hours",
            "hours per week",
            "weekly hours",
            "typical hours",
            "hours worked",
            "horas",
            "heures",
            "stunden",
            "horas semanales",
            "heures par semaine",
            "wochenstunden",
            "ore settimanali",
        ),
        "currency": (
            "currency",
            "salary currency",
            "pay currency",
            "moneda",
            "devise",
            "wahrung",
            "waehrung",
            "divisa",
            "moeda",
            "monnaie",
            "valuta",
        ),
        "employment": (
            "employment",
            "tot emp",
            "jobs",
            "employment type",
            "empleo",
            "emplois",
            "beschaftigte",
        ),
        "sample_size": ("sample size", "n", "count", "respondents", "data points", "muestra"),
        # a projection table's employment outlook beside its published pay
        "change": (
            "percent change",
            "employment percent change",
            "pct change",
            "change percent",
            "percent growth",
            "projected growth",
        ),
        "group": (
            "o group",
            "occupation type",
            "occ group",
            "group",
            "row type",
            "summary level",
        ),
        "source": ("source", "fuente", "quelle", "origin", "fonte"),
        "date": (
            "date",
            "timestamp",
            "as of",
            "year",
            "work year",
            "fecha",
            "datum",
            "jahr",
            "data",
            "ano",
            "annee",
            "anno",
            # the answer time of a form export, in each language
            "marca temporal",
            "carimbo de data hora",
            "horodateur",
            "zeitstempel",
            "informazioni cronologiche",
        ),
    },
    "trends": {
        "headline": (
            "headline",
            "trend",
            "title",
            "finding",
            "news",
            "topic",
            "event",
            "series",
            "tendencia",
            "titular",
            "tendance",
            "titre",
            "schlagzeile",
            "thema",
            "noticia",
            "manchete",
            "titolo",
            "notizia",
            "company",
            "organization",
            "industry",
            "indicator",
            "variable",
        ),
        "evidence": (
            "evidence",
            "takeaway",
            "summary",
            "detail",
            "details",
            "notes",
            "why",
            "why it matters",
            "resumen",
            "resume",
            "zusammenfassung",
            "evidencia",
            "preuve",
            "resumo",
            "detalles",
            "detalhes",
            "riassunto",
            "dettagli",
        ),
        "date": (
            "date",
            "timestamp",
            "published",
            "publication date",
            "published date",
            "published at",
            "when",
            "period",
            "quarter",
            "month",
            "year",
            "fecha",
            "datum",
            "data",
        ),
        "source": ("source", "publication", "outlet", "author", "fuente", "quelle", "fonte"),
        "link": ("link", "url", "enlace", "lien"),
        "flag": (
            "flag",
            "ask about?",
            "ask about",
            "ask",
            "test?",
            "test",
            "preguntar?",
            "preguntar",
            "a demander?",
            "a demander",
            "nachfragen?",
            "nachfragen",
        ),
        "count": (
            "count",
            "number",
            "total laid off",
            "laid off",
            "layoffs",
            "vacancies",
            "job vacancies",
            "openings",
            "job openings",
            "postings",
            "unemployed",
            "total unemployed",
            "employment",
        ),
        "change": (
            "change",
            "percent change",
            "pct change",
            "growth",
            "percentage laid off",
            "percentage",
            "percent",
            "employment change",
        ),
        "value": ("value", "index", "rate", "level", "valor", "wert"),
        "location": ("location", "country", "city", "region", "state"),
    },
    "org_chart": {
        "department": (
            "department",
            "dept",
            "function",
            "team",
            "division",
            "unit",
            "unit name",
            "department name",
            "dept id",
            "department id",
            "departamento",
            "area",
            "service",
            "departement",
            "abteilung",
            "bereich",
            "reparto",
            "dipartimento",
        ),
        "person": (
            "person",
            "name",
            "full name",
            "employee name",
            "employee",
            "leader",
            "head",
            "who",
            "first name",
            "last name",
            "nombre",
            "persona",
            "personne",
            "nom",
            "nome",
            "nome completo",
            "nombre completo",
        ),
        "title": (
            "title",
            "role",
            "position",
            "job title",
            "job titles",
            "position name",
            "cargo",
            "poste",
            "titel",
            "ruolo",
            "qualifica",
        ),
        "reports_to": (
            "reports to",
            "manager",
            "manager name",
            "manager id",
            "mgr id",
            "supervisor",
            "boss",
            "reports_to",
            "parent",
            "parent id",
            "parentid",
            "reporta a",
            "jefe",
            "rattache a",
            "responsable",
            "berichtet an",
            "vorgesetzter",
            "responsavel",
            "gestor",
            "riporta a",
            "responsabile",
        ),
        "id": ("id", "employee id", "emp id", "node id", "unit id", "staff id"),
        "known": ("known", "known?", "confirmed", "verified", "conocido", "connu", "bekannt"),
        # an HR export says where each person works and what they are paid
        "location": ("location", "state", "city", "work location"),
        # whose chart it is, when a column says it (a chart of several organizations names each)
        "company": (
            "company",
            "company name",
            "organization",
            "organisation",
            "organization name",
            "employer",
            "empresa",
            "entreprise",
            "unternehmen",
            "azienda",
        ),
        "base": ("salary", "base salary", "annual salary", "base pay"),
    },
    "contacts": {
        "name": (
            "name",
            "full name",
            "contact",
            "contact name",
            "person",
            "first name",
            "given name",
            "nombre",
            "nom",
            "contacto",
            "nome",
            "nombre completo",
            "nome completo",
            "nom complet",
            "vorname",
            "prenom",
        ),
        "last_name": (
            "last name",
            "family name",
            "surname",
            "apellido",
            "apellidos",
            "sobrenome",
            "nom de famille",
            "nachname",
            "familienname",
            "cognome",
        ),
        "company": (
            "company",
            "organization",
            "organisation",
            "organization 1 name",
            "employer",
            "empresa",
            "entreprise",
            "firma",
            "unternehmen",
            "azienda",
        ),
        # "job title" before "title": address books have both, and "Title" is "Dr." there
        "title": (
            "job title",
            "position",
            "title",
            "role",
            "organization 1 title",
            "cargo",
            "poste",
            "titel",
        ),
        "email": (
            "email",
            "e mail",
            "mail",
            "email address",
            "e mail address",
            "e mail 1 value",
            "email 1 value",
            "correo",
            "courriel",
            "correo electronico",
            "correio eletronico",
            "adresse e mail",
            "posta elettronica",
        ),
        "phone": (
            "phone",
            "telephone",
            "mobile",
            "phone number",
            "phone 1 value",
            "telefono",
            "telefone",
            "celular",
            "movil",
            "cellulare",
            "handy",
            "telefonnummer",
        ),
        "address": ("address", "street", "mailing address", "address 1 formatted", "direccion"),
        "referred_by": (
            "referred by",
            "referrer",
            "referral",
            "via",
            "referido por",
            "recommande par",
            "empfohlen von",
        ),
        "met": ("met", "met?", "status", "contacted", "contactado", "rencontre", "getroffen"),
        "connected": ("connected on", "added", "date added"),
        "link": ("url", "profile url", "linkedin", "linkedin url", "web page", "website"),
        "how_known": ("how we met", "how i know them", "how we know each other", "relationship"),
    },
    "notes": {
        "note": (
            "note",
            "notes",
            "comment",
            "comments",
            "idea",
            "observation",
            "question",
            "questions",
            "interview questions",
            "nota",
            "notas",
            "remarque",
            "notiz",
            "notizen",
            "comentarios",
            "observacoes",
            "commentaires",
            "kommentar",
            "commenti",
        ),
        "topic": (
            "topic",
            "subject",
            "theme",
            "category",
            "tag",
            "type",  # of a note: "behavioral", "technical"
            "kind",
            "tema",
            "sujet",
            "thema",
            "categoria",
        ),
    },
}

# Class: metric tables of percentages or rates per organization (a pay-gap report, an
# agency's equity report, a table of turnover rates): each row an organization, its figures
# shares and rates, said one organization at a time.
ROLE_SYNONYMS["metrics"] = {
    "organization": (
        "employer",
        "employer name",
        "company",
        "company name",
        "organization",
        "organisation",
        "organization name",
        "agency",
        "agency name",
        "institution",
        "firm",
        "current name",
        "empresa",
        "entreprise",
        "unternehmen",
        "arbeitgeber",
    ),
    "size": ("employer size", "company size", "size", "size band", "headcount", "employees"),
    "date": ("date", "year", "reporting year", "snapshot date", "date submitted", "as of"),
}
# Class: lists of people without e-mail or phone (conference speakers, alumni, a board):
# names with their titles and organizations, never people to contact until imported as such.
ROLE_SYNONYMS["people"] = {
    role: ROLE_SYNONYMS["contacts"][role] for role in ("name", "last_name", "company", "title")
} | {"link": ROLE_SYNONYMS["contacts"]["link"]}
# Header words of a metric column: a share, a rate, a ratio or a gap, not an amount.
METRIC_WORDS = frozenset(
    {"percent", "percentage", "pct", "rate", "ratio", "gap", "diff", "difference", "share"}
    | {"proportion", "quartile", "porcentaje", "taux", "anteil", "quote"}
)

MONEY_ROLES = (
    "base",
    "bonus",
    "stock",
    "total",
    "min",
    "max",
    "median",
    "mean",
    "p10",
    "p25",
    "p75",
    "p90",
)
DATE_ROLES = ("date",)
NUMBER_ROLES = ("count", "change", "value")
# Pay roles a summary prefers, best first: a published median beats one person's total.
PAY_PREFERENCE = ("median", "total", "base", "mean", "hourly_median", "hourly_mean", "hourly_base")
HOURLY_PREFIX = "hourly_"

# Roles whose presence says most about a kind; a kind needs one of these to be chosen.
KIND_SIGNATURE: dict[str, tuple[str, ...]] = {
    "salary": MONEY_ROLES,
    "trends": ("headline",),
    "org_chart": ("department", "reports_to", "known"),
    "contacts": ("email", "referred_by", "phone", "connected", "address"),
    "notes": ("note",),
}

# Words that make a header an attribute of the employer ("company_size"), not its name.
COMPANY_ATTRIBUTE_WORDS = frozenset(
    {"size", "type", "rating", "revenue", "sector", "industry", "founded", "ownership", "age"}
)

# Words that make a header a count, a share, an id, a score or a rate that is not pay.
NOT_PAY_WORDS = frozenset(
    {
        "id",
        "ids",
        "ident",
        "identifier",
        "code",
        "codigo",
        "count",
        "number",
        "num",
        "no",
        "percent",
        "percentage",
        "pct",
        "share",
        "ratio",
        "quotient",
        "rating",
        "ratings",
        "score",
        "size",
        "employment",
        "emp",
        "employees",
        "employed",
        "jobs",
        "openings",
        "laid",
        "layoffs",
        "index",
        "prse",
        "rse",
        "error",
        "lat",
        "lon",
        "latitude",
        "longitude",
        "age",
        "old",
        "years",
        "yrs",
        "experience",
        "vacancies",
        "anos",
        "experiencia",
        "annees",
        "jahre",
        "erfahrung",
        "berufserfahrung",
        "anni",
        "esperienza",
        "edad",
        "idade",
        "alter",
        "eta",
        "numero",
        "nombre",
        "cantidad",
        "anzahl",
        "horas",
        "heures",
        "stunden",
        "ore",
        "unemployed",
        "unemployment",
        "respondents",
        "replacement",
        "needs",
        "funds",
        "raised",
        "diploma",
        "degree",
        "education",
        "growth",
        "change",
        "gap",
        "quartile",
        "rank",
        "ranking",
        "population",
        "hours",
        "points",
        "reviews",
        "stars",
        "applicants",
        "headcount",
        "staff",
        "quantity",
        "qty",
        "ssn",
        "phone",
        "zip",
        "postal",
        "revenue",
        "sales",
        "valuation",
        "profit",
        "assets",
        "market",
        "cap",
    }
)
# With these in the header, a generic word (total, min, high, rate) is about pay.
PAY_WORDS = frozenset(
    {
        "salary",
        "salaries",
        "wage",
        "wages",
        "pay",
        "paid",
        "compensation",
        "comp",
        "earnings",
        "income",
        "remuneration",
        "bonus",
        "stock",
        "equity",
        "rsu",
        "tc",
        "gehalt",
        "lohn",
        "salario",
        "sueldo",
        "salaire",
        "base",
        "salarios",
        "sueldos",
        "salaires",
        "ingresos",
        *PAY_WORDS_ABROAD,
    }
)
# Words that only qualify a pay figure: they leave a generic word about pay.
PAY_QUALIFIERS = frozenset(
    {
        # the middle of a posting's range is its pay
        "midpoint",
        "mid",
        "a",
        "h",
        "annual",
        "annually",
        "yearly",
        "hourly",
        "monthly",
        "weekly",
        "gross",
        "net",
        "amount",
        "value",
        "range",
        "est",
        "estimate",
        "estimated",
        "in",
        "of",
        "the",
        "per",
        "year",
        "hour",
        "usd",
        "eur",
        "gbp",
        "inr",
        "cad",
        "aud",
        "converted",
        "target",
        "expected",
        "offered",
        "offer",
        "lpa",
        # gross, net and the period in Spanish, Portuguese, French, German and Italian
        "bruto",
        "bruta",
        "neto",
        "liquido",
        "brut",
        "brutto",
        "netto",
        "lordo",
        "lorda",
        "mensual",
        "mensal",
        "mensuel",
        "mensuelle",
        "mensile",
        "anual",
        "annuel",
        "annuelle",
        "annuo",
        "annua",
        "annuale",
        "jahrlich",
        "monatlich",
    }
)

# Abbreviations of database exports and HR systems (IBM's `F_NAME`/`DEP_ID`, `FNAME`/`LNAME`,
# `MGR_ID`, `DEPT_NO`), spelled out before headers are matched: whole words only.
HEADER_ABBREVIATIONS = {
    "f name": "first name",
    "l name": "last name",
    "fname": "first name",
    "lname": "last name",
    "dep id": "department id",
    "dep": "department",
    "dept no": "department id",
    "mgr": "manager",
}
# Pay on top of the base (`Additional monetary compensation`, `Extra pay`, `Variable comp`,
# `Zusätzliche Vergütung`): with a pay word, one of these makes a header the bonus.
EXTRA_PAY_WORDS = frozenset(
    {"additional", "extra", "variable", "incentive", "supplemental", "zusatzliche", "adicional"}
    | {"zusatzlich", "adicionales", "supplementaire", "aggiuntiva", "variabile", "variavel"}
)
# Headers of a family-name column beside a first-name one.
LAST_NAME_HEADERS = frozenset(
    {"last name", "family name", "surname", "lastname", "apellido", "apellidos", "sobrenome"}
    | {"nom de famille", "nachname", "familienname", "cognome"}
)
# Words of one end of a range: a header with them is the min or max, never the pay itself.
RANGE_END_WORDS = frozenset(
    {"min", "minimum", "low", "lowest", "max", "maximum", "high", "highest"}
)
# Generic words that name a role only as the whole header (`Code`, not `LearnCode`).
EXACT_ONLY = frozenset(
    {"code", "group", "per", "unit", "job", "event", "series", "level", "soc", "count"}
    # work, data, year and region words of other languages are as generic
    | {"trabajo", "trabalho", "emploi", "data", "ano", "anno", "annee", "land", "sede", "rol"}
)
# Short or generic words of other languages' phrases that are never a piece of a one-word
# header (`database` is not `data base`, `dollar` not `do llar`).
NOT_COMPOUND_PARTS = frozenset(
    {"data", "ano", "anno", "annee", "land", "sede", "rol", "la", "di", "do", "del", "da"}
    | {"uf", "ore", "eta", "ral", "plr", "local", "marca", "alter", "tempo", "hora", "luogo"}
)
EXACT_ONLY_BY_KIND = {
    # "E-mail 2 Address" is an e-mail, not a postal address
    "contacts": frozenset({"address"}),
    "trends": frozenset(
        {"title", "company", "organization", "industry", "variable", "number", "employment"}
        | {"titolo"}
    ),
}
# Trend headlines that are only a label: the table needs dates or numbers to be a trend.
WEAK_HEADLINES = frozenset({"company", "organization", "industry", "indicator", "variable"})
# Headers of a data dictionary or a series catalogue: a description beside a field name.
REFERENCE_DESCRIPTIONS = frozenset(
    {"description", "data item description", "field description", "variable description"}
    | {"column description", "definition", "meaning", "explanation", "descripcion"}
    # a dictionary that shows an example value per field instead of describing it
    | {"example", "examples", "example data", "example value", "sample value", "sample values"}
)
REFERENCE_FIELDS = frozenset(
    {"field", "field name", "variable", "variable name", "column", "column name", "item"}
    | {"series id", "name", "type", "data type", "code", "unit", "format", "campo"}
)
UNIT_WORDS = re.compile(
    r"\b(?:administration|directorate|office|department|division|center|centre|bureau|team|"
    r"group|unit|agency|institute|ministry|committee|council|board|services?|operations|"
    r"headquarters|program|programme)\b",
    re.IGNORECASE,
)

# Survey questions: at least this many words, a question mark, or a question word among the
# first two ("Dónde estás trabajando", "In which city"); matched on the words of their meaning.
QUESTION_WORDS = 5
QUESTION_STARTS = frozenset(
    {"what", "where", "which", "how", "who", "when"}
    | {"que", "donde", "cual", "cuanto", "cuantos", "cuantas"}  # Spanish
    | {"qual", "onde", "quanto", "quantos", "quantas"}  # Portuguese
    | {"quel", "quelle", "quels", "quelles", "combien"}  # French
    | {"wo", "welche", "welcher", "welches", "wie", "wieviel"}  # German
    | {"cosa", "dove", "quale", "quali", "quanti"}  # Italian
)
# A question asked "where" is about the place, whatever else it names ("Dónde trabajas?").
QUESTION_WHERE = frozenset({"where", "donde", "onde", "wo", "dove"})
# Verbs of working name the work itself when nothing more specific is asked ("¿En qué
# trabajas?", "Was arbeiten Sie?"): a weaker meaning than a noun such as company or salary.
QUESTION_WORK = frozenset(
    {"trabajas", "trabaja", "trabajo", "trabajando", "trabalha", "trabalhas", "trabalho"}
    | {"travaillez", "travailles", "arbeiten", "arbeitest", "lavori", "lavora"}
)
# Words that make a question about working ask about the field, not the work itself.
QUESTION_NOT_WORK = frozenset(
    {"industry", "industria", "sector", "setor", "secteur", "branche", "settore", "rubro"}
    | {"area", "empresa", "company", "modalidad", "modalidade", "remoto", "remote"}
)
QUESTION_MEANINGS = {
    "salary": {
        "bonus": frozenset({"bonus", "bonuses", "commission", "additional", "prime", "premio"}),
        "base": frozenset(
            {"salary", "wage", "pay", "paid", "earn", "earnings", "income"}
            | {"salario", "sueldo", "ganas", "gana", "cobras", "ingresos"}
            | {"remuneracao", "ganha", "ganhas", "renda"}
            | {"salaire", "remuneration", "gagnez", "gagnes"}
            | {"gehalt", "jahresgehalt", "monatsgehalt", "lohn", "verdienen", "verdienst"}
            | {"stipendio", "retribuzione", "guadagni", "guadagna"}
        ),
        "experience": frozenset(
            {"experience", "experiencia", "erfahrung", "berufserfahrung", "esperienza"}
        ),
        "role": frozenset(
            {"title", "position", "occupation", "puesto", "cargo", "ocupacion", "profesion"}
            | {"funcao", "profissao", "poste", "metier", "beruf", "ruolo", "mansione"}
        ),
        "company": frozenset(
            {"employer", "company", "organization", "organisation", "empresa", "empleador"}
            | {"empregador", "entreprise", "employeur", "unternehmen", "arbeitgeber", "firma"}
            | {"azienda"}
        ),
        "location": frozenset(
            {"city", "country", "state", "where", "location", "ciudad", "pais", "provincia"}
            | {"cidade", "estado", "ville", "pays", "region", "stadt", "land", "bundesland"}
            | {"citta", "paese", "regione"}
            | QUESTION_WHERE
        ),
        "currency": frozenset({"currency", "moneda", "moeda", "devise", "wahrung", "valuta"}),
    },
}
# Headers of a column naming each row's country, in each language (its currency follows).
COUNTRY_WORDS = frozenset({"country", "pais", "pays", "land", "paese", "nation"})


# Publishers and job boards a seeker would name, found in a file's name or its source column:
# how a source is said, never what currency or anything else its figures are in.
KNOWN_SOURCES = (
    (r"glassdoor", "Glassdoor"),
    (r"indeed", "Indeed"),
    (r"linked ?in", "LinkedIn"),
    (r"naukri", "Naukri"),
    (r"reed", "Reed"),
    (r"levels ?fyi", "Levels.fyi"),
    (r"payscale", "PayScale"),
    (r"stack ?overflow", "Stack Overflow"),
    (r"ask ?a ?manager", "Ask a Manager"),
    (r"techcrunch", "TechCrunch"),
    (r"layoffs ?fyi", "Layoffs.fyi"),
    (r"o ?net|onet", "O*NET"),
    (r"bls|oes|oews|cps|bureau of labor statistics", "the Bureau of Labor Statistics"),
    (r"ashe|ons|office for national statistics", "the Office for National Statistics"),
    (r"abs|australian bureau of statistics", "the Australian Bureau of Statistics"),
    (r"ibge", "IBGE"),
)

# Amounts nothing in a file gives a currency to are in the workspace's own currency (About me),
# US dollars until the seeker picks another; said to be assumed, never shown bare. The names
# cover every code a user can pick (`normalize.CURRENCY_CHOICES`).
DEFAULT_CURRENCY = "USD"
CURRENCY_NAMES = {
    "AUD": "Australian dollars",
    "BRL": "Brazilian reais",
    "CAD": "Canadian dollars",
    "CHF": "Swiss francs",
    "DKK": "Danish kroner",
    "EUR": "euros",
    "GBP": "pounds sterling",
    "HKD": "Hong Kong dollars",
    "INR": "Indian rupees",
    "JPY": "Japanese yen",
    "MXN": "Mexican pesos",
    "NOK": "Norwegian kroner",
    "NZD": "New Zealand dollars",
    "PLN": "Polish złoty",
    "SEK": "Swedish kronor",
    "SGD": "Singapore dollars",
    "USD": "US dollars",
    "ZAR": "South African rand",
}

# Experience levels written as two-letter codes, as international tech salary data records
# them (`EN`, `MI`, `SE`, `EX`): said as levels, never read out as letters.
LEVEL_CODES = {
    "EN": "entry level",
    "MI": "mid level",
    "SE": "senior level",
    "EX": "executive level",
}
