"""The network itself: its home page, settings, prose pages and the awards.

The regional coordinator is fictional; it borrows the public address of the
Mazowieckie Centrum Polityki Społecznej, which really does run the
"Zawsze pomocni" distinction. Phone numbers and e-mail addresses are generic
(``.example``) on purpose.
"""

import datetime

from ..choices import AwardCategory, AwardLevel
from .spec import AwardSpec, StandardPageSpec, heading, paragraph

LANGUAGE = "pl"
HOME_TITLE = "Zawsze pomocni"
HOME_SLUG = "zawsze-pomocni"
HOME_SEARCH_DESCRIPTION = (
    "Historie nagród ośrodków pomocy społecznej: wyróżnienie „Zawsze pomocni”, "
    "nagroda specjalna Ministra i dobre praktyki sieci."
)
HOME_INTRO = (
    "<p>Ośrodki pomocy społecznej z różnych stron Polski opowiadają tu o nagrodach, "
    "które otrzymały – o wyróżnieniu <b>„Zawsze pomocni”</b>, o nagrodzie specjalnej "
    "Ministra i o dobrych praktykach sieci – oraz o codziennej pracy, która za nimi stoi.</p>"
)

SITE_HOSTNAME = "localhost"
SITE_PORT = 80
SITE_NAME = "Zawsze pomocni"

COORDINATOR = "Koordynator sieci „Zawsze pomocni”"
SETTINGS = {
    "network_name": "Zawsze pomocni",
    "contact_email": "kontakt@zawszepomocni.example",
    "contact_phone": "+48 22 000 00 00",
    "postal_address": (
        f"{COORDINATOR}\n"
        "Mazowieckie Centrum Polityki Społecznej\n"
        "ul. Grzybowska 80/82\n"
        "00-844 Warszawa"
    ),
}

AWARD_INDEX_SLUG = "nagrody"
AWARD_INDEX_TITLE = "Nagrody"
AWARD_INDEX_INTRO = (
    "<p>Wszystkie historie nagród w sieci w jednym miejscu. Zawęź listę według nagrody, "
    "roku, ośrodka albo województwa.</p>"
)

# --- Awards ---------------------------------------------------------------------

ZAWSZE_POMOCNI = "zawsze-pomocni"
MINISTER = "nagroda-specjalna-ministra"
NETWORK_PRACTICE = "dobra-praktyka-sieci"

MARSHAL = (
    "Marszałek Województwa Mazowieckiego, za pośrednictwem "
    "Mazowieckiego Centrum Polityki Społecznej"
)

AWARDS = (
    AwardSpec(
        slug=ZAWSZE_POMOCNI,
        name="Zawsze pomocni",
        awarding_body=MARSHAL,
        level=AwardLevel.REGIONAL,
        category=AwardCategory.TEAM,
        description=(
            "Wyróżnienie Marszałka Województwa Mazowieckiego dla jednostek pomocy społecznej "
            "z Mazowsza, które wypracowały dobre praktyki – w aktywnej integracji, we wspieraniu "
            "rodziny i dziecka. Przyznawane za pośrednictwem Mazowieckiego Centrum Polityki "
            "Społecznej, zwykle jesienią, przy okazji obchodów Dnia Pracownika Socjalnego."
        ),
    ),
    AwardSpec(
        slug=MINISTER,
        name="Nagroda specjalna Ministra",
        awarding_body="Minister właściwy do spraw zabezpieczenia społecznego",
        level=AwardLevel.NATIONAL,
        category=AwardCategory.TEAM,
        description=(
            "Nagroda specjalna za wybitne, nowatorskie rozwiązania w pomocy społecznej, "
            "przyznawana co roku 21 listopada, w Dniu Pracownika Socjalnego – w kategorii "
            "zespołowej (ośrodkom i innym jednostkom) i indywidualnej (pracownikom socjalnym). "
            "Nazwa urzędu ministra zmieniała się; w historiach podajemy tę z dnia nagrody."
        ),
    ),
    AwardSpec(
        slug=NETWORK_PRACTICE,
        name="Dobra praktyka sieci",
        awarding_body=COORDINATOR,
        level=AwardLevel.REGIONAL,
        category=AwardCategory.TEAM,
        description=(
            "Wyróżnienie wewnętrzne sieci „Zawsze pomocni”, nie nagroda zewnętrzna: regionalny "
            "koordynator sieci oznacza nim dobre praktyki ośrodków członkowskich, by inni mogli "
            "z nich korzystać. Datą wyróżnienia jest dzień zakończenia opisanej praktyki."
        ),
    ),
)

NETWORK_PRACTICE_NOTE = paragraph(
    "<p><i>„Dobra praktyka sieci” to wyróżnienie wewnętrzne sieci „Zawsze pomocni”, "
    "a nie nagroda zewnętrzna. Oznaczamy nim doświadczenia ośrodków, z których mogą "
    "skorzystać inni.</i></p>"
)


def minister_title(year):
    """The minister who gave the special award in ``year``, as the office was then called."""
    if year <= 2014:
        return "Minister Pracy i Polityki Społecznej"
    if year <= 2019:
        return "Minister Rodziny, Pracy i Polityki Społecznej"
    if year <= 2023:
        return "Minister Rodziny i Polityki Społecznej"
    return "Minister Rodziny, Pracy i Polityki Społecznej"


def social_workers_day(year):
    """21 November, Dzień Pracownika Socjalnego: the day the Minister's award is given."""
    return datetime.date(year, 11, 21)


# --- Prose pages of the network -------------------------------------------------

STANDARD_PAGES = (
    StandardPageSpec(
        slug="o-sieci",
        title="O sieci",
        intro=(
            "„Zawsze pomocni” to sieć ośrodków pomocy społecznej, które opowiadają o swoich "
            "nagrodach i dzielą się dobrymi praktykami."
        ),
        body=(
            paragraph(
                "<p>Do sieci należą gminne i miejskie ośrodki pomocy społecznej (GOPS, MOPS, "
                "OPS), miejskie ośrodki pomocy rodzinie (MOPR) i powiatowe centra pomocy rodzinie "
                "(PCPR). Każdy ośrodek ma tu swoją stronę, historie nagród i galerie zdjęć.</p>"
            ),
            heading("Jak powstają historie"),
            paragraph(
                "<p>Historie piszą pracownicy ośrodków. Zanim tekst zostanie opublikowany, "
                "sprawdza go regionalny koordynator sieci. Fakty – nagroda, data, miejsce "
                "uroczystości, projekt i jego uczestnicy – zapisujemy osobno od opowieści, "
                "dzięki czemu historie można przeglądać według nagrody, roku, ośrodka "
                "i województwa.</p>"
            ),
            heading("Dane demonstracyjne"),
            paragraph(
                "<p>Ta instalacja zawiera dane demonstracyjne. Pięć ośrodków – z Domanic, Marek, "
                "Jasła, Szklarskiej Poręby i Chocianowa – opisujemy na podstawie publicznie "
                "dostępnych informacji; ich zdjęcia zastępują grafiki demonstracyjne. Pozostałe "
                "ośrodki i ich historie są fikcyjne i zostały wygenerowane automatycznie, "
                "co zaznaczamy w każdej z nich.</p>"
            ),
        ),
    ),
    StandardPageSpec(
        slug="polityka-prywatnosci",
        title="Polityka prywatności",
        intro="Jak serwis „Zawsze pomocni” obchodzi się z danymi osób, które go odwiedzają.",
        body=(
            heading("Administrator"),
            paragraph(
                "<p>Administratorem danych jest regionalny koordynator sieci „Zawsze pomocni” "
                "(dane demonstracyjne; adres podajemy na stronie Kontakt).</p>"
            ),
            heading("Pliki cookie"),
            paragraph(
                "<p>Serwis używa wyłącznie plików cookie niezbędnych do działania: do "
                "zapamiętania wybranego języka oraz – dla redaktorów – do logowania i ochrony "
                "formularzy. Nie używamy plików cookie reklamowych ani analitycznych.</p>"
            ),
            heading("Zdjęcia i historie"),
            paragraph(
                "<p>Ośrodki publikują zdjęcia osób tylko za ich zgodą. Jeśli chcesz, by zdjęcie "
                "z Twoim wizerunkiem zostało usunięte, napisz do nas – usuniemy je "
                "niezwłocznie.</p>"
            ),
        ),
    ),
    StandardPageSpec(
        slug="kontakt",
        title="Kontakt",
        intro="Regionalny koordynator sieci „Zawsze pomocni” (dane demonstracyjne).",
        body=(
            paragraph(
                "<p>Koordynator sieci „Zawsze pomocni”<br>"
                "Mazowieckie Centrum Polityki Społecznej<br>"
                "ul. Grzybowska 80/82, 00-844 Warszawa</p>"
            ),
            paragraph("<p>E-mail: kontakt@zawszepomocni.example<br>Telefon: +48 22 000 00 00</p>"),
            paragraph(
                "<p>W sprawach konkretnego ośrodka najlepiej skontaktować się z nim bezpośrednio "
                "– dane kontaktowe znajdziesz na stronie każdego ośrodka.</p>"
            ),
        ),
    ),
)


# --- The network's accessibility statement (deklaracja dostępności) ----------------

STATEMENT = {
    "title": "Deklaracja dostępności",
    "slug": "deklaracja-dostepnosci",
    "entity_name": "Mazowieckie Centrum Polityki Społecznej",
    "website_published": datetime.date(2024, 11, 21),
    "website_updated": datetime.date(2026, 1, 15),
    "status": "partial",
    "non_conformities": [
        (
            "item",
            {
                "element": "Zdjęcia demonstracyjne mają ogólne opisy alternatywne.",
                "reason": "To wersja demonstracyjna serwisu.",
                "alternative": "Opis każdego zdjęcia jest w jego podpisie.",
            },
        )
    ],
    "prepared_on": datetime.date(2024, 11, 21),
    "reviewed_on": datetime.date(2026, 1, 15),
    "contact_person": "Koordynator sieci „Zawsze pomocni”",
    "contact_email": "kontakt@zawszepomocni.example",
    "contact_phone": "+48 22 000 00 00",
    "architecture": (
        "<p>Siedziba koordynatora sieci przy ul. Grzybowskiej 80/82 w Warszawie ma wejście "
        "bez progów i windę. Można wejść z psem asystującym.</p>"
    ),
}
