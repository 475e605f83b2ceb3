"""The five real centres of the demo network: their facts, and prose written for this site.

Facts come from the centres' and municipalities' own public announcements
(award, date, ceremony, who conferred it, project figures). Where a fact is
not known it is left out rather than made up:

* street addresses we could not confirm read "(adres do uzupełnienia)" and
  phone numbers are left empty; e-mail addresses use the reserved
  ``.example`` domain, so nobody writes to a real inbox by mistake;
* project periods known only to the year are given in the project's
  results text and the dates are left empty (the model has no way to say
  "2009" or "ended, date unknown", and an empty end date reads "ongoing");
* stories whose sources name no external award carry the network's own,
  honestly labelled "Dobra praktyka sieci", never an invented external award.

The photos are stand-in graphics (see ``photos.py``); captions say what a
real photo should show, and the credit says it is a demo graphic.
"""

import datetime

from ..choices import CentreKind, Voivodeship
from .network import (
    COORDINATOR,
    MARSHAL,
    MINISTER,
    NETWORK_PRACTICE,
    NETWORK_PRACTICE_NOTE,
    ZAWSZE_POMOCNI,
    minister_title,
)
from .photos import credit_for
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
)

POKL = "Program Operacyjny Kapitał Ludzki 2007–2013"
EFS = "Europejski Fundusz Społeczny"
ADDRESS_TO_CONFIRM = "(adres do uzupełnienia)"


def gallery_photos(centre_title, captions):
    credit = credit_for(centre_title)
    return tuple(
        PhotoSpec(title=f"{centre_title} – {caption}", caption=caption, credit=credit)
        for caption in captions
    )


def gallery(centre_title, photos):
    return GallerySpec(
        slug="galeria",
        title=f"Galeria – {centre_title}",
        intro=(
            f"Zdjęcia z życia ośrodka {centre_title}. W wersji demonstracyjnej zastępują je "
            "grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie."
        ),
        photos=photos,
    )


# --- GOPS Domanice --------------------------------------------------------------

DOMANICE = "GOPS Domanice"
DOMANICE_PHOTOS = gallery_photos(
    DOMANICE,
    (
        "Konferencja w Pałacu Kultury i Nauki, listopad 2014",
        "Spotkanie uczestników projektu „Szansa na lepszą przyszłość”",
        "Warsztaty aktywizacji zawodowej",
        "Zespół ośrodka",
        "Gmina Domanice jesienią",
    ),
)
SZANSA = ProjectSpec(
    name="Szansa na lepszą przyszłość",
    programme=POKL,
    programme_period="2007-2013",
    fund=EFS,
    priority="VII",
    action="7.1",
    sub_action="7.1.1",
    # Only the starting year is known: it goes into the results, not into start_date.
    results=(
        "Projekt prowadzony od 2009 roku. 54 uczestników: 32 osoby bezrobotne "
        "i 22 osoby nieaktywne zawodowo, mieszkańcy gminy Domanice."
    ),
    participants=(("osoby bezrobotne", 32), ("osoby nieaktywne zawodowo", 22)),
)
DOMANICE_CENTRE = CentreSpec(
    slug="gops-domanice",
    title=DOMANICE,
    official_name="Gminny Ośrodek Pomocy Społecznej w Domanicach",
    kind=CentreKind.GOPS,
    commune="Domanice",
    county="siedlecki",
    voivodeship=Voivodeship.MAZOWIECKIE,
    street_address=ADDRESS_TO_CONFIRM,
    postal_code="08-113",
    city="Domanice",
    email="kontakt@gops-domanice.example",
    website="https://www.gops.domanice.eu/",
    intro=(
        "<p>Gminny Ośrodek Pomocy Społecznej w Domanicach pomaga mieszkańcom wiejskiej gminy "
        "Domanice w powiecie siedleckim. Od 2009 roku prowadził projekt „Szansa na lepszą "
        "przyszłość”, współfinansowany z Europejskiego Funduszu Społecznego, w którym "
        "wzięły udział 54 osoby.</p>"
    ),
    projects=(SZANSA,),
    galleries=(gallery(DOMANICE, DOMANICE_PHOTOS),),
    stories=(
        StorySpec(
            slug="zawsze-pomocni-2014",
            title="Wyróżnienie „Zawsze pomocni” 2014 dla GOPS Domanice",
            award=ZAWSZE_POMOCNI,
            date_awarded=datetime.date(2014, 11, 25),
            ceremony_date=datetime.date(2014, 11, 25),
            ceremony_place="Pałac Kultury i Nauki, Warszawa",
            conferred_by=MARSHAL,
            lead=(
                "25 listopada 2014 r., podczas konferencji w Pałacu Kultury i Nauki w Warszawie, "
                "Gminny Ośrodek Pomocy Społecznej w Domanicach odebrał wyróżnienie Marszałka "
                "Województwa Mazowieckiego „Zawsze pomocni”."
            ),
            hero=DOMANICE_PHOTOS[0],
            projects=(SZANSA.name,),
            tags=("aktywna integracja", "EFS", "POKL"),
            body=(
                paragraph(
                    "<p>Wyróżnienie „Zawsze pomocni” przyznaje Marszałek Województwa "
                    "Mazowieckiego, za pośrednictwem Mazowieckiego Centrum Polityki Społecznej, "
                    "jednostkom pomocy społecznej, które wypracowały dobre praktyki w aktywnej "
                    "integracji. W 2014 roku wyróżnienia wręczono podczas konferencji w Pałacu "
                    "Kultury i Nauki w Warszawie. Wśród wyróżnionych znalazł się ośrodek "
                    "z Domanic – niewielkiej gminy wiejskiej w powiecie siedleckim.</p>"
                ),
                heading("Projekt „Szansa na lepszą przyszłość”"),
                paragraph(
                    "<p>Najważniejszym przedsięwzięciem ośrodka w tamtych latach był projekt "
                    "systemowy „Szansa na lepszą przyszłość”, prowadzony od 2009 roku w ramach "
                    "Programu Operacyjnego Kapitał Ludzki (priorytet VII, działanie 7.1, "
                    "poddziałanie 7.1.1) i współfinansowany ze środków Europejskiego Funduszu "
                    "Społecznego.</p>"
                ),
                paragraph(
                    "<p>Do projektu przystąpiły 54 osoby: 32 osoby bezrobotne i 22 osoby "
                    "nieaktywne zawodowo. Projekty poddziałania 7.1.1 łączyły pracę socjalną "
                    "i kontrakt socjalny z tak zwanymi instrumentami aktywnej integracji – "
                    "edukacyjnymi, zawodowymi, społecznymi i zdrowotnymi – dobieranymi do "
                    "potrzeb każdego uczestnika.</p>"
                ),
                key_figures(
                    "Uczestnicy projektu",
                    (
                        (54, "uczestników łącznie"),
                        (32, "osoby bezrobotne"),
                        (22, "osoby nieaktywne zawodowo"),
                    ),
                ),
                image(DOMANICE_PHOTOS[1], DOMANICE_PHOTOS[1].caption),
                paragraph(
                    "<p>Dla małego, wiejskiego ośrodka wyróżnienie wojewódzkie to potwierdzenie, "
                    "że cierpliwa praca z każdym mieszkańcem z osobna jest widoczna także daleko "
                    "poza gminą.</p>"
                ),
            ),
        ),
    ),
)

# --- OPS Marki ------------------------------------------------------------------

MARKI = "OPS Marki"
MARKI_PHOTOS = gallery_photos(
    MARKI,
    (
        "Gala Dnia Pracownika Socjalnego, listopad 2018",
        "Konferencja o pieczy zastępczej, 7 listopada 2018",
        "Marecki Punkt Pomocy Dziecku i Rodzinie",
        "Mieszkanie chronione dla rodzin w kryzysie",
        "Spotkanie rodzin wspierających",
        "Zespół ośrodka",
    ),
)
ODZYSKAC_DZIECKO = ProjectSpec(
    name="Odzyskać Dziecko",
    programme="Autorski program Ośrodka Pomocy Społecznej w Markach",
    results=(
        "Program dla rodziców, których dzieci umieszczono w pieczy zastępczej. "
        "W ciągu pierwszych półtora roku, do listopada 2018 r., sześcioro dzieci "
        "wróciło do rodzin biologicznych."
    ),
)
MARKI_CENTRE = CentreSpec(
    slug="ops-marki",
    title=MARKI,
    official_name="Ośrodek Pomocy Społecznej w Markach",
    kind=CentreKind.OPS,
    commune="Marki",
    county="wołomiński",
    voivodeship=Voivodeship.MAZOWIECKIE,
    street_address=ADDRESS_TO_CONFIRM,
    postal_code="05-270",
    city="Marki",
    email="kontakt@ops-marki.example",
    website="http://opsmarki.pl/",
    intro=(
        "<p>Ośrodek Pomocy Społecznej w Markach pracuje z rodzinami z miasta Marki w powiecie "
        "wołomińskim. W listopadzie 2018 roku jego praca na rzecz dziecka i rodziny została "
        "doceniona dwa razy: wyróżnieniem „Zawsze pomocni” i nagrodą specjalną Ministra.</p>"
    ),
    projects=(ODZYSKAC_DZIECKO,),
    galleries=(gallery(MARKI, MARKI_PHOTOS),),
    stories=(
        StorySpec(
            slug="nagroda-specjalna-ministra-2018",
            title="Nagroda specjalna Ministra 2018 dla OPS Marki",
            award=MINISTER,
            date_awarded=datetime.date(2018, 11, 21),
            ceremony_date=datetime.date(2018, 11, 21),
            conferred_by=minister_title(2018),
            lead=(
                "W Dniu Pracownika Socjalnego, 21 listopada 2018 r., Ośrodek Pomocy Społecznej "
                "w Markach otrzymał nagrodę specjalną Ministra Rodziny, Pracy i Polityki "
                "Społecznej za wybitne i nowatorskie rozwiązania w pomocy społecznej."
            ),
            hero=MARKI_PHOTOS[0],
            projects=(ODZYSKAC_DZIECKO.name,),
            tags=("rodzina", "piecza zastępcza", "mieszkanie chronione"),
            body=(
                paragraph(
                    "<p>Nagrody specjalne ministra właściwego do spraw zabezpieczenia społecznego "
                    "przyznawane są co roku 21 listopada, w Dniu Pracownika Socjalnego. Wniosek "
                    "o nagrodę dla mareckiego ośrodka złożył burmistrz Marek, a kandydaturę "
                    "pozytywnie zaopiniowała Rada Pomocy Społecznej działająca przy "
                    "ministrze.</p>"
                ),
                heading("Co zostało docenione"),
                paragraph(
                    "<p>W ciągu kilku lat ośrodek zbudował w mieście sieć usług dla rodzin "
                    "w kryzysie:</p><ul>"
                    "<li><b>Marecki Punkt Pomocy Dziecku i Rodzinie</b> – specjalistyczne "
                    "poradnictwo na poziomie gminy: pomoc psychologiczna, terapeutyczna "
                    "i terapia rodzinna;</li>"
                    "<li><b>mieszkanie chronione</b> dla rodzin w kryzysie – pierwsze i jedyne "
                    "w powiecie wołomińskim;</li>"
                    "<li><b>dwie rodziny wspierające</b>, które pomagają innym rodzinom "
                    "w codziennych sprawach;</li>"
                    "<li>autorski program <b>„Odzyskać Dziecko”</b> dla rodziców, których dzieci "
                    "trafiły do pieczy zastępczej.</li></ul>"
                ),
                key_figures(
                    "Efekty do listopada 2018",
                    (
                        (6, "dzieci wróciło do rodzin biologicznych"),
                        (2, "rodziny wspierające"),
                        (1, "mieszkanie chronione dla rodzin"),
                    ),
                ),
                image(MARKI_PHOTOS[2], MARKI_PHOTOS[2].caption),
                heading("Standard usług w gminie", level="h3"),
                paragraph(
                    "<p>Ośrodek pilotażowo wdrażał także „Model realizacji usług o określonym "
                    "standardzie w gminie”. W tym modelu obok świadczeń pieniężnych równie ważna "
                    "jest praca z rodziną: wsparcie psychologiczne, prawne i socjalne. "
                    "Doświadczeniami ośrodek dzielił się z innymi, przyjmując ich pracowników "
                    "na wizytach studyjnych.</p>"
                ),
            ),
        ),
        StorySpec(
            slug="zawsze-pomocni-2018",
            title="Wyróżnienie „Zawsze pomocni” 2018 dla OPS Marki",
            award=ZAWSZE_POMOCNI,
            date_awarded=datetime.date(2018, 11, 7),
            ceremony_date=datetime.date(2018, 11, 7),
            conferred_by=MARSHAL,
            lead=(
                "7 listopada 2018 r. Ośrodek Pomocy Społecznej w Markach otrzymał wyróżnienie "
                "Marszałka Województwa Mazowieckiego „Zawsze pomocni” za działania na rzecz "
                "dziecka i rodziny."
            ),
            hero=MARKI_PHOTOS[1],
            projects=(ODZYSKAC_DZIECKO.name,),
            tags=("rodzina", "piecza zastępcza"),
            body=(
                paragraph(
                    "<p>Wyróżnienie wręczono podczas konferencji „Skuteczność pieczy zastępczej "
                    "– wsparcie dziecka i rodziny, zaangażowanie gmin i powiatów województwa "
                    "mazowieckiego”, połączonej z obchodami Dnia Pracownika Socjalnego. "
                    "Doceniono zespół, który stawia na usługi dostępne na miejscu, w gminie – "
                    "tak, by dzieci nie musiały opuszczać swoich domów.</p>"
                ),
                heading("Mniej dzieci w pieczy zastępczej"),
                paragraph(
                    "<p>Celem ośrodka jest ograniczanie umieszczania dzieci w pieczy zastępczej. "
                    "Służy temu program „Odzyskać Dziecko”, skierowany do rodziców, których "
                    "dzieci przebywają poza domem, oraz mieszkanie chronione, w którym rodzina "
                    "w kryzysie może przez pewien czas mieszkać i z pomocą specjalistów "
                    "odbudować swoje życie.</p>"
                ),
                key_figures(
                    "Program „Odzyskać Dziecko”",
                    (
                        (6, "dzieci wróciło do rodzin biologicznych"),
                        ("1,5 roku", "działania programu do dnia wyróżnienia"),
                    ),
                ),
                image(MARKI_PHOTOS[3], MARKI_PHOTOS[3].caption),
                paragraph(
                    "<p>Dwa tygodnie później ośrodek otrzymał także nagrodę specjalną Ministra "
                    "Rodziny, Pracy i Polityki Społecznej – o niej opowiadamy w osobnej "
                    "historii.</p>"
                ),
            ),
        ),
    ),
)

# --- MOPS Jasło -----------------------------------------------------------------

JASLO = "MOPS Jasło"
JASLO_PHOTOS = gallery_photos(
    JASLO,
    (
        "Gala w Pałacu Prezydenckim, 21 listopada 2014",
        "Uczestnicy projektu „Czas na aktywność w Jaśle”",
        "Wolontariusze ośrodka",
        "Asystentka rodziny w pracy",
        "Akcja dla mieszkańców Jasła",
    ),
)
CZAS_NA_AKTYWNOSC = ProjectSpec(
    name="Czas na aktywność w Jaśle",
    programme=POKL,
    programme_period="2007-2013",
    fund=EFS,
    priority="VII",
    action="7.1",
    sub_action="7.1.1",
    # Only the starting year is known: it goes into the results, not into start_date.
    results="Projekt aktywnej integracji mieszkańców Jasła, prowadzony od 2010 roku.",
)
JASLO_CENTRE = CentreSpec(
    slug="mops-jaslo",
    title=JASLO,
    official_name="Miejski Ośrodek Pomocy Społecznej w Jaśle",
    kind=CentreKind.MOPS,
    commune="Jasło",
    county="jasielski",
    voivodeship=Voivodeship.PODKARPACKIE,
    street_address="ul. Szkolna 25",
    postal_code="38-200",
    city="Jasło",
    phone="13 446 71 30",
    email="kontakt@mops-jaslo.example",
    website="https://mopsjaslo.pl/",
    intro=(
        "<p>Miejski Ośrodek Pomocy Społecznej w Jaśle łączy pomoc dla każdej rodziny z osobna "
        "z ożywianiem całej społeczności: prowadzi projekty aktywnej integracji, rozwija "
        "wolontariat i pracę asystentów rodziny.</p>"
    ),
    projects=(CZAS_NA_AKTYWNOSC,),
    galleries=(gallery(JASLO, JASLO_PHOTOS),),
    stories=(
        StorySpec(
            slug="nagroda-specjalna-ministra-2014",
            title="Nagroda specjalna Ministra 2014 dla MOPS w Jaśle",
            award=MINISTER,
            date_awarded=datetime.date(2014, 11, 21),
            ceremony_date=datetime.date(2014, 11, 21),
            ceremony_place="Pałac Prezydencki, Warszawa",
            conferred_by=minister_title(2014),
            lead=(
                "21 listopada 2014 r. Miejski Ośrodek Pomocy Społecznej w Jaśle otrzymał "
                "zespołową nagrodę specjalną Ministra Pracy i Polityki Społecznej. Nagrody "
                "wręczono podczas gali w Pałacu Prezydenckim w Warszawie."
            ),
            hero=JASLO_PHOTOS[0],
            projects=(CZAS_NA_AKTYWNOSC.name,),
            tags=("aktywna integracja", "wolontariat", "asystent rodziny"),
            body=(
                paragraph(
                    "<p>Nagrody specjalne za wybitne osiągnięcia i nowatorskie rozwiązania "
                    "w pomocy społecznej minister przyznaje co roku w Dniu Pracownika "
                    "Socjalnego, w kategorii indywidualnej i zespołowej. W 2014 roku przyznano "
                    "13 nagród – 7 indywidualnych i 6 zespołowych. Jedna z nagród zespołowych "
                    "trafiła do Jasła.</p>"
                ),
                quote(
                    "Za wieloaspektowe podejście do beneficjentów pomocy społecznej, aktywizację "
                    "społeczności lokalnej w ramach integracji środowisk oraz nowatorskie "
                    "rozwiązania w pracy z klientem indywidualnym.",
                    "uzasadnienie nagrody zespołowej, 2014",
                ),
                heading("Aktywność, wolontariat, asystenci rodziny"),
                paragraph(
                    "<p>Od 2010 roku ośrodek realizował projekt „Czas na aktywność w Jaśle”, "
                    "współfinansowany z Europejskiego Funduszu Społecznego w ramach Programu "
                    "Operacyjnego Kapitał Ludzki (poddziałanie 7.1.1). Od 2013 roku rozwija "
                    "wolontariat, dzięki któremu mieszkańcy sami włączają się w pomoc innym, "
                    "a asystenci rodziny towarzyszą rodzinom w codziennych sprawach "
                    "i w wychowaniu dzieci.</p>"
                ),
                key_figures(
                    "Nagrody specjalne Ministra w 2014 roku",
                    (
                        (13, "nagród łącznie"),
                        (6, "nagród zespołowych"),
                        (7, "nagród indywidualnych"),
                    ),
                ),
                image(JASLO_PHOTOS[2], JASLO_PHOTOS[2].caption),
                paragraph(
                    "<p>Ośrodek blisko współpracuje z organizacjami pozarządowymi z Jasła, "
                    "które prowadzą zadania z zakresu pomocy społecznej, i organizuje wiele "
                    "akcji dla mieszkańców miasta.</p>"
                ),
            ),
        ),
    ),
)

# --- MOPS Szklarska Poręba ------------------------------------------------------

SZKLARSKA = "MOPS Szklarska Poręba"
SZKLARSKA_PHOTOS = gallery_photos(
    SZKLARSKA,
    (
        "Szkolenie edukatorów w Warszawie",
        "Wizyta studyjna w Leeds, wrzesień 2012",
        "Spotkanie ze społecznością lokalną",
        "Siedziba ośrodka przy ul. Jedności Narodowej",
    ),
)
STANDARDY = ProjectSpec(
    name="Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej",
    programme=POKL,
    programme_period="2007-2013",
    fund=EFS,
    priority="I",
    action="1.2",
    results=(
        "Ogólnopolski projekt systemowy zainicjowany przez Departament Pomocy i Integracji "
        "Społecznej Ministerstwa Pracy i Polityki Społecznej, realizowany w partnerstwie "
        "publiczno-społecznym. MOPS w Szklarskiej Porębie był jednym z 21 edukatorów projektu "
        "w latach 2011–2012."
    ),
)
SZKLARSKA_CENTRE = CentreSpec(
    slug="mops-szklarska-poreba",
    title=SZKLARSKA,
    official_name="Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie",
    kind=CentreKind.MOPS,
    commune="Szklarska Poręba",
    county="jeleniogórski",
    voivodeship=Voivodeship.DOLNOSLASKIE,
    street_address="ul. Jedności Narodowej 11",
    postal_code="58-580",
    city="Szklarska Poręba",
    email="kontakt@mops-szklarska-poreba.example",
    website="http://mops.szklarskaporeba.pl/",
    intro=(
        "<p>Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie pracuje ze społecznością "
        "górskiego miasta w powiecie jeleniogórskim. W latach 2011–2012 był jednym z 21 "
        "edukatorów ogólnopolskiego projektu „Tworzenie i rozwijanie standardów usług pomocy "
        "i integracji społecznej”.</p>"
    ),
    projects=(STANDARDY,),
    galleries=(gallery(SZKLARSKA, SZKLARSKA_PHOTOS),),
    stories=(
        StorySpec(
            slug="edukator-standardow-uslug-2012",
            title="Edukator standardów usług – dobra praktyka MOPS Szklarska Poręba",
            award=NETWORK_PRACTICE,
            date_awarded=datetime.date(2012, 11, 30),
            conferred_by=COORDINATOR,
            lead=(
                "W latach 2011–2012 ośrodek ze Szklarskiej Poręby był jednym z 21 edukatorów "
                "ogólnopolskiego projektu „Tworzenie i rozwijanie standardów usług pomocy "
                "i integracji społecznej”. Sieć wyróżnia to doświadczenie jako dobrą praktykę."
            ),
            hero=SZKLARSKA_PHOTOS[0],
            projects=(STANDARDY.name,),
            tags=("standardy usług", "EFS", "wizyta studyjna"),
            body=(
                NETWORK_PRACTICE_NOTE,
                paragraph(
                    "<p>Projekt „Tworzenie i rozwijanie standardów usług pomocy i integracji "
                    "społecznej” zainicjował Departament Pomocy i Integracji Społecznej "
                    "Ministerstwa Pracy i Polityki Społecznej. Realizowało go partnerstwo "
                    "publiczno-społeczne, a współfinansowała Unia Europejska ze środków "
                    "Europejskiego Funduszu Społecznego. Jego celem było opracowanie, "
                    "przetestowanie i wdrożenie standardów usług i instytucji pomocy "
                    "społecznej.</p>"
                ),
                heading("Jeden z 21 edukatorów"),
                paragraph(
                    "<p>Ośrodek zgłosił się do projektu z opisem swojej dotychczasowej pracy ze "
                    "społecznością lokalną i znalazł się w gronie 21 edukatorów – obok "
                    "instytucji z dużych miast, takich jak Wrocław, Warszawa, Poznań, Katowice "
                    "i Gdynia. Od marca 2011 do listopada 2012 roku przedstawicielki ośrodka "
                    "uczestniczyły w cyklu trzydniowych szkoleń w Warszawie, a w pracy na "
                    "miejscu wspierał je mentor.</p>"
                ),
                key_figures(
                    "Udział w projekcie",
                    (
                        (21, "edukatorów z całej Polski"),
                        (11, "trzydniowych szkoleń w Warszawie"),
                        ("2011–2012", "lata udziału ośrodka"),
                    ),
                ),
                heading("Wizyta studyjna w Leeds", level="h3"),
                paragraph(
                    "<p>We wrześniu 2012 roku przedstawicielki ośrodka wzięły udział w wizycie "
                    "studyjnej w Leeds w Wielkiej Brytanii, gdzie poznawały, jak tamtejsze "
                    "instytucje organizują usługi społeczne i pracę ze społecznością.</p>"
                ),
                image(SZKLARSKA_PHOTOS[1], SZKLARSKA_PHOTOS[1].caption),
            ),
        ),
    ),
)

# --- OPS Chocianów --------------------------------------------------------------

CHOCIANOW = "OPS Chocianów"
CHOCIANOW_PHOTOS = gallery_photos(
    CHOCIANOW,
    (
        "Uczestnicy projektu „Dziś aktywność – jutro niezależność”",
        "Zajęcia z doradcą zawodowym",
        "Warsztaty umiejętności społecznych",
        "Podsumowanie projektu, grudzień 2012",
    ),
)
DZIS_AKTYWNOSC = ProjectSpec(
    name="Dziś aktywność – jutro niezależność",
    programme=POKL,
    programme_period="2007-2013",
    fund=EFS,
    priority="VII",
    action="7.1",
    sub_action="7.1.1",
    start_date=datetime.date(2012, 4, 1),
    end_date=datetime.date(2012, 12, 31),
    results="8 uczestników, mieszkańców gminy Chocianów.",
    participants=(("uczestnicy projektu", 8),),
)
CHOCIANOW_CENTRE = CentreSpec(
    slug="ops-chocianow",
    title=CHOCIANOW,
    official_name="Ośrodek Pomocy Społecznej w Chocianowie",
    kind=CentreKind.OPS,
    commune="Chocianów",
    county="polkowicki",
    voivodeship=Voivodeship.DOLNOSLASKIE,
    street_address=ADDRESS_TO_CONFIRM,
    postal_code="59-140",
    city="Chocianów",
    email="kontakt@ops-chocianow.example",
    intro=(
        "<p>Ośrodek Pomocy Społecznej w Chocianowie wspiera mieszkańców miejsko-wiejskiej gminy "
        "Chocianów w powiecie polkowickim. W 2012 roku prowadził projekt aktywnej integracji "
        "„Dziś aktywność – jutro niezależność”.</p>"
    ),
    projects=(DZIS_AKTYWNOSC,),
    galleries=(gallery(CHOCIANOW, CHOCIANOW_PHOTOS),),
    stories=(
        StorySpec(
            slug="dzis-aktywnosc-jutro-niezaleznosc-2012",
            title="„Dziś aktywność – jutro niezależność” – dobra praktyka OPS Chocianów",
            award=NETWORK_PRACTICE,
            date_awarded=datetime.date(2012, 12, 31),
            conferred_by=COORDINATOR,
            lead=(
                "Od 1 kwietnia do 31 grudnia 2012 r. ośrodek w Chocianowie prowadził projekt "
                "„Dziś aktywność – jutro niezależność”, współfinansowany z Europejskiego "
                "Funduszu Społecznego. Sieć wyróżnia go jako dobrą praktykę małego, dobrze "
                "zaplanowanego projektu."
            ),
            hero=CHOCIANOW_PHOTOS[0],
            projects=(DZIS_AKTYWNOSC.name,),
            tags=("aktywna integracja", "EFS", "POKL"),
            body=(
                NETWORK_PRACTICE_NOTE,
                paragraph(
                    "<p>Projekt realizowano w ramach Programu Operacyjnego Kapitał Ludzki, "
                    "w poddziałaniu 7.1.1 „Rozwój i upowszechnianie aktywnej integracji przez "
                    "ośrodki pomocy społecznej”. Wzięło w nim udział 8 osób.</p>"
                ),
                heading("Mała grupa, indywidualne wsparcie"),
                paragraph(
                    "<p>Dziewięć miesięcy i ośmioro uczestników – to skala, przy której "
                    "pracownik socjalny zna każdą osobę i może dobrać wsparcie do jej sytuacji. "
                    "Projekty tego typu łączyły kontrakt socjalny z instrumentami aktywizacji "
                    "edukacyjnej, zawodowej i społecznej.</p>"
                ),
                key_figures(
                    "Projekt w liczbach",
                    ((8, "uczestników"), (9, "miesięcy realizacji (IV–XII 2012)")),
                ),
                image(CHOCIANOW_PHOTOS[1], CHOCIANOW_PHOTOS[1].caption),
            ),
        ),
    ),
)

REAL_CENTRES = (
    DOMANICE_CENTRE,
    MARKI_CENTRE,
    JASLO_CENTRE,
    SZKLARSKA_CENTRE,
    CHOCIANOW_CENTRE,
)

# A draft that the Domanice editor has submitted for approval when the demo
# loads, so that the reviewer finds something waiting. Marked as a demo draft:
# it describes no real award.
PENDING_STORY = StorySpec(
    slug="wolontariat-2015-szkic",
    title="Wolontariusze GOPS Domanice (szkic demonstracyjny)",
    award=NETWORK_PRACTICE,
    date_awarded=datetime.date(2015, 12, 5),
    conferred_by="Koordynator sieci „Zawsze pomocni”",
    lead=(
        "Szkic demonstracyjny: redaktor ośrodka przesłał go do zatwierdzenia. Regionalny "
        "recenzent może go zatwierdzić (strona zostanie opublikowana) albo odesłać do poprawy "
        "z komentarzem."
    ),
    body=(
        paragraph(
            "<p>Ta historia jest przykładem zgłoszenia czekającego na akceptację ośrodka "
            "regionalnego. Nie opisuje prawdziwego wyróżnienia.</p>"
        ),
    ),
)
