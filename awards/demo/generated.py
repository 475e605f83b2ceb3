"""The fictional part of the demo network, generated from a seed.

``generate(seed, centres, stories)`` returns plain ``CentreSpec`` records and
depends on nothing but its arguments: the same arguments always give the same
network, which is what lets a second load recognise everything the first one
made. Places, people and events here are invented; every generated centre and
story says so in its text, and contact data uses ``.example`` addresses and
"000" phone numbers.
"""

import datetime
import random
from dataclasses import dataclass

from ..choices import CentreKind
from ..choices import Voivodeship as V
from .network import (
    COORDINATOR,
    MARSHAL,
    MINISTER,
    NETWORK_PRACTICE,
    NETWORK_PRACTICE_NOTE,
    ZAWSZE_POMOCNI,
    minister_title,
    social_workers_day,
)
from .photos import DEMO_CREDIT
from .spec import (
    CentreSpec,
    GallerySpec,
    PhotoSpec,
    ProjectSpec,
    StorySpec,
    heading,
    image,
    key_figures,
    paragraph,
    quote,
    slugify,
)

DEFAULT_SEED = 2014
DEFAULT_CENTRES = 25
DEFAULT_STORIES = 194  # with the six stories of the real centres: 200
MAX_STORIES = 2000
FIRST_YEAR, LAST_YEAR = 2010, 2025
MAZOWIECKIE_SHARE = 0.3  # "Zawsze pomocni" is a Mazowsze distinction
POOL_SIZE = 12

FICTION_NOTE = paragraph(
    "<p><i>Historia przykładowa, wygenerowana automatycznie na potrzeby demonstracji "
    "serwisu. Ośrodek, osoby i opisane zdarzenia są fikcyjne.</i></p>"
)

# The small pool of stand-in photos every generated story and gallery draws from.
POOL = tuple(
    PhotoSpec(
        title=f"Grafika demonstracyjna {number:02d}",
        caption="Grafika demonstracyjna",
        credit=DEMO_CREDIT,
    )
    for number in range(1, POOL_SIZE + 1)
)


@dataclass(frozen=True)
class Place:
    """A fictional commune: its name, "in <name>" (locative), region, county, kind of centre."""

    name: str
    in_name: str
    voivodeship: str
    county: str
    kind: str


PLACES = (
    Place("Dębowa Wola", "w Dębowej Woli", V.MAZOWIECKIE, "radomski", CentreKind.GOPS),
    Place("Brzozowe Pole", "w Brzozowym Polu", V.MAZOWIECKIE, "węgrowski", CentreKind.GOPS),
    Place("Lipnica Mazowiecka", "w Lipnicy Mazowieckiej", V.MAZOWIECKIE, "płoński", CentreKind.OPS),
    Place("Olszanka Nowa", "w Olszance Nowej", V.MAZOWIECKIE, "siedlecki", CentreKind.GOPS),
    Place("Kamionek Wielki", "w Kamionku Wielkim", V.MAZOWIECKIE, "garwoliński", CentreKind.GOPS),
    Place("Wierzbno Stare", "w Wierzbnie Starym", V.MAZOWIECKIE, "ciechanowski", CentreKind.GOPS),
    Place("Sosnowe Bory", "w Sosnowych Borach", V.MAZOWIECKIE, "ostrołęcki", CentreKind.GOPS),
    Place("Grabówka Mała", "w Grabówce Małej", V.MAZOWIECKIE, "sochaczewski", CentreKind.GOPS),
    Place(
        "Rzeczyca Mazowiecka", "w Rzeczycy Mazowieckiej", V.MAZOWIECKIE, "mławski", CentreKind.MOPS
    ),
    Place("Borowiec", "w Borowcu", V.MAZOWIECKIE, "borowiecki", CentreKind.PCPR),
    Place(
        "Białobrzeg Wielki",
        "w Białobrzegu Wielkim",
        V.MAZOWIECKIE,
        "Białobrzeg Wielki",
        CentreKind.MOPR,
    ),
    Place(
        "Krzewina Lubelska", "w Krzewinie Lubelskiej", V.LUBELSKIE, "lubartowski", CentreKind.GOPS
    ),
    Place("Wólka Jabłońska", "w Wólce Jabłońskiej", V.LUBELSKIE, "bialski", CentreKind.GOPS),
    Place("Olchowiec Stary", "w Olchowcu Starym", V.LUBELSKIE, "chełmski", CentreKind.OPS),
    Place(
        "Podgórze Wiśnickie", "w Podgórzu Wiśnickim", V.MALOPOLSKIE, "bocheński", CentreKind.GOPS
    ),
    Place("Stary Potok", "w Starym Potoku", V.MALOPOLSKIE, "nowotarski", CentreKind.MOPS),
    Place("Kamienna Dolina", "w Kamiennej Dolinie", V.MALOPOLSKIE, "limanowski", CentreKind.OPS),
    Place(
        "Brzeziny Sanockie", "w Brzezinach Sanockich", V.PODKARPACKIE, "sanocki", CentreKind.GOPS
    ),
    Place("Jasionka Górna", "w Jasionce Górnej", V.PODKARPACKIE, "krośnieński", CentreKind.GOPS),
    Place("Mostowa Wola", "w Mostowej Woli", V.PODKARPACKIE, "jarosławski", CentreKind.OPS),
    Place("Kuźnia Beskidzka", "w Kuźni Beskidzkiej", V.SLASKIE, "żywiecki", CentreKind.OPS),
    Place("Radostów Śląski", "w Radostowie Śląskim", V.SLASKIE, "gliwicki", CentreKind.MOPS),
    Place("Hutki Wielkie", "w Hutkach Wielkich", V.SLASKIE, "tarnogórski", CentreKind.GOPS),
    Place("Złotogórze", "w Złotogórzu", V.DOLNOSLASKIE, "lwówecki", CentreKind.OPS),
    Place("Jaworzec Dolny", "w Jaworcu Dolnym", V.DOLNOSLASKIE, "jaworski", CentreKind.GOPS),
    Place("Rogowo Wielkie", "w Rogowie Wielkim", V.WIELKOPOLSKIE, "gnieźnieński", CentreKind.GOPS),
    Place("Kłodawka", "w Kłodawce", V.WIELKOPOLSKIE, "kolski", CentreKind.OPS),
    Place(
        "Lipowiec Wielkopolski",
        "w Lipowcu Wielkopolskim",
        V.WIELKOPOLSKIE,
        "kaliski",
        CentreKind.MOPS,
    ),
    Place("Zielona Struga", "w Zielonej Strudze", V.POMORSKIE, "kościerski", CentreKind.GOPS),
    Place("Borowo Kaszubskie", "w Borowie Kaszubskim", V.POMORSKIE, "kartuski", CentreKind.GOPS),
    Place("Nadmorze", "w Nadmorzu", V.POMORSKIE, "pucki", CentreKind.MOPS),
    Place("Żytno Małe", "w Żytnie Małym", V.LODZKIE, "radomszczański", CentreKind.GOPS),
    Place("Wolbórka", "w Wolbórce", V.LODZKIE, "piotrkowski", CentreKind.OPS),
    Place("Bełchówek", "w Bełchówku", V.LODZKIE, "łowicki", CentreKind.GOPS),
    Place(
        "Jeziorany Nowe",
        "w Jezioranach Nowych",
        V.WARMINSKO_MAZURSKIE,
        "olsztyński",
        CentreKind.OPS,
    ),
    Place("Mrągowiec", "w Mrągowcu", V.WARMINSKO_MAZURSKIE, "mrągowski", CentreKind.GOPS),
    Place(
        "Puszczyki Podlaskie", "w Puszczykach Podlaskich", V.PODLASKIE, "hajnowski", CentreKind.GOPS
    ),
    Place("Narewka Mała", "w Narewce Małej", V.PODLASKIE, "białostocki", CentreKind.GOPS),
    Place("Łysica Dolna", "w Łysicy Dolnej", V.SWIETOKRZYSKIE, "kielecki", CentreKind.GOPS),
    Place("Bodzentynek", "w Bodzentynku", V.SWIETOKRZYSKIE, "starachowicki", CentreKind.OPS),
    Place("Kamień Opolski", "w Kamieniu Opolskim", V.OPOLSKIE, "krapkowicki", CentreKind.OPS),
    Place("Dębnica Lubuska", "w Dębnicy Lubuskiej", V.LUBUSKIE, "krośnieński", CentreKind.GOPS),
    Place("Lisewo Nowe", "w Lisewie Nowym", V.KUJAWSKO_POMORSKIE, "chełmiński", CentreKind.GOPS),
    Place(
        "Wierzchosławice Kujawskie",
        "w Wierzchosławicach Kujawskich",
        V.KUJAWSKO_POMORSKIE,
        "inowrocławski",
        CentreKind.GOPS,
    ),
    Place("Drawnica", "w Drawnicy", V.ZACHODNIOPOMORSKIE, "drawski", CentreKind.OPS),
    Place("Białogórze", "w Białogórzu", V.ZACHODNIOPOMORSKIE, "koszaliński", CentreKind.GOPS),
    Place("Jodłowo", "w Jodłowie", V.ZACHODNIOPOMORSKIE, "jodłowski", CentreKind.PCPR),
    Place("Strużyna", "w Strużynie", V.LUBELSKIE, "strużyński", CentreKind.PCPR),
)
MAX_CENTRES = len(PLACES)

# First two digits of postal codes used in each voivodeship, and a phone area code.
POSTAL_PREFIXES = {
    V.MAZOWIECKIE: ((5, 9), "25"),
    V.LUBELSKIE: ((20, 24), "81"),
    V.MALOPOLSKIE: ((32, 34), "18"),
    V.PODKARPACKIE: ((35, 39), "13"),
    V.SLASKIE: ((40, 44), "32"),
    V.DOLNOSLASKIE: ((55, 59), "75"),
    V.WIELKOPOLSKIE: ((60, 64), "63"),
    V.POMORSKIE: ((80, 84), "58"),
    V.LODZKIE: ((95, 99), "44"),
    V.WARMINSKO_MAZURSKIE: ((10, 14), "89"),
    V.PODLASKIE: ((15, 19), "85"),
    V.SWIETOKRZYSKIE: ((25, 29), "41"),
    V.OPOLSKIE: ((45, 49), "77"),
    V.LUBUSKIE: ((65, 69), "68"),
    V.KUJAWSKO_POMORSKIE: ((85, 89), "52"),
    V.ZACHODNIOPOMORSKIE: ((70, 78), "94"),
}

STREETS = (
    "ul. Szkolna",
    "ul. Kościuszki",
    "ul. Kolejowa",
    "ul. Ogrodowa",
    "ul. Mickiewicza",
    "ul. Słoneczna",
    "ul. Lipowa",
    "pl. Wolności",
    "ul. Rynek",
    "ul. Parkowa",
)

OFFICIAL_NAMES = {
    CentreKind.GOPS: "Gminny Ośrodek Pomocy Społecznej",
    CentreKind.MOPS: "Miejski Ośrodek Pomocy Społecznej",
    CentreKind.OPS: "Ośrodek Pomocy Społecznej",
    CentreKind.MOPR: "Miejski Ośrodek Pomocy Rodzinie",
    CentreKind.PCPR: "Powiatowe Centrum Pomocy Rodzinie",
}


@dataclass(frozen=True)
class Topic:
    """What a generated story is about."""

    title: str
    reason: str  # "za …", why the award was given
    context: str  # one or two sentences on how the work goes
    figures: tuple[tuple[str, int, int], ...]  # label, lowest, highest
    tags: tuple[str, ...]
    years: tuple[int, int] = (FIRST_YEAR, LAST_YEAR)
    project: bool = False


TOPICS = (
    Topic(
        "Klub Integracji Społecznej",
        "za prowadzenie Klubu Integracji Społecznej",
        "W klubie mieszkańcy bez pracy spotykają się z doradcą zawodowym i psychologiem, uczą "
        "się pisać dokumenty aplikacyjne i wspólnie szukają zatrudnienia.",
        (("uczestników klubu", 12, 40), ("osób, które podjęły pracę", 3, 15)),
        ("aktywna integracja", "rynek pracy"),
    ),
    Topic(
        "Asystent rodziny w każdej wsi",
        "za rozwój pracy asystentów rodziny",
        "Asystenci rodziny odwiedzają rodziny w domu, pomagają uporządkować codzienne sprawy "
        "i towarzyszą rodzicom w kontaktach ze szkołą i z urzędami.",
        (("rodzin pod opieką asystentów", 10, 45), ("asystentów rodziny", 2, 6)),
        ("rodzina", "asystent rodziny"),
    ),
    Topic(
        "Sąsiedzka pomoc dla seniorów",
        "za sieć sąsiedzkiej pomocy dla seniorów",
        "Wolontariusze z sąsiedztwa robią zakupy, towarzyszą w drodze do lekarza i po prostu "
        "odwiedzają osoby starsze, które mieszkają same.",
        (("seniorów objętych pomocą", 20, 120), ("wolontariuszy", 8, 40)),
        ("seniorzy", "wolontariat"),
    ),
    Topic(
        "Mieszkanie treningowe",
        "za uruchomienie mieszkania treningowego",
        "W mieszkaniu treningowym osoby wychodzące z kryzysu uczą się samodzielnego życia: "
        "prowadzenia budżetu, gotowania, załatwiania spraw.",
        (("miejsc w mieszkaniu", 3, 8), ("osób, które się usamodzielniły", 2, 10)),
        ("mieszkalnictwo wspomagane",),
    ),
    Topic(
        "Świetlica środowiskowa „Przystań”",
        "za prowadzenie świetlicy środowiskowej dla dzieci",
        "Po lekcjach dzieci odrabiają tu zadania, jedzą ciepły posiłek i biorą udział w "
        "zajęciach, a rodzice mogą porozmawiać z pedagogiem.",
        (("dzieci w świetlicy", 15, 60),),
        ("dzieci", "rodzina"),
    ),
    Topic(
        "Wolontariat młodzieżowy",
        "za program wolontariatu młodzieżowego",
        "Uczniowie miejscowych szkół pomagają młodszym dzieciom w nauce i spędzają czas "
        "z seniorami; ośrodek szkoli ich i dba o bezpieczeństwo.",
        (("młodych wolontariuszy", 10, 60), ("godzin pomocy w roku", 300, 2500)),
        ("wolontariat", "młodzież"),
    ),
    Topic(
        "Program aktywności lokalnej",
        "za program aktywności lokalnej",
        "Pracownicy socjalni razem z mieszkańcami zdiagnozowali potrzeby osiedla i pomogli "
        "założyć grupy sąsiedzkie, które same organizują swoje działania.",
        (("spotkań z mieszkańcami", 10, 40), ("inicjatyw sąsiedzkich", 3, 15)),
        ("organizowanie społeczności lokalnej",),
    ),
    Topic(
        "Punkt interwencji kryzysowej",
        "za uruchomienie punktu interwencji kryzysowej",
        "W punkcie dyżurują psycholog, prawnik i pracownik socjalny; osoba w kryzysie dostaje "
        "pomoc tego samego dnia, bez skierowania.",
        (("osób, które skorzystały z pomocy", 40, 300),),
        ("interwencja kryzysowa", "przemoc w rodzinie"),
    ),
    Topic(
        "Opieka wytchnieniowa",
        "za wprowadzenie opieki wytchnieniowej",
        "Opiekunowie osób z niepełnosprawnościami mogą zostawić bliskich pod fachową opieką "
        "i mieć kilka godzin dla siebie.",
        (("rodzin opiekunów", 8, 40), ("godzin opieki w roku", 500, 4000)),
        ("niepełnosprawność", "opiekunowie"),
        years=(2019, LAST_YEAR),
    ),
    Topic(
        "Rodziny wspierające",
        "za pozyskanie i wsparcie rodzin wspierających",
        "Rodziny wspierające pomagają innym rodzinom w opiece nad dziećmi i prowadzeniu domu; "
        "ośrodek je przygotowuje i jest z nimi w stałym kontakcie.",
        (("rodziny wspierające", 1, 5), ("rodzin objętych wsparciem", 2, 12)),
        ("rodzina", "piecza zastępcza"),
    ),
    Topic(
        "Kontrakt socjalny krok po kroku",
        "za skuteczne stosowanie kontraktu socjalnego",
        "Pracownik socjalny i mieszkaniec spisują wspólnie cele i kroki, a potem co miesiąc "
        "sprawdzają, co się udało.",
        (("zawartych kontraktów", 20, 90),),
        ("praca socjalna",),
    ),
    Topic(
        "Wyjście z bezdomności",
        "za program wychodzenia z bezdomności",
        "Streetworker dociera do osób w kryzysie bezdomności, a ośrodek pomaga im przejść od "
        "noclegowni do własnego mieszkania.",
        (("osób w programie", 5, 30), ("osób we własnym mieszkaniu", 1, 10)),
        ("bezdomność",),
    ),
    Topic(
        "Spółdzielnia socjalna",
        "za wsparcie w założeniu spółdzielni socjalnej",
        "Byli uczestnicy zajęć reintegracyjnych założyli spółdzielnię, która prowadzi "
        "usługi porządkowe i catering dla gminy.",
        (("miejsc pracy w spółdzielni", 3, 12),),
        ("ekonomia społeczna", "rynek pracy"),
    ),
    Topic(
        "Dzienny dom dla seniorów",
        "za otwarcie dziennego domu dla seniorów",
        "Seniorzy spędzają tu dzień: jedzą wspólny obiad, ćwiczą z fizjoterapeutą, biorą "
        "udział w zajęciach i wycieczkach.",
        (("miejsc dla seniorów", 15, 40),),
        ("seniorzy",),
    ),
    Topic(
        "Zespół interdyscyplinarny",
        "za pracę zespołu interdyscyplinarnego",
        "Policja, szkoła, ochrona zdrowia i ośrodek spotykają się regularnie, by razem "
        "chronić osoby doznające przemocy domowej.",
        (("rodzin objętych wsparciem", 10, 80), ("instytucji w zespole", 5, 12)),
        ("przemoc w rodzinie",),
    ),
    Topic(
        "Pomoc dla rodzin z Ukrainy",
        "za pomoc rodzinom uchodźców z Ukrainy",
        "Ośrodek zorganizował zakwaterowanie, tłumaczy i punkt informacyjny, a potem pomagał "
        "rodzinom w znalezieniu pracy i szkoły dla dzieci.",
        (("osób objętych pomocą", 30, 400),),
        ("uchodźcy", "Ukraina"),
        years=(2022, LAST_YEAR),
    ),
    Topic(
        "Pomoc w czasie pandemii",
        "za organizację pomocy w czasie pandemii COVID-19",
        "Pracownicy ośrodka dowozili zakupy i posiłki osobom na kwarantannie i uruchomili "
        "telefon wsparcia dla samotnych seniorów.",
        (("osób wspartych na kwarantannie", 20, 200),),
        ("COVID-19", "seniorzy"),
        years=(2020, 2021),
    ),
    Topic(
        "Asystencja osobista",
        "za usługi asystencji osobistej osób z niepełnosprawnościami",
        "Asystenci pomagają w codziennych sprawach, w dotarciu do pracy, na zajęcia i do "
        "kina – tak, by osoba z niepełnosprawnością sama decydowała o swoim dniu.",
        (("uczestników", 5, 30), ("godzin asystencji w roku", 1000, 8000)),
        ("niepełnosprawność",),
        years=(2019, LAST_YEAR),
    ),
    Topic(
        "Projekt aktywnej integracji",
        "za projekt aktywnej integracji współfinansowany z EFS",
        "Uczestnicy projektu zawarli kontrakty socjalne i skorzystali z kursów zawodowych, "
        "poradnictwa i zajęć rozwijających umiejętności społeczne.",
        (),
        ("aktywna integracja", "EFS", "POKL"),
        years=(FIRST_YEAR, 2015),
        project=True,
    ),
    Topic(
        "Dożywianie dzieci",
        "za organizację dożywiania dzieci w szkołach",
        "Dzięki współpracy ze szkołami każde dziecko, które tego potrzebuje, dostaje ciepły "
        "posiłek – dyskretnie, bez wyróżniania go spośród rówieśników.",
        (("dzieci objętych dożywianiem", 30, 250),),
        ("dzieci", "dożywianie"),
    ),
)

QUOTES = (
    "Najważniejsze jest to, że ludzie przychodzą do nas już nie tylko po zasiłek, ale "
    "z własnymi pomysłami.",
    "To wyróżnienie należy się całemu zespołowi i mieszkańcom, którzy nam zaufali.",
    "Małymi krokami, ale konsekwentnie – tak pracujemy od lat.",
    "Bez współpracy ze szkołą, parafią i sąsiadami nic z tego by się nie udało.",
)

FIRST_NAMES = ("Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Piotr", "Tomasz")
LAST_NAMES = ("Nowak", "Wójcik", "Kowalczyk", "Zielińska", "Mazur", "Krawczyk", "Pawlak")

AWARD_LABELS = {
    ZAWSZE_POMOCNI: "„Zawsze pomocni”",
    MINISTER: "nagroda specjalna Ministra",
    NETWORK_PRACTICE: "dobra praktyka sieci",
}


def generate(seed=DEFAULT_SEED, centres=DEFAULT_CENTRES, stories=DEFAULT_STORIES):
    """Return ``centres`` fictional CentreSpecs sharing ``stories`` stories between them."""
    rng = random.Random(seed)
    places = _choose_places(rng, centres)
    plans = [_centre_plan(rng, place) for place in places]
    story_lists = _share_stories(rng, plans, stories)
    return tuple(_centre(plan, tuple(story_lists[index]), rng) for index, plan in enumerate(plans))


def _choose_places(rng, count):
    mazowieckie = [p for p in PLACES if p.voivodeship == V.MAZOWIECKIE]
    others = [p for p in PLACES if p.voivodeship != V.MAZOWIECKIE]
    from_mazowieckie = min(len(mazowieckie), max(1, round(count * MAZOWIECKIE_SHARE)))
    from_others = count - from_mazowieckie
    if from_others > len(others):
        from_mazowieckie += from_others - len(others)
        from_others = len(others)
    chosen = rng.sample(mazowieckie, from_mazowieckie) + rng.sample(others, from_others)
    rng.shuffle(chosen)
    return chosen


@dataclass
class _CentrePlan:
    place: Place
    title: str
    official_name: str
    slug: str
    street_address: str
    postal_code: str
    phone: str
    head: str


def _centre_plan(rng, place):
    short = place.kind.value
    title = f"{short} {place.name}"
    (low, high), area = POSTAL_PREFIXES[place.voivodeship]
    return _CentrePlan(
        place=place,
        title=title,
        official_name=f"{OFFICIAL_NAMES[place.kind]} {place.in_name}",
        slug=slugify(title),
        street_address=f"{rng.choice(STREETS)} {rng.randint(1, 120)}",
        postal_code=f"{rng.randint(low, high):02d}-{rng.randint(0, 999):03d}",
        phone=f"{area} 000 {rng.randint(10, 99)} {rng.randint(10, 99)}",
        head=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
    )


def _share_stories(rng, plans, count):
    """Give every centre at least one story (while there are enough), the rest at random."""
    owners = list(range(len(plans)))[:count]
    owners += [rng.randrange(len(plans)) for _ in range(count - len(owners))]
    lists = [[] for _ in plans]
    taken = [set() for _ in plans]  # (award, year) and slugs already used by each centre
    for owner in owners:
        lists[owner].append(_story(rng, plans[owner], taken[owner]))
    return lists


def _choose_award(rng, place):
    if place.voivodeship == V.MAZOWIECKIE:
        return rng.choices((ZAWSZE_POMOCNI, MINISTER, NETWORK_PRACTICE), (50, 15, 35))[0]
    return rng.choices((MINISTER, NETWORK_PRACTICE), (40, 60))[0]


def _story(rng, plan, taken):
    award = _choose_award(rng, plan.place)
    for _attempt in range(5):
        year = rng.randint(FIRST_YEAR, LAST_YEAR)
        if (award, year) not in taken:
            break
    else:
        award = NETWORK_PRACTICE  # an external award comes once a year at most
    topics = [t for t in TOPICS if t.years[0] <= year <= t.years[1]]
    fresh = [t for t in topics if slugify(f"{t.title} {year}") not in taken]
    topic = rng.choice(fresh or topics)
    slug = slugify(f"{topic.title} {year}")
    suffix = 2
    while slug in taken:
        slug = slugify(f"{topic.title} {year} {suffix}")
        suffix += 1
    taken.update({(award, year), slug})

    if award == MINISTER:
        date_awarded = social_workers_day(year)
        conferred_by, place = minister_title(year), "Warszawa"
    elif award == ZAWSZE_POMOCNI:
        date_awarded = datetime.date(year, 11, rng.randint(3, 28))
        conferred_by, place = MARSHAL, "Warszawa"
    else:
        date_awarded = datetime.date(year, rng.randint(1, 12), rng.randint(1, 28))
        conferred_by, place = COORDINATOR, ""
    ceremony_date = date_awarded if place else None

    project = _project(rng, plan, year) if topic.project else None
    hero = rng.choice(POOL)
    body = _body(rng, plan, topic, award, year, hero, project)
    return StorySpec(
        slug=slug,
        title=f"{topic.title} – {AWARD_LABELS[award]} {year}",
        award=award,
        date_awarded=date_awarded,
        ceremony_date=ceremony_date,
        ceremony_place=place,
        conferred_by=conferred_by,
        lead=_lead(plan, topic, award, year),
        body=body,
        hero=hero,
        projects=(project.name,) if project else (),
        tags=topic.tags,
    ), project


def _lead(plan, topic, award, year):
    received = "otrzymało" if plan.place.kind == CentreKind.PCPR else "otrzymał"
    if award == MINISTER:
        what = "nagrodę specjalną Ministra"
    elif award == ZAWSZE_POMOCNI:
        what = "wyróżnienie Marszałka Województwa Mazowieckiego „Zawsze pomocni”"
    else:
        what = "wyróżnienie sieci „Dobra praktyka”"
    return f"W {year} r. {plan.official_name} {received} {what} {topic.reason}."


def _body(rng, plan, topic, award, year, hero, project):
    blocks = [FICTION_NOTE]
    if award == NETWORK_PRACTICE:
        blocks.append(NETWORK_PRACTICE_NOTE)
    blocks.append(paragraph(f"<p>{topic.context}</p>"))
    figures = [(rng.randint(low, high), label) for label, low, high in topic.figures]
    if project:
        figures = [(count, label) for label, count in project.participants]
        figures.insert(0, (sum(count for count, _ in figures), "uczestników projektu"))
    if figures:
        blocks.append(key_figures("W liczbach", figures))
    blocks.append(image(hero, "Grafika demonstracyjna"))
    if rng.random() < 0.3:
        blocks.append(quote(rng.choice(QUOTES), f"{plan.head}, kierownik ośrodka"))
    blocks.append(heading("O nagrodzie", level="h3"))
    if award == MINISTER:
        text = (
            f"Nagrody specjalne za wybitne, nowatorskie rozwiązania w pomocy społecznej "
            f"wręczane są co roku 21 listopada. W {year} roku przyznawał je "
            f"{minister_title(year)}."
        )
    elif award == ZAWSZE_POMOCNI:
        text = (
            "Wyróżnienie „Zawsze pomocni” przyznaje Marszałek Województwa Mazowieckiego, "
            "za pośrednictwem Mazowieckiego Centrum Polityki Społecznej."
        )
    else:
        text = "Sieć oznacza dobre praktyki, by inne ośrodki mogły z nich skorzystać."
    blocks.append(paragraph(f"<p>{text}</p>"))
    return tuple(blocks)


def _project(rng, plan, year):
    unemployed, inactive = rng.randint(8, 30), rng.randint(4, 20)
    start = max(2008, year - rng.randint(1, 3))
    return ProjectSpec(
        name=f"Nowy start {plan.place.in_name}",
        programme="Program Operacyjny Kapitał Ludzki 2007–2013",
        programme_period="2007-2013",
        fund="Europejski Fundusz Społeczny",
        priority="VII",
        action="7.1",
        sub_action="7.1.1",
        start_date=datetime.date(start, 1, 1),
        end_date=datetime.date(min(year, 2014), 12, 31),
        results="Projekt przykładowy (dane fikcyjne).",
        participants=(("osoby bezrobotne", unemployed), ("osoby nieaktywne zawodowo", inactive)),
    )


def _centre(plan, stories, rng):
    place = plan.place
    projects = {}
    for _story_spec, project in stories:
        if project:
            projects.setdefault(project.name, project)
    galleries = ()
    if rng.random() < 0.3:
        galleries = (
            GallerySpec(
                slug="galeria",
                title=f"Galeria – {plan.title}",
                intro="Grafiki demonstracyjne zamiast zdjęć z życia fikcyjnego ośrodka.",
                photos=tuple(rng.sample(POOL, 4)),
            ),
        )
    county = (
        f"{place.county} (miasto na prawach powiatu)"
        if place.kind == CentreKind.MOPR
        else place.county
    )
    return CentreSpec(
        slug=plan.slug,
        title=plan.title,
        official_name=plan.official_name,
        kind=place.kind,
        commune=place.name,
        county=county,
        voivodeship=place.voivodeship,
        street_address=plan.street_address,
        postal_code=plan.postal_code,
        city=place.name,
        phone=plan.phone,
        email=f"sekretariat@{plan.slug}.example",
        bip_url=f"https://bip.{plan.slug}.example/",
        intro=(
            f"<p>{plan.official_name} to ośrodek fikcyjny, wygenerowany na potrzeby "
            f"demonstracji serwisu. Pokazuje, jak wygląda strona ośrodka z kilkoma "
            f"historiami nagród.</p>"
        ),
        stories=tuple(story for story, _project in stories),
        galleries=galleries,
        projects=tuple(projects.values()),
    )
