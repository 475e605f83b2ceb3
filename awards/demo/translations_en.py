# ruff: noqa: E501 -- the keys are whole Polish source strings and must stay verbatim.
"""English texts of the demo network's real content, for wagtail-localize.

``STRINGS`` maps a Polish source string to its English translation. The
loader puts these into wagtail-localize's translation memory and publishes
the English versions of the network home, the award index, the four prose
pages, the five real centres with their stories and galleries, the three
awards and the real centres' projects. The generated, fictional centres and
the pending demo draft are not translated.

The keys must match, character for character, the source strings that
wagtail-localize extracts (``StringSegment.string.data``): rich-text
paragraphs arrive as HTML-ish strings with their inline tags (``<b>``,
``<br/>``, ``<a id="a1">``), and the translation keeps the same tags in the
same places. A key that does not match is silently useless, so after changing
any Polish demo text, re-extract the strings and update both this module and
``translations_uk``. Slugs map to themselves: addresses stay the same in every
language. Polish names of institutions, places and projects are kept, with an
English gloss in parentheses on their first mention in prose.

A few entries are for strings that are not extracted at the moment but will
be once stored as translatable segments (the labels of key figures, the
photo credits); they do no harm until then.
"""

STRINGS = {
    # --- Awards (snippets) -------------------------------------------------------
    "Zawsze pomocni": "Zawsze pomocni",
    "Marszałek Województwa Mazowieckiego, za pośrednictwem Mazowieckiego Centrum Polityki Społecznej": (
        "The Marshal of the Mazowieckie Voivodeship, through the Mazowieckie Centrum "
        "Polityki Społecznej (Mazovian Centre for Social Policy)"
    ),
    "Wyróżnienie Marszałka Województwa Mazowieckiego dla jednostek pomocy społecznej z Mazowsza, które wypracowały dobre praktyki – w aktywnej integracji, we wspieraniu rodziny i dziecka. Przyznawane za pośrednictwem Mazowieckiego Centrum Polityki Społecznej, zwykle jesienią, przy okazji obchodów Dnia Pracownika Socjalnego.": (
        "A distinction from the Marshal of the Mazowieckie Voivodeship for social-welfare "
        "units in Mazovia that have developed good practice – in active integration and in "
        "supporting families and children. It is conferred through the Mazowieckie Centrum "
        "Polityki Społecznej (Mazovian Centre for Social Policy), usually in the autumn, "
        "during the celebrations of Social Workers' Day."
    ),
    "Nagroda specjalna Ministra": "Minister's Special Award",
    "Minister właściwy do spraw zabezpieczenia społecznego": (
        "The minister responsible for social security"
    ),
    "Nagroda specjalna za wybitne, nowatorskie rozwiązania w pomocy społecznej, przyznawana co roku 21 listopada, w Dniu Pracownika Socjalnego – w kategorii zespołowej (ośrodkom i innym jednostkom) i indywidualnej (pracownikom socjalnym). Nazwa urzędu ministra zmieniała się; w historiach podajemy tę z dnia nagrody.": (
        "A special award for outstanding, innovative solutions in social welfare, given "
        "every year on 21 November, Social Workers' Day – in a team category (to centres "
        "and other units) and an individual category (to social workers). The name of the "
        "minister's office has changed over the years; in the stories we give the name in "
        "use on the day of the award."
    ),
    "Dobra praktyka sieci": "Network good practice",
    "Koordynator sieci „Zawsze pomocni”": "Coordinator of the “Zawsze pomocni” network",
    "Wyróżnienie wewnętrzne sieci „Zawsze pomocni”, nie nagroda zewnętrzna: regionalny koordynator sieci oznacza nim dobre praktyki ośrodków członkowskich, by inni mogli z nich korzystać. Datą wyróżnienia jest dzień zakończenia opisanej praktyki.": (
        "An internal distinction of the “Zawsze pomocni” (“Always helpful”) network, not an "
        "external award: the network's regional coordinator uses it to mark good practice "
        "of member centres so that others can learn from it. The date of the distinction is "
        "the day the practice described ended."
    ),
    # --- Projects (snippets) -----------------------------------------------------
    "Szansa na lepszą przyszłość": "Szansa na lepszą przyszłość",
    "Program Operacyjny Kapitał Ludzki 2007–2013": (
        "Program Operacyjny Kapitał Ludzki 2007–2013 (Human Capital Operational Programme)"
    ),
    "Europejski Fundusz Społeczny": "European Social Fund",
    "osoby bezrobotne": "unemployed people",
    "osoby nieaktywne zawodowo": "economically inactive people",
    "Projekt prowadzony od 2009 roku. 54 uczestników: 32 osoby bezrobotne i 22 osoby nieaktywne zawodowo, mieszkańcy gminy Domanice.": (
        "A project run since 2009. 54 participants: 32 unemployed and 22 economically "
        "inactive people, all residents of the commune of Domanice."
    ),
    "Odzyskać Dziecko": "Odzyskać Dziecko",
    "Autorski program Ośrodka Pomocy Społecznej w Markach": (
        "A programme designed by the Ośrodek Pomocy Społecznej w Markach "
        "(social-welfare centre in Marki)"
    ),
    "Program dla rodziców, których dzieci umieszczono w pieczy zastępczej. W ciągu pierwszych półtora roku, do listopada 2018 r., sześcioro dzieci wróciło do rodzin biologicznych.": (
        "A programme for parents whose children have been placed in foster care. In its "
        "first year and a half, up to November 2018, six children returned to their birth "
        "families."
    ),
    "Czas na aktywność w Jaśle": "Czas na aktywność w Jaśle",
    "Projekt aktywnej integracji mieszkańców Jasła, prowadzony od 2010 roku.": (
        "An active integration project for the residents of Jasło, run since 2010."
    ),
    "Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej": (
        "Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej"
    ),
    "Ogólnopolski projekt systemowy zainicjowany przez Departament Pomocy i Integracji Społecznej Ministerstwa Pracy i Polityki Społecznej, realizowany w partnerstwie publiczno-społecznym. MOPS w Szklarskiej Porębie był jednym z 21 edukatorów projektu w latach 2011–2012.": (
        "A nationwide system project initiated by the Department of Social Assistance and "
        "Integration of the Ministry of Labour and Social Policy and carried out by a "
        "public–civic partnership. MOPS Szklarska Poręba was one of the project's 21 "
        "educators in 2011–2012."
    ),
    "Dziś aktywność – jutro niezależność": "Dziś aktywność – jutro niezależność",
    "uczestnicy projektu": "project participants",
    "8 uczestników, mieszkańców gminy Chocianów.": (
        "8 participants, residents of the commune of Chocianów."
    ),
    # --- Network home ------------------------------------------------------------
    "zawsze-pomocni": "zawsze-pomocni",
    "Historie nagród ośrodków pomocy społecznej: wyróżnienie „Zawsze pomocni”, nagroda specjalna Ministra i dobre praktyki sieci.": (
        "Award stories of social-welfare centres: the “Zawsze pomocni” distinction, the "
        "Minister's Special Award and the network's good practice."
    ),
    "Ośrodki pomocy społecznej z różnych stron Polski opowiadają tu o nagrodach, które otrzymały – o wyróżnieniu <b>„Zawsze pomocni”</b>, o nagrodzie specjalnej Ministra i o dobrych praktykach sieci – oraz o codziennej pracy, która za nimi stoi.": (
        "Social-welfare centres from all over Poland tell here about the awards they have "
        "received – the <b>“Zawsze pomocni” (“Always helpful”)</b> distinction, the "
        "Minister's Special Award and the network's good practice – and about the everyday "
        "work behind them."
    ),
    # --- Award index -------------------------------------------------------------
    "Nagrody": "Awards",
    "nagrody": "nagrody",
    "Wszystkie historie nagród w sieci w jednym miejscu. Zawęź listę według nagrody, roku, ośrodka albo województwa.": (
        "All the award stories of the network in one place. Narrow the list by award, year, "
        "centre or voivodeship."
    ),
    # --- O sieci -----------------------------------------------------------------
    "O sieci": "About the network",
    "o-sieci": "o-sieci",
    "„Zawsze pomocni” to sieć ośrodków pomocy społecznej, które opowiadają o swoich nagrodach i dzielą się dobrymi praktykami.": (
        "“Zawsze pomocni” (“Always helpful”) is a network of social-welfare centres that "
        "tell the stories of their awards and share good practice."
    ),
    "Do sieci należą gminne i miejskie ośrodki pomocy społecznej (GOPS, MOPS, OPS), miejskie ośrodki pomocy rodzinie (MOPR) i powiatowe centra pomocy rodzinie (PCPR). Każdy ośrodek ma tu swoją stronę, historie nagród i galerie zdjęć.": (
        "The network's members are commune and town social-welfare centres (GOPS, MOPS, "
        "OPS), city family-support centres (MOPR) and county family-support centres (PCPR). "
        "Each centre has its own page here, with its award stories and photo galleries."
    ),
    "Jak powstają historie": "How the stories are written",
    "Historie piszą pracownicy ośrodków. Zanim tekst zostanie opublikowany, sprawdza go regionalny koordynator sieci. Fakty – nagroda, data, miejsce uroczystości, projekt i jego uczestnicy – zapisujemy osobno od opowieści, dzięki czemu historie można przeglądać według nagrody, roku, ośrodka i województwa.": (
        "The stories are written by the centres' staff. Before a text is published, the "
        "network's regional coordinator checks it. The facts – the award, the date, the "
        "place of the ceremony, the project and its participants – are recorded separately "
        "from the story, so the stories can be browsed by award, year, centre and "
        "voivodeship."
    ),
    "Dane demonstracyjne": "Demonstration data",
    "Ta instalacja zawiera dane demonstracyjne. Pięć ośrodków – z Domanic, Marek, Jasła, Szklarskiej Poręby i Chocianowa – opisujemy na podstawie publicznie dostępnych informacji; ich zdjęcia zastępują grafiki demonstracyjne. Pozostałe ośrodki i ich historie są fikcyjne i zostały wygenerowane automatycznie, co zaznaczamy w każdej z nich.": (
        "This installation contains demonstration data. Five centres – in Domanice, Marki, "
        "Jasło, Szklarska Poręba and Chocianów – are described on the basis of publicly "
        "available information; their photos are replaced by demonstration graphics. The "
        "other centres and their stories are fictional and were generated automatically, "
        "which we state in each of them."
    ),
    # --- Deklaracja dostępności --------------------------------------------------
    "Mazowieckie Centrum Polityki Społecznej": "Mazowieckie Centrum Polityki Społecznej (Masovian Centre for Social Policy)",
    "Zdjęcia demonstracyjne mają ogólne opisy alternatywne.": "The demonstration photos have generic alternative texts.",
    "To wersja demonstracyjna serwisu.": "This is a demonstration version of the site.",
    "Opis każdego zdjęcia jest w jego podpisie.": "Each photo is described in its caption.",
    "Siedziba koordynatora sieci przy ul. Grzybowskiej 80/82 w Warszawie ma wejście bez progów i windę. Można wejść z psem asystującym.": "The network coordinator's office at ul. Grzybowska 80/82 in Warsaw has a step-free entrance and a lift. Assistance dogs are welcome.",
    "Deklaracja dostępności": "Accessibility statement",
    "deklaracja-dostepnosci": "deklaracja-dostepnosci",
    "Sieć „Zawsze pomocni” zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.": (
        "The “Zawsze pomocni” (“Always helpful”) network is committed to making its website "
        "accessible in accordance with the Act of 4 April 2019 on the digital accessibility "
        "of websites and mobile applications of public bodies."
    ),
    "Status pod względem zgodności": "Compliance status",
    "Strona jest projektowana tak, by spełniała wymagania WCAG 2.1 na poziomie AA. To wersja demonstracyjna serwisu: deklarację należy uzupełnić o datę publikacji strony, datę ostatniej aktualizacji i wyniki oceny dostępności przed uruchomieniem serwisu.": (
        "The website is designed to meet the requirements of WCAG 2.1 at level AA. This is "
        "a demonstration version of the site: before the site goes live, the statement must "
        "be completed with the website's publication date, the date of its last update and "
        "the results of an accessibility assessment."
    ),
    "Ułatwienia": "Accessibility features",
    "Stronę można obsługiwać w całości z klawiatury.": (
        "The whole website can be used with a keyboard alone."
    ),
    "Każde zdjęcie ma tekst alternatywny i podpis z informacją o autorze.": (
        "Every photo has alternative text and a caption that names its author."
    ),
    "Treść jest dostępna w języku polskim, angielskim i ukraińskim.": (
        "The content is available in Polish, English and Ukrainian."
    ),
    "Informacje zwrotne i dane kontaktowe": "Feedback and contact information",
    "Błędy w dostępności i prośby o udostępnienie treści w innej formie prosimy zgłaszać na adres kontakt@zawszepomocni.example. Odpowiemy niezwłocznie, nie później niż w ciągu 7 dni. Jeśli odpowiedź nie będzie satysfakcjonująca, można złożyć skargę, a następnie zwrócić się do Rzecznika Praw Obywatelskich.": (
        "Please report accessibility problems and requests for content in another form to "
        "kontakt@zawszepomocni.example. We will reply promptly, within 7 days at the latest. "
        "If the reply is not satisfactory, you can file a complaint and then turn to the "
        "Rzecznik Praw Obywatelskich (Commissioner for Human Rights)."
    ),
    # --- Polityka prywatności ----------------------------------------------------
    "Polityka prywatności": "Privacy policy",
    "polityka-prywatnosci": "polityka-prywatnosci",
    "Jak serwis „Zawsze pomocni” obchodzi się z danymi osób, które go odwiedzają.": (
        "How the “Zawsze pomocni” (“Always helpful”) website handles the data of the people "
        "who visit it."
    ),
    "Administrator": "Data controller",
    "Administratorem danych jest regionalny koordynator sieci „Zawsze pomocni” (dane demonstracyjne; adres podajemy na stronie Kontakt).": (
        "The data controller is the regional coordinator of the “Zawsze pomocni” network "
        "(demonstration data; the address is given on the Contact page)."
    ),
    "Pliki cookie": "Cookies",
    "Serwis używa wyłącznie plików cookie niezbędnych do działania: do zapamiętania wybranego języka oraz – dla redaktorów – do logowania i ochrony formularzy. Nie używamy plików cookie reklamowych ani analitycznych.": (
        "The website uses only the cookies it needs to work: to remember the language you "
        "have chosen and – for editors – to sign in and to protect forms. We do not use "
        "advertising or analytics cookies."
    ),
    "Zdjęcia i historie": "Photos and stories",
    "Ośrodki publikują zdjęcia osób tylko za ich zgodą. Jeśli chcesz, by zdjęcie z Twoim wizerunkiem zostało usunięte, napisz do nas – usuniemy je niezwłocznie.": (
        "The centres publish photos of people only with their consent. If you would like a "
        "photo showing you to be removed, write to us and we will remove it without delay."
    ),
    # --- Kontakt -----------------------------------------------------------------
    "Kontakt": "Contact",
    "kontakt": "kontakt",
    "Regionalny koordynator sieci „Zawsze pomocni” (dane demonstracyjne).": (
        "The regional coordinator of the “Zawsze pomocni” (“Always helpful”) network "
        "(demonstration data)."
    ),
    "Koordynator sieci „Zawsze pomocni”<br/>Mazowieckie Centrum Polityki Społecznej<br/>ul. Grzybowska 80/82, 00-844 Warszawa": (
        "Coordinator of the “Zawsze pomocni” network<br/>Mazowieckie Centrum Polityki "
        "Społecznej (Mazovian Centre for Social Policy)<br/>ul. Grzybowska 80/82, 00-844 "
        "Warszawa"
    ),
    "E-mail: kontakt@zawszepomocni.example<br/>Telefon: +48 22 000 00 00": (
        "Email: kontakt@zawszepomocni.example<br/>Phone: +48 22 000 00 00"
    ),
    "W sprawach konkretnego ośrodka najlepiej skontaktować się z nim bezpośrednio – dane kontaktowe znajdziesz na stronie każdego ośrodka.": (
        "For matters concerning a particular centre, it is best to contact that centre "
        "directly – you will find its contact details on its page."
    ),
    # --- GOPS Domanice -----------------------------------------------------------
    "GOPS Domanice": "GOPS Domanice",
    "gops-domanice": "gops-domanice",
    "Gminny Ośrodek Pomocy Społecznej w Domanicach": "Gminny Ośrodek Pomocy Społecznej w Domanicach",
    "Gminny Ośrodek Pomocy Społecznej w Domanicach pomaga mieszkańcom wiejskiej gminy Domanice w powiecie siedleckim. Od 2009 roku prowadził projekt „Szansa na lepszą przyszłość”, współfinansowany z Europejskiego Funduszu Społecznego, w którym wzięły udział 54 osoby.": (
        "The Gminny Ośrodek Pomocy Społecznej w Domanicach (commune social-welfare centre in "
        "Domanice) helps the residents of the rural commune of Domanice in Siedlce County "
        "(powiat siedlecki). From 2009 it ran the project “Szansa na lepszą przyszłość” (“A "
        "chance for a better future”), co-financed by the European Social Fund, in which 54 "
        "people took part."
    ),
    "Wyróżnienie „Zawsze pomocni” 2014 dla GOPS Domanice": (
        "“Zawsze pomocni” distinction 2014 for GOPS Domanice"
    ),
    "zawsze-pomocni-2014": "zawsze-pomocni-2014",
    "Pałac Kultury i Nauki, Warszawa": "Pałac Kultury i Nauki (Palace of Culture and Science), Warsaw",
    "25 listopada 2014 r., podczas konferencji w Pałacu Kultury i Nauki w Warszawie, Gminny Ośrodek Pomocy Społecznej w Domanicach odebrał wyróżnienie Marszałka Województwa Mazowieckiego „Zawsze pomocni”.": (
        "On 25 November 2014, at a conference in the Pałac Kultury i Nauki (Palace of "
        "Culture and Science) in Warsaw, the Gminny Ośrodek Pomocy Społecznej w Domanicach "
        "(commune social-welfare centre in Domanice) received the “Zawsze pomocni” (“Always "
        "helpful”) distinction from the Marshal of the Mazowieckie Voivodeship."
    ),
    "Wyróżnienie „Zawsze pomocni” przyznaje Marszałek Województwa Mazowieckiego, za pośrednictwem Mazowieckiego Centrum Polityki Społecznej, jednostkom pomocy społecznej, które wypracowały dobre praktyki w aktywnej integracji. W 2014 roku wyróżnienia wręczono podczas konferencji w Pałacu Kultury i Nauki w Warszawie. Wśród wyróżnionych znalazł się ośrodek z Domanic – niewielkiej gminy wiejskiej w powiecie siedleckim.": (
        "The “Zawsze pomocni” (“Always helpful”) distinction is conferred by the Marshal of "
        "the Mazowieckie Voivodeship, through the Mazowieckie Centrum Polityki Społecznej "
        "(Mazovian Centre for Social Policy), on social-welfare units that have developed "
        "good practice in active integration. In 2014 the distinctions were presented at a "
        "conference in the Palace of Culture and Science in Warsaw. Among those honoured was "
        "the centre from Domanice – a small rural commune in Siedlce County (powiat "
        "siedlecki)."
    ),
    "Projekt „Szansa na lepszą przyszłość”": "The “Szansa na lepszą przyszłość” project",
    "Najważniejszym przedsięwzięciem ośrodka w tamtych latach był projekt systemowy „Szansa na lepszą przyszłość”, prowadzony od 2009 roku w ramach Programu Operacyjnego Kapitał Ludzki (priorytet VII, działanie 7.1, poddziałanie 7.1.1) i współfinansowany ze środków Europejskiego Funduszu Społecznego.": (
        "The centre's most important undertaking in those years was the system project "
        "“Szansa na lepszą przyszłość” (“A chance for a better future”), run from 2009 under "
        "the Program Operacyjny Kapitał Ludzki (Human Capital Operational Programme; priority "
        "VII, action 7.1, sub-action 7.1.1) and co-financed by the European Social Fund."
    ),
    "Do projektu przystąpiły 54 osoby: 32 osoby bezrobotne i 22 osoby nieaktywne zawodowo. Projekty poddziałania 7.1.1 łączyły pracę socjalną i kontrakt socjalny z tak zwanymi instrumentami aktywnej integracji – edukacyjnymi, zawodowymi, społecznymi i zdrowotnymi – dobieranymi do potrzeb każdego uczestnika.": (
        "54 people joined the project: 32 unemployed and 22 economically inactive people. "
        "Projects under sub-action 7.1.1 combined social work and a social contract with "
        "so-called active integration instruments – educational, vocational, social and "
        "health-related – chosen to meet the needs of each participant."
    ),
    "Uczestnicy projektu": "Project participants",
    "uczestników łącznie": "participants in total",
    "Spotkanie uczestników projektu „Szansa na lepszą przyszłość”": (
        "A meeting of the participants of the “Szansa na lepszą przyszłość” project"
    ),
    "Dla małego, wiejskiego ośrodka wyróżnienie wojewódzkie to potwierdzenie, że cierpliwa praca z każdym mieszkańcem z osobna jest widoczna także daleko poza gminą.": (
        "For a small rural centre, a distinction at voivodeship level confirms that patient "
        "work with each resident individually is noticed far beyond the commune."
    ),
    "Galeria – GOPS Domanice": "Gallery – GOPS Domanice",
    "galeria": "galeria",
    "Zdjęcia z życia ośrodka GOPS Domanice. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Photos from the life of GOPS Domanice. In the demonstration version they are "
        "replaced by graphics; the captions say what the real photo will show."
    ),
    "Konferencja w Pałacu Kultury i Nauki, listopad 2014": (
        "Conference in the Palace of Culture and Science, November 2014"
    ),
    "Warsztaty aktywizacji zawodowej": "Vocational activation workshops",
    "Zespół ośrodka": "The centre's team",
    "Gmina Domanice jesienią": "The commune of Domanice in autumn",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum GOPS Domanice)": (
        "demonstration graphic (placeholder for a photo from the GOPS Domanice archive)"
    ),
    # --- OPS Marki ---------------------------------------------------------------
    "OPS Marki": "OPS Marki",
    "ops-marki": "ops-marki",
    "Ośrodek Pomocy Społecznej w Markach": "Ośrodek Pomocy Społecznej w Markach",
    "Ośrodek Pomocy Społecznej w Markach pracuje z rodzinami z miasta Marki w powiecie wołomińskim. W listopadzie 2018 roku jego praca na rzecz dziecka i rodziny została doceniona dwa razy: wyróżnieniem „Zawsze pomocni” i nagrodą specjalną Ministra.": (
        "The Ośrodek Pomocy Społecznej w Markach (social-welfare centre in Marki) works with "
        "families from the town of Marki in Wołomin County (powiat wołomiński). In November "
        "2018 its work for children and families was recognised twice: with the “Zawsze "
        "pomocni” (“Always helpful”) distinction and with the Minister's Special Award."
    ),
    "Nagroda specjalna Ministra 2018 dla OPS Marki": "Minister's Special Award 2018 for OPS Marki",
    "nagroda-specjalna-ministra-2018": "nagroda-specjalna-ministra-2018",
    "Minister Rodziny, Pracy i Polityki Społecznej": "Minister of Family, Labour and Social Policy",
    "W Dniu Pracownika Socjalnego, 21 listopada 2018 r., Ośrodek Pomocy Społecznej w Markach otrzymał nagrodę specjalną Ministra Rodziny, Pracy i Polityki Społecznej za wybitne i nowatorskie rozwiązania w pomocy społecznej.": (
        "On Social Workers' Day, 21 November 2018, the Ośrodek Pomocy Społecznej w Markach "
        "(social-welfare centre in Marki) received the Special Award of the Minister of "
        "Family, Labour and Social Policy for outstanding and innovative solutions in social "
        "welfare."
    ),
    "Nagrody specjalne ministra właściwego do spraw zabezpieczenia społecznego przyznawane są co roku 21 listopada, w Dniu Pracownika Socjalnego. Wniosek o nagrodę dla mareckiego ośrodka złożył burmistrz Marek, a kandydaturę pozytywnie zaopiniowała Rada Pomocy Społecznej działająca przy ministrze.": (
        "The special awards of the minister responsible for social security are given every "
        "year on 21 November, Social Workers' Day. The application for the award for the "
        "Marki centre was submitted by the Mayor of Marki, and the nomination was endorsed "
        "by the Rada Pomocy Społecznej (Social Welfare Council) that advises the minister."
    ),
    "Co zostało docenione": "What was recognised",
    "W ciągu kilku lat ośrodek zbudował w mieście sieć usług dla rodzin w kryzysie:": (
        "Within a few years the centre built up a network of services in the town for "
        "families in crisis:"
    ),
    "<b>Marecki Punkt Pomocy Dziecku i Rodzinie</b> – specjalistyczne poradnictwo na poziomie gminy: pomoc psychologiczna, terapeutyczna i terapia rodzinna;": (
        "<b>Marecki Punkt Pomocy Dziecku i Rodzinie</b> (Marki Child and Family Support "
        "Point) – specialist counselling at commune level: psychological help, therapy and "
        "family therapy;"
    ),
    "<b>mieszkanie chronione</b> dla rodzin w kryzysie – pierwsze i jedyne w powiecie wołomińskim;": (
        "<b>a supported flat</b> for families in crisis – the first and only one in Wołomin County;"
    ),
    "<b>dwie rodziny wspierające</b>, które pomagają innym rodzinom w codziennych sprawach;": (
        "<b>two support families</b> who help other families with everyday matters;"
    ),
    "autorski program <b>„Odzyskać Dziecko”</b> dla rodziców, których dzieci trafiły do pieczy zastępczej.": (
        "the centre's own programme <b>“Odzyskać Dziecko” (“Getting the child back”)</b> for "
        "parents whose children have been placed in foster care."
    ),
    "Efekty do listopada 2018": "Results up to November 2018",
    "dzieci wróciło do rodzin biologicznych": "children returned to their birth families",
    "rodziny wspierające": "support families",
    "mieszkanie chronione dla rodzin": "supported flat for families",
    "Marecki Punkt Pomocy Dziecku i Rodzinie": (
        "Marecki Punkt Pomocy Dziecku i Rodzinie (Marki Child and Family Support Point)"
    ),
    "Standard usług w gminie": "Service standards in the commune",
    "Ośrodek pilotażowo wdrażał także „Model realizacji usług o określonym standardzie w gminie”. W tym modelu obok świadczeń pieniężnych równie ważna jest praca z rodziną: wsparcie psychologiczne, prawne i socjalne. Doświadczeniami ośrodek dzielił się z innymi, przyjmując ich pracowników na wizytach studyjnych.": (
        "The centre also piloted the “Model realizacji usług o określonym standardzie "
        "w gminie” (“Model for delivering services of a defined standard in the commune”). "
        "In this model, work with the family – psychological, legal and social support – "
        "is as important as cash benefits. The centre shared its experience with others, "
        "hosting their staff on study visits."
    ),
    "Wyróżnienie „Zawsze pomocni” 2018 dla OPS Marki": (
        "“Zawsze pomocni” distinction 2018 for OPS Marki"
    ),
    "zawsze-pomocni-2018": "zawsze-pomocni-2018",
    "7 listopada 2018 r. Ośrodek Pomocy Społecznej w Markach otrzymał wyróżnienie Marszałka Województwa Mazowieckiego „Zawsze pomocni” za działania na rzecz dziecka i rodziny.": (
        "On 7 November 2018 the Ośrodek Pomocy Społecznej w Markach (social-welfare centre "
        "in Marki) received the “Zawsze pomocni” (“Always helpful”) distinction from the "
        "Marshal of the Mazowieckie Voivodeship for its work for children and families."
    ),
    "Wyróżnienie wręczono podczas konferencji „Skuteczność pieczy zastępczej – wsparcie dziecka i rodziny, zaangażowanie gmin i powiatów województwa mazowieckiego”, połączonej z obchodami Dnia Pracownika Socjalnego. Doceniono zespół, który stawia na usługi dostępne na miejscu, w gminie – tak, by dzieci nie musiały opuszczać swoich domów.": (
        "The distinction was presented at the conference “The effectiveness of foster care "
        "– support for children and families, and the involvement of the communes and "
        "counties of the Mazowieckie Voivodeship”, held together with the celebrations of "
        "Social Workers' Day. It recognised a team that relies on services available "
        "locally, in the commune – so that children do not have to leave their homes."
    ),
    "Mniej dzieci w pieczy zastępczej": "Fewer children in foster care",
    "Celem ośrodka jest ograniczanie umieszczania dzieci w pieczy zastępczej. Służy temu program „Odzyskać Dziecko”, skierowany do rodziców, których dzieci przebywają poza domem, oraz mieszkanie chronione, w którym rodzina w kryzysie może przez pewien czas mieszkać i z pomocą specjalistów odbudować swoje życie.": (
        "The centre aims to reduce the number of children placed in foster care. This is "
        "the purpose of the “Odzyskać Dziecko” (“Getting the child back”) programme, for "
        "parents whose children live away from home, and of the supported flat, where a "
        "family in crisis can live for a time and rebuild its life with the help of "
        "specialists."
    ),
    "Program „Odzyskać Dziecko”": "The “Odzyskać Dziecko” programme",
    "1,5 roku": "1.5 years",
    "działania programu do dnia wyróżnienia": "of the programme up to the day of the distinction",
    "Mieszkanie chronione dla rodzin w kryzysie": "A supported flat for families in crisis",
    "Dwa tygodnie później ośrodek otrzymał także nagrodę specjalną Ministra Rodziny, Pracy i Polityki Społecznej – o niej opowiadamy w osobnej historii.": (
        "Two weeks later the centre also received the Special Award of the Minister of "
        "Family, Labour and Social Policy – we tell that story separately."
    ),
    "Galeria – OPS Marki": "Gallery – OPS Marki",
    "Zdjęcia z życia ośrodka OPS Marki. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Photos from the life of OPS Marki. In the demonstration version they are replaced "
        "by graphics; the captions say what the real photo will show."
    ),
    "Gala Dnia Pracownika Socjalnego, listopad 2018": "Social Workers' Day gala, November 2018",
    "Konferencja o pieczy zastępczej, 7 listopada 2018": "Conference on foster care, 7 November 2018",
    "Spotkanie rodzin wspierających": "A meeting of support families",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum OPS Marki)": (
        "demonstration graphic (placeholder for a photo from the OPS Marki archive)"
    ),
    # --- MOPS Jasło --------------------------------------------------------------
    "MOPS Jasło": "MOPS Jasło",
    "mops-jaslo": "mops-jaslo",
    "Miejski Ośrodek Pomocy Społecznej w Jaśle": "Miejski Ośrodek Pomocy Społecznej w Jaśle",
    "Miejski Ośrodek Pomocy Społecznej w Jaśle łączy pomoc dla każdej rodziny z osobna z ożywianiem całej społeczności: prowadzi projekty aktywnej integracji, rozwija wolontariat i pracę asystentów rodziny.": (
        "The Miejski Ośrodek Pomocy Społecznej w Jaśle (town social-welfare centre in "
        "Jasło) combines help for each family individually with bringing the whole "
        "community to life: it runs active integration projects and develops volunteering "
        "and the work of family assistants."
    ),
    "Nagroda specjalna Ministra 2014 dla MOPS w Jaśle": "Minister's Special Award 2014 for MOPS Jasło",
    "nagroda-specjalna-ministra-2014": "nagroda-specjalna-ministra-2014",
    "Pałac Prezydencki, Warszawa": "Pałac Prezydencki (Presidential Palace), Warsaw",
    "Minister Pracy i Polityki Społecznej": "Minister of Labour and Social Policy",
    "21 listopada 2014 r. Miejski Ośrodek Pomocy Społecznej w Jaśle otrzymał zespołową nagrodę specjalną Ministra Pracy i Polityki Społecznej. Nagrody wręczono podczas gali w Pałacu Prezydenckim w Warszawie.": (
        "On 21 November 2014 the Miejski Ośrodek Pomocy Społecznej w Jaśle (town "
        "social-welfare centre in Jasło) received the team Special Award of the Minister "
        "of Labour and Social Policy. The awards were presented at a gala in the Pałac "
        "Prezydencki (Presidential Palace) in Warsaw."
    ),
    "Nagrody specjalne za wybitne osiągnięcia i nowatorskie rozwiązania w pomocy społecznej minister przyznaje co roku w Dniu Pracownika Socjalnego, w kategorii indywidualnej i zespołowej. W 2014 roku przyznano 13 nagród – 7 indywidualnych i 6 zespołowych. Jedna z nagród zespołowych trafiła do Jasła.": (
        "Every year on Social Workers' Day the minister gives special awards for "
        "outstanding achievements and innovative solutions in social welfare, in an "
        "individual and a team category. In 2014, 13 awards were given – 7 individual and "
        "6 team awards. One of the team awards went to Jasło."
    ),
    "Za wieloaspektowe podejście do beneficjentów pomocy społecznej, aktywizację społeczności lokalnej w ramach integracji środowisk oraz nowatorskie rozwiązania w pracy z klientem indywidualnym.": (
        "For a many-sided approach to the recipients of social welfare, for activating the "
        "local community by bringing its groups together, and for innovative solutions in "
        "work with individual clients."
    ),
    "uzasadnienie nagrody zespołowej, 2014": "citation for the team award, 2014",
    "Aktywność, wolontariat, asystenci rodziny": "Activity, volunteering, family assistants",
    "Od 2010 roku ośrodek realizował projekt „Czas na aktywność w Jaśle”, współfinansowany z Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Kapitał Ludzki (poddziałanie 7.1.1). Od 2013 roku rozwija wolontariat, dzięki któremu mieszkańcy sami włączają się w pomoc innym, a asystenci rodziny towarzyszą rodzinom w codziennych sprawach i w wychowaniu dzieci.": (
        "From 2010 the centre ran the project “Czas na aktywność w Jaśle” (“Time for "
        "activity in Jasło”), co-financed by the European Social Fund under the Program "
        "Operacyjny Kapitał Ludzki (Human Capital Operational Programme; sub-action 7.1.1). "
        "Since 2013 it has been developing volunteering, through which residents themselves "
        "join in helping others, while family assistants support families in everyday "
        "matters and in bringing up their children."
    ),
    "Nagrody specjalne Ministra w 2014 roku": "The Minister's Special Awards in 2014",
    "nagród łącznie": "awards in total",
    "nagród zespołowych": "team awards",
    "nagród indywidualnych": "individual awards",
    "Wolontariusze ośrodka": "The centre's volunteers",
    "Ośrodek blisko współpracuje z organizacjami pozarządowymi z Jasła, które prowadzą zadania z zakresu pomocy społecznej, i organizuje wiele akcji dla mieszkańców miasta.": (
        "The centre works closely with non-governmental organisations in Jasło that carry "
        "out social-welfare tasks, and organises many events for the town's residents."
    ),
    "Galeria – MOPS Jasło": "Gallery – MOPS Jasło",
    "Zdjęcia z życia ośrodka MOPS Jasło. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Photos from the life of MOPS Jasło. In the demonstration version they are replaced "
        "by graphics; the captions say what the real photo will show."
    ),
    "Gala w Pałacu Prezydenckim, 21 listopada 2014": (
        "Gala in the Presidential Palace, 21 November 2014"
    ),
    "Uczestnicy projektu „Czas na aktywność w Jaśle”": (
        "Participants of the “Czas na aktywność w Jaśle” project"
    ),
    "Asystentka rodziny w pracy": "A family assistant at work",
    "Akcja dla mieszkańców Jasła": "An event for the residents of Jasło",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum MOPS Jasło)": (
        "demonstration graphic (placeholder for a photo from the MOPS Jasło archive)"
    ),
    # --- MOPS Szklarska Poręba ---------------------------------------------------
    "MOPS Szklarska Poręba": "MOPS Szklarska Poręba",
    "mops-szklarska-poreba": "mops-szklarska-poreba",
    "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie": (
        "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie"
    ),
    "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie pracuje ze społecznością górskiego miasta w powiecie jeleniogórskim. W latach 2011–2012 był jednym z 21 edukatorów ogólnopolskiego projektu „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej”.": (
        "The Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie (town social-welfare "
        "centre in Szklarska Poręba) works with the community of a mountain town in Jelenia "
        "Góra County (powiat jeleniogórski). In 2011–2012 it was one of the 21 educators of "
        "the nationwide project “Tworzenie i rozwijanie standardów usług pomocy i integracji "
        "społecznej” (“Creating and developing standards for social assistance and "
        "integration services”)."
    ),
    "Edukator standardów usług – dobra praktyka MOPS Szklarska Poręba": (
        "Service standards educator – a good practice of MOPS Szklarska Poręba"
    ),
    "edukator-standardow-uslug-2012": "edukator-standardow-uslug-2012",
    "W latach 2011–2012 ośrodek ze Szklarskiej Poręby był jednym z 21 edukatorów ogólnopolskiego projektu „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej”. Sieć wyróżnia to doświadczenie jako dobrą praktykę.": (
        "In 2011–2012 the centre from Szklarska Poręba was one of the 21 educators of the "
        "nationwide project “Tworzenie i rozwijanie standardów usług pomocy i integracji "
        "społecznej” (“Creating and developing standards for social assistance and "
        "integration services”). The network recognises this experience as good practice."
    ),
    "„Dobra praktyka sieci” to wyróżnienie wewnętrzne sieci „Zawsze pomocni”, a nie nagroda zewnętrzna. Oznaczamy nim doświadczenia ośrodków, z których mogą skorzystać inni.": (
        "“Network good practice” is an internal distinction of the “Zawsze pomocni” "
        "(“Always helpful”) network, not an external award. We use it to mark centres' "
        "experience that others can benefit from."
    ),
    "Projekt „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej” zainicjował Departament Pomocy i Integracji Społecznej Ministerstwa Pracy i Polityki Społecznej. Realizowało go partnerstwo publiczno-społeczne, a współfinansowała Unia Europejska ze środków Europejskiego Funduszu Społecznego. Jego celem było opracowanie, przetestowanie i wdrożenie standardów usług i instytucji pomocy społecznej.": (
        "The project “Tworzenie i rozwijanie standardów usług pomocy i integracji "
        "społecznej” was initiated by the Department of Social Assistance and Integration "
        "of the Ministry of Labour and Social Policy. It was carried out by a public–civic "
        "partnership and co-financed by the European Union from the European Social Fund. "
        "Its aim was to develop, test and put into practice standards for social-welfare "
        "services and institutions."
    ),
    "Jeden z 21 edukatorów": "One of 21 educators",
    "Ośrodek zgłosił się do projektu z opisem swojej dotychczasowej pracy ze społecznością lokalną i znalazł się w gronie 21 edukatorów – obok instytucji z dużych miast, takich jak Wrocław, Warszawa, Poznań, Katowice i Gdynia. Od marca 2011 do listopada 2012 roku przedstawicielki ośrodka uczestniczyły w cyklu trzydniowych szkoleń w Warszawie, a w pracy na miejscu wspierał je mentor.": (
        "The centre applied to the project with a description of its work with the local "
        "community so far and became one of the 21 educators – alongside institutions from "
        "large cities such as Wrocław, Warsaw, Poznań, Katowice and Gdynia. From March 2011 "
        "to November 2012 the centre's representatives took part in a series of three-day "
        "training sessions in Warsaw, and a mentor supported them in their work on site."
    ),
    "Udział w projekcie": "Taking part in the project",
    "edukatorów z całej Polski": "educators from all over Poland",
    "trzydniowych szkoleń w Warszawie": "three-day training sessions in Warsaw",
    "lata udziału ośrodka": "the years the centre took part",
    "Wizyta studyjna w Leeds": "Study visit to Leeds",
    "We wrześniu 2012 roku przedstawicielki ośrodka wzięły udział w wizycie studyjnej w Leeds w Wielkiej Brytanii, gdzie poznawały, jak tamtejsze instytucje organizują usługi społeczne i pracę ze społecznością.": (
        "In September 2012 the centre's representatives went on a study visit to Leeds in "
        "the United Kingdom, where they learned how local institutions there organise "
        "social services and community work."
    ),
    "Wizyta studyjna w Leeds, wrzesień 2012": "Study visit to Leeds, September 2012",
    "Galeria – MOPS Szklarska Poręba": "Gallery – MOPS Szklarska Poręba",
    "Zdjęcia z życia ośrodka MOPS Szklarska Poręba. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Photos from the life of MOPS Szklarska Poręba. In the demonstration version they "
        "are replaced by graphics; the captions say what the real photo will show."
    ),
    "Szkolenie edukatorów w Warszawie": "Training for educators in Warsaw",
    "Spotkanie ze społecznością lokalną": "A meeting with the local community",
    "Siedziba ośrodka przy ul. Jedności Narodowej": (
        "The centre's building at ul. Jedności Narodowej"
    ),
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum MOPS Szklarska Poręba)": (
        "demonstration graphic (placeholder for a photo from the MOPS Szklarska Poręba archive)"
    ),
    # --- OPS Chocianów -----------------------------------------------------------
    "OPS Chocianów": "OPS Chocianów",
    "ops-chocianow": "ops-chocianow",
    "Ośrodek Pomocy Społecznej w Chocianowie": "Ośrodek Pomocy Społecznej w Chocianowie",
    "Ośrodek Pomocy Społecznej w Chocianowie wspiera mieszkańców miejsko-wiejskiej gminy Chocianów w powiecie polkowickim. W 2012 roku prowadził projekt aktywnej integracji „Dziś aktywność – jutro niezależność”.": (
        "The Ośrodek Pomocy Społecznej w Chocianowie (social-welfare centre in Chocianów) "
        "supports the residents of the urban-rural commune of Chocianów in Polkowice County "
        "(powiat polkowicki). In 2012 it ran the active integration project “Dziś aktywność "
        "– jutro niezależność” (“Active today – independent tomorrow”)."
    ),
    "„Dziś aktywność – jutro niezależność” – dobra praktyka OPS Chocianów": (
        "“Dziś aktywność – jutro niezależność” (“Active today – independent tomorrow”) – a "
        "good practice of OPS Chocianów"
    ),
    "dzis-aktywnosc-jutro-niezaleznosc-2012": "dzis-aktywnosc-jutro-niezaleznosc-2012",
    "Od 1 kwietnia do 31 grudnia 2012 r. ośrodek w Chocianowie prowadził projekt „Dziś aktywność – jutro niezależność”, współfinansowany z Europejskiego Funduszu Społecznego. Sieć wyróżnia go jako dobrą praktykę małego, dobrze zaplanowanego projektu.": (
        "From 1 April to 31 December 2012 the centre in Chocianów ran the project “Dziś "
        "aktywność – jutro niezależność” (“Active today – independent tomorrow”), "
        "co-financed by the European Social Fund. The network recognises it as good "
        "practice: a small, well-planned project."
    ),
    "Projekt realizowano w ramach Programu Operacyjnego Kapitał Ludzki, w poddziałaniu 7.1.1 „Rozwój i upowszechnianie aktywnej integracji przez ośrodki pomocy społecznej”. Wzięło w nim udział 8 osób.": (
        "The project was carried out under the Program Operacyjny Kapitał Ludzki (Human "
        "Capital Operational Programme), sub-action 7.1.1 “Development and promotion of "
        "active integration by social-welfare centres”. 8 people took part in it."
    ),
    "Mała grupa, indywidualne wsparcie": "A small group, individual support",
    "Dziewięć miesięcy i ośmioro uczestników – to skala, przy której pracownik socjalny zna każdą osobę i może dobrać wsparcie do jej sytuacji. Projekty tego typu łączyły kontrakt socjalny z instrumentami aktywizacji edukacyjnej, zawodowej i społecznej.": (
        "Nine months and eight participants – at this scale a social worker knows every "
        "person and can match the support to their situation. Projects of this kind "
        "combined a social contract with educational, vocational and social activation "
        "instruments."
    ),
    "Projekt w liczbach": "The project in figures",
    "uczestników": "participants",
    "miesięcy realizacji (IV–XII 2012)": "months of work (April–December 2012)",
    "Zajęcia z doradcą zawodowym": "A session with a careers adviser",
    "Galeria – OPS Chocianów": "Gallery – OPS Chocianów",
    "Zdjęcia z życia ośrodka OPS Chocianów. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Photos from the life of OPS Chocianów. In the demonstration version they are "
        "replaced by graphics; the captions say what the real photo will show."
    ),
    "Uczestnicy projektu „Dziś aktywność – jutro niezależność”": (
        "Participants of the “Dziś aktywność – jutro niezależność” project"
    ),
    "Warsztaty umiejętności społecznych": "Social skills workshops",
    "Podsumowanie projektu, grudzień 2012": "Project summary meeting, December 2012",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum OPS Chocianów)": (
        "demonstration graphic (placeholder for a photo from the OPS Chocianów archive)"
    ),
    # --- values of key figures that are not plain numbers ------------------------
    "2011–2012": "2011–2012",
}
