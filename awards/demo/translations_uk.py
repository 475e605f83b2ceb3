# ruff: noqa: E501 -- the keys are whole Polish source strings and must stay verbatim.
"""Ukrainian texts of the demo network's real content, for wagtail-localize.

``STRINGS`` maps a Polish source string to its Ukrainian translation. The
loader puts these into wagtail-localize's translation memory and publishes
the Ukrainian versions of the network home, the award index, the four prose
pages, the five real centres with their stories and galleries, the three
awards and the real centres' projects. The generated, fictional centres and
the pending demo draft are not translated.

The keys must match, character for character, the source strings that
wagtail-localize extracts (``StringSegment.string.data``): rich-text
paragraphs arrive as HTML-ish strings with their inline tags (``<b>``,
``<br/>``, ``<a id="a1">``), and the translation keeps the same tags in the
same places. A key that does not match is silently useless, so after changing
any Polish demo text, re-extract the strings and update both this module and
``translations_en``. Slugs map to themselves: addresses stay the same in every
language. Polish names of institutions, places and projects are kept in the
Latin script, with a Ukrainian gloss in parentheses on their first mention in
prose; voivodeships, counties and large cities use their usual Ukrainian names.

A few entries are for strings that are not extracted at the moment but will
be once stored as translatable segments (the labels of key figures, the
photo credits); they do no harm until then. Key-figure labels agree with the
number they stand beside (54 учасники, 13 нагород).
"""

STRINGS = {
    # --- Awards (snippets) -------------------------------------------------------
    "Zawsze pomocni": "Zawsze pomocni",
    "Marszałek Województwa Mazowieckiego, za pośrednictwem Mazowieckiego Centrum Polityki Społecznej": (
        "Маршалок Мазовецького воєводства через Mazowieckie Centrum Polityki Społecznej "
        "(Мазовецький центр соціальної політики)"
    ),
    "Wyróżnienie Marszałka Województwa Mazowieckiego dla jednostek pomocy społecznej z Mazowsza, które wypracowały dobre praktyki – w aktywnej integracji, we wspieraniu rodziny i dziecka. Przyznawane za pośrednictwem Mazowieckiego Centrum Polityki Społecznej, zwykle jesienią, przy okazji obchodów Dnia Pracownika Socjalnego.": (
        "Відзнака маршалка Мазовецького воєводства для установ соціальної допомоги з Мазовії, "
        "які напрацювали добрі практики – в активній інтеграції, у підтримці сім’ї та "
        "дитини. Присуджується через Mazowieckie Centrum Polityki Społecznej (Мазовецький "
        "центр соціальної політики), зазвичай восени, під час відзначення Дня соціального "
        "працівника."
    ),
    "Nagroda specjalna Ministra": "Спеціальна нагорода Міністра",
    "Minister właściwy do spraw zabezpieczenia społecznego": (
        "Міністр, відповідальний за соціальне забезпечення"
    ),
    "Nagroda specjalna za wybitne, nowatorskie rozwiązania w pomocy społecznej, przyznawana co roku 21 listopada, w Dniu Pracownika Socjalnego – w kategorii zespołowej (ośrodkom i innym jednostkom) i indywidualnej (pracownikom socjalnym). Nazwa urzędu ministra zmieniała się; w historiach podajemy tę z dnia nagrody.": (
        "Спеціальна нагорода за видатні, новаторські рішення у сфері соціальної допомоги, "
        "яку присуджують щороку 21 листопада, у День соціального працівника, – у "
        "колективній категорії (центрам та іншим установам) та в індивідуальній "
        "(соціальним працівникам). Назва міністерської посади змінювалася; в історіях ми "
        "подаємо ту, що діяла на день присудження нагороди."
    ),
    "Dobra praktyka sieci": "Добра практика мережі",
    "Koordynator sieci „Zawsze pomocni”": "Координатор мережі «Zawsze pomocni»",
    "Wyróżnienie wewnętrzne sieci „Zawsze pomocni”, nie nagroda zewnętrzna: regionalny koordynator sieci oznacza nim dobre praktyki ośrodków członkowskich, by inni mogli z nich korzystać. Datą wyróżnienia jest dzień zakończenia opisanej praktyki.": (
        "Внутрішня відзнака мережі «Zawsze pomocni» («Завжди готові допомогти»), а не "
        "зовнішня нагорода: регіональний координатор мережі позначає нею добрі практики "
        "центрів – членів мережі, щоб інші могли ними скористатися. Датою відзнаки є день "
        "завершення описаної практики."
    ),
    # --- Projects (snippets) -----------------------------------------------------
    "Szansa na lepszą przyszłość": "Szansa na lepszą przyszłość",
    "Program Operacyjny Kapitał Ludzki 2007–2013": (
        "Program Operacyjny Kapitał Ludzki 2007–2013 (Операційна програма «Людський капітал»)"
    ),
    "Europejski Fundusz Społeczny": "Європейський соціальний фонд",
    "osoby bezrobotne": "безробітні особи",
    "osoby nieaktywne zawodowo": "економічно неактивні особи",
    "Projekt prowadzony od 2009 roku. 54 uczestników: 32 osoby bezrobotne i 22 osoby nieaktywne zawodowo, mieszkańcy gminy Domanice.": (
        "Проєкт, що реалізовувався з 2009 року. 54 учасники: 32 безробітні особи та 22 "
        "економічно неактивні особи, мешканці гміни Domanice."
    ),
    "Odzyskać Dziecko": "Odzyskać Dziecko",
    "Autorski program Ośrodka Pomocy Społecznej w Markach": (
        "Авторська програма Ośrodek Pomocy Społecznej w Markach (центру соціальної допомоги "
        "в Marki)"
    ),
    "Program dla rodziców, których dzieci umieszczono w pieczy zastępczej. W ciągu pierwszych półtora roku, do listopada 2018 r., sześcioro dzieci wróciło do rodzin biologicznych.": (
        "Програма для батьків, чиїх дітей влаштовано в альтернативний догляд. За перші "
        "півтора року, до листопада 2018 року, шестеро дітей повернулися до біологічних "
        "сімей."
    ),
    "Czas na aktywność w Jaśle": "Czas na aktywność w Jaśle",
    "Projekt aktywnej integracji mieszkańców Jasła, prowadzony od 2010 roku.": (
        "Проєкт активної інтеграції мешканців Jasło, що реалізовувався з 2010 року."
    ),
    "Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej": (
        "Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej"
    ),
    "Ogólnopolski projekt systemowy zainicjowany przez Departament Pomocy i Integracji Społecznej Ministerstwa Pracy i Polityki Społecznej, realizowany w partnerstwie publiczno-społecznym. MOPS w Szklarskiej Porębie był jednym z 21 edukatorów projektu w latach 2011–2012.": (
        "Загальнопольський системний проєкт, ініційований Департаментом допомоги та "
        "соціальної інтеграції Міністерства праці та соціальної політики, який реалізовувало "
        "публічно-громадське партнерство. MOPS у Szklarska Poręba був одним із 21 едукатора "
        "проєкту у 2011–2012 роках."
    ),
    "Dziś aktywność – jutro niezależność": "Dziś aktywność – jutro niezależność",
    "uczestnicy projektu": "учасники проєкту",
    "8 uczestników, mieszkańców gminy Chocianów.": "8 учасників, мешканців гміни Chocianów.",
    # --- Network home ------------------------------------------------------------
    "zawsze-pomocni": "zawsze-pomocni",
    "Historie nagród ośrodków pomocy społecznej: wyróżnienie „Zawsze pomocni”, nagroda specjalna Ministra i dobre praktyki sieci.": (
        "Історії нагород центрів соціальної допомоги: відзнака «Zawsze pomocni», спеціальна "
        "нагорода Міністра та добрі практики мережі."
    ),
    "Ośrodki pomocy społecznej z różnych stron Polski opowiadają tu o nagrodach, które otrzymały – o wyróżnieniu <b>„Zawsze pomocni”</b>, o nagrodzie specjalnej Ministra i o dobrych praktykach sieci – oraz o codziennej pracy, która za nimi stoi.": (
        "Центри соціальної допомоги з різних куточків Польщі розповідають тут про отримані "
        "нагороди – про відзнаку <b>«Zawsze pomocni» («Завжди готові допомогти»)</b>, про "
        "спеціальну нагороду Міністра та про добрі практики мережі, – а також про щоденну "
        "роботу, яка за ними стоїть."
    ),
    # --- Award index -------------------------------------------------------------
    "Nagrody": "Нагороди",
    "nagrody": "nagrody",
    "Wszystkie historie nagród w sieci w jednym miejscu. Zawęź listę według nagrody, roku, ośrodka albo województwa.": (
        "Усі історії нагород мережі в одному місці. Звузьте перелік за нагородою, роком, "
        "центром або воєводством."
    ),
    # --- O sieci -----------------------------------------------------------------
    "O sieci": "Про мережу",
    "o-sieci": "o-sieci",
    "„Zawsze pomocni” to sieć ośrodków pomocy społecznej, które opowiadają o swoich nagrodach i dzielą się dobrymi praktykami.": (
        "«Zawsze pomocni» («Завжди готові допомогти») – це мережа центрів соціальної "
        "допомоги, які розповідають про свої нагороди та діляться добрими практиками."
    ),
    "Do sieci należą gminne i miejskie ośrodki pomocy społecznej (GOPS, MOPS, OPS), miejskie ośrodki pomocy rodzinie (MOPR) i powiatowe centra pomocy rodzinie (PCPR). Każdy ośrodek ma tu swoją stronę, historie nagród i galerie zdjęć.": (
        "До мережі входять гмінні та міські центри соціальної допомоги (GOPS, MOPS, OPS), "
        "міські центри допомоги сім’ї (MOPR) і повітові центри допомоги сім’ї (PCPR). Кожен "
        "центр має тут свою сторінку, історії нагород і фотогалереї."
    ),
    "Jak powstają historie": "Як створюються історії",
    "Historie piszą pracownicy ośrodków. Zanim tekst zostanie opublikowany, sprawdza go regionalny koordynator sieci. Fakty – nagroda, data, miejsce uroczystości, projekt i jego uczestnicy – zapisujemy osobno od opowieści, dzięki czemu historie można przeglądać według nagrody, roku, ośrodka i województwa.": (
        "Історії пишуть працівники центрів. Перш ніж текст буде опубліковано, його перевіряє "
        "регіональний координатор мережі. Факти – нагороду, дату, місце церемонії, проєкт і "
        "його учасників – ми записуємо окремо від розповіді, тож історії можна переглядати "
        "за нагородою, роком, центром і воєводством."
    ),
    "Dane demonstracyjne": "Демонстраційні дані",
    "Ta instalacja zawiera dane demonstracyjne. Pięć ośrodków – z Domanic, Marek, Jasła, Szklarskiej Poręby i Chocianowa – opisujemy na podstawie publicznie dostępnych informacji; ich zdjęcia zastępują grafiki demonstracyjne. Pozostałe ośrodki i ich historie są fikcyjne i zostały wygenerowane automatycznie, co zaznaczamy w każdej z nich.": (
        "Цей екземпляр сайту містить демонстраційні дані. П’ять центрів – у Domanice, "
        "Marki, Jasło, Szklarska Poręba та Chocianów – ми описуємо на основі "
        "загальнодоступної інформації; їхні фотографії замінено демонстраційною графікою. "
        "Інші центри та їхні історії вигадані й створені автоматично, про що ми зазначаємо "
        "в кожній із них."
    ),
    # --- Deklaracja dostępności --------------------------------------------------
    "Mazowieckie Centrum Polityki Społecznej": "Мазовецький центр соціальної політики (Mazowieckie Centrum Polityki Społecznej)",
    "Zdjęcia demonstracyjne mają ogólne opisy alternatywne.": "Демонстраційні фото мають загальні альтернативні тексти.",
    "To wersja demonstracyjna serwisu.": "Це демонстраційна версія сайту.",
    "Opis każdego zdjęcia jest w jego podpisie.": "Опис кожного фото є в його підписі.",
    "Siedziba koordynatora sieci przy ul. Grzybowskiej 80/82 w Warszawie ma wejście bez progów i windę. Można wejść z psem asystującym.": "Офіс координатора мережі на вул. Grzybowska 80/82 у Варшаві має вхід без порогів і ліфт. Можна заходити із собакою-помічником.",
    "Deklaracja dostępności": "Декларація доступності",
    "deklaracja-dostepnosci": "deklaracja-dostepnosci",
    "Sieć „Zawsze pomocni” zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.": (
        "Мережа «Zawsze pomocni» («Завжди готові допомогти») зобов’язується забезпечити "
        "доступність свого вебсайту відповідно до Закону від 4 квітня 2019 року про цифрову "
        "доступність вебсайтів і мобільних застосунків публічних суб’єктів."
    ),
    "Status pod względem zgodności": "Статус відповідності",
    "Strona jest projektowana tak, by spełniała wymagania WCAG 2.1 na poziomie AA. To wersja demonstracyjna serwisu: deklarację należy uzupełnić o datę publikacji strony, datę ostatniej aktualizacji i wyniki oceny dostępności przed uruchomieniem serwisu.": (
        "Сайт розробляється так, щоб відповідати вимогам WCAG 2.1 на рівні AA. Це "
        "демонстраційна версія сайту: перед його запуском декларацію слід доповнити датою "
        "публікації сайту, датою останнього оновлення та результатами оцінювання доступності."
    ),
    "Ułatwienia": "Функції доступності",
    "Stronę można obsługiwać w całości z klawiatury.": (
        "Сайтом можна повністю користуватися за допомогою клавіатури."
    ),
    "Każde zdjęcie ma tekst alternatywny i podpis z informacją o autorze.": (
        "Кожна фотографія має альтернативний текст і підпис із зазначенням автора."
    ),
    "Treść jest dostępna w języku polskim, angielskim i ukraińskim.": (
        "Вміст доступний польською, англійською та українською мовами."
    ),
    "Informacje zwrotne i dane kontaktowe": "Зворотний зв’язок і контактні дані",
    "Błędy w dostępności i prośby o udostępnienie treści w innej formie prosimy zgłaszać na adres kontakt@zawszepomocni.example. Odpowiemy niezwłocznie, nie później niż w ciągu 7 dni. Jeśli odpowiedź nie będzie satysfakcjonująca, można złożyć skargę, a następnie zwrócić się do Rzecznika Praw Obywatelskich.": (
        "Про проблеми з доступністю та прохання надати вміст в іншій формі просимо "
        "повідомляти на адресу kontakt@zawszepomocni.example. Ми відповімо невідкладно, не "
        "пізніше ніж протягом 7 днів. Якщо відповідь вас не задовольнить, можна подати "
        "скаргу, а потім звернутися до Уповноваженого з прав людини (Rzecznik Praw "
        "Obywatelskich)."
    ),
    # --- Polityka prywatności ----------------------------------------------------
    "Polityka prywatności": "Політика конфіденційності",
    "polityka-prywatnosci": "polityka-prywatnosci",
    "Jak serwis „Zawsze pomocni” obchodzi się z danymi osób, które go odwiedzają.": (
        "Як сайт «Zawsze pomocni» («Завжди готові допомогти») поводиться з даними людей, "
        "які його відвідують."
    ),
    "Administrator": "Контролер даних",
    "Administratorem danych jest regionalny koordynator sieci „Zawsze pomocni” (dane demonstracyjne; adres podajemy na stronie Kontakt).": (
        "Контролером даних є регіональний координатор мережі «Zawsze pomocni» "
        "(демонстраційні дані; адресу наведено на сторінці «Контакти»)."
    ),
    "Pliki cookie": "Файли cookie",
    "Serwis używa wyłącznie plików cookie niezbędnych do działania: do zapamiętania wybranego języka oraz – dla redaktorów – do logowania i ochrony formularzy. Nie używamy plików cookie reklamowych ani analitycznych.": (
        "Сайт використовує лише файли cookie, необхідні для його роботи: щоб запам’ятати "
        "обрану мову, а також – для редакторів – для входу в систему та захисту форм. Ми не "
        "використовуємо рекламних чи аналітичних файлів cookie."
    ),
    "Zdjęcia i historie": "Фотографії та історії",
    "Ośrodki publikują zdjęcia osób tylko za ich zgodą. Jeśli chcesz, by zdjęcie z Twoim wizerunkiem zostało usunięte, napisz do nas – usuniemy je niezwłocznie.": (
        "Центри публікують фотографії людей лише за їхньою згодою. Якщо ви хочете, щоб "
        "фотографію з вашим зображенням було видалено, напишіть нам – ми невідкладно її "
        "видалимо."
    ),
    # --- Kontakt -----------------------------------------------------------------
    "Kontakt": "Контакти",
    "kontakt": "kontakt",
    "Regionalny koordynator sieci „Zawsze pomocni” (dane demonstracyjne).": (
        "Регіональний координатор мережі «Zawsze pomocni» («Завжди готові допомогти») – "
        "демонстраційні дані."
    ),
    "Koordynator sieci „Zawsze pomocni”<br/>Mazowieckie Centrum Polityki Społecznej<br/>ul. Grzybowska 80/82, 00-844 Warszawa": (
        "Координатор мережі «Zawsze pomocni»<br/>Mazowieckie Centrum Polityki Społecznej "
        "(Мазовецький центр соціальної політики)<br/>ul. Grzybowska 80/82, 00-844 Warszawa"
    ),
    "E-mail: kontakt@zawszepomocni.example<br/>Telefon: +48 22 000 00 00": (
        "Електронна пошта: kontakt@zawszepomocni.example<br/>Телефон: +48 22 000 00 00"
    ),
    "W sprawach konkretnego ośrodka najlepiej skontaktować się z nim bezpośrednio – dane kontaktowe znajdziesz na stronie każdego ośrodka.": (
        "У справах, що стосуються конкретного центру, найкраще звертатися безпосередньо до "
        "нього – контактні дані ви знайдете на сторінці кожного центру."
    ),
    # --- GOPS Domanice -----------------------------------------------------------
    "GOPS Domanice": "GOPS Domanice",
    "gops-domanice": "gops-domanice",
    "Gminny Ośrodek Pomocy Społecznej w Domanicach": "Gminny Ośrodek Pomocy Społecznej w Domanicach",
    "Gminny Ośrodek Pomocy Społecznej w Domanicach pomaga mieszkańcom wiejskiej gminy Domanice w powiecie siedleckim. Od 2009 roku prowadził projekt „Szansa na lepszą przyszłość”, współfinansowany z Europejskiego Funduszu Społecznego, w którym wzięły udział 54 osoby.": (
        "Gminny Ośrodek Pomocy Społecznej w Domanicach (гмінний центр соціальної допомоги "
        "в Domanice) допомагає мешканцям сільської гміни Domanice у Седлецькому повіті "
        "(powiat siedlecki). З 2009 року він реалізовував проєкт «Szansa na lepszą "
        "przyszłość» («Шанс на краще майбутнє»), співфінансований Європейським соціальним "
        "фондом, у якому взяли участь 54 особи."
    ),
    "Wyróżnienie „Zawsze pomocni” 2014 dla GOPS Domanice": (
        "Відзнака «Zawsze pomocni» 2014 для GOPS Domanice"
    ),
    "zawsze-pomocni-2014": "zawsze-pomocni-2014",
    "Pałac Kultury i Nauki, Warszawa": "Pałac Kultury i Nauki (Палац культури і науки), Варшава",
    "25 listopada 2014 r., podczas konferencji w Pałacu Kultury i Nauki w Warszawie, Gminny Ośrodek Pomocy Społecznej w Domanicach odebrał wyróżnienie Marszałka Województwa Mazowieckiego „Zawsze pomocni”.": (
        "25 листопада 2014 року під час конференції в Палаці культури і науки (Pałac "
        "Kultury i Nauki) у Варшаві Gminny Ośrodek Pomocy Społecznej w Domanicach (гмінний "
        "центр соціальної допомоги в Domanice) отримав відзнаку маршалка Мазовецького "
        "воєводства «Zawsze pomocni» («Завжди готові допомогти»)."
    ),
    "Wyróżnienie „Zawsze pomocni” przyznaje Marszałek Województwa Mazowieckiego, za pośrednictwem Mazowieckiego Centrum Polityki Społecznej, jednostkom pomocy społecznej, które wypracowały dobre praktyki w aktywnej integracji. W 2014 roku wyróżnienia wręczono podczas konferencji w Pałacu Kultury i Nauki w Warszawie. Wśród wyróżnionych znalazł się ośrodek z Domanic – niewielkiej gminy wiejskiej w powiecie siedleckim.": (
        "Відзнаку «Zawsze pomocni» («Завжди готові допомогти») присуджує маршалок "
        "Мазовецького воєводства через Mazowieckie Centrum Polityki Społecznej (Мазовецький "
        "центр соціальної політики) установам соціальної допомоги, які напрацювали добрі "
        "практики в активній інтеграції. У 2014 році відзнаки вручили під час конференції в "
        "Палаці культури і науки у Варшаві. Серед відзначених був і центр із Domanice – "
        "невеликої сільської гміни в Седлецькому повіті."
    ),
    "Projekt „Szansa na lepszą przyszłość”": "Проєкт «Szansa na lepszą przyszłość»",
    "Najważniejszym przedsięwzięciem ośrodka w tamtych latach był projekt systemowy „Szansa na lepszą przyszłość”, prowadzony od 2009 roku w ramach Programu Operacyjnego Kapitał Ludzki (priorytet VII, działanie 7.1, poddziałanie 7.1.1) i współfinansowany ze środków Europejskiego Funduszu Społecznego.": (
        "Найважливішою ініціативою центру в ті роки був системний проєкт «Szansa na lepszą "
        "przyszłość» («Шанс на краще майбутнє»), що реалізовувався з 2009 року в межах "
        "Program Operacyjny Kapitał Ludzki (Операційної програми «Людський капітал»; "
        "пріоритет VII, захід 7.1, підзахід 7.1.1) і співфінансувався коштом Європейського "
        "соціального фонду."
    ),
    "Do projektu przystąpiły 54 osoby: 32 osoby bezrobotne i 22 osoby nieaktywne zawodowo. Projekty poddziałania 7.1.1 łączyły pracę socjalną i kontrakt socjalny z tak zwanymi instrumentami aktywnej integracji – edukacyjnymi, zawodowymi, społecznymi i zdrowotnymi – dobieranymi do potrzeb każdego uczestnika.": (
        "До проєкту долучилися 54 особи: 32 безробітні особи та 22 економічно неактивні "
        "особи. Проєкти підзаходу 7.1.1 поєднували соціальну роботу та соціальний контракт "
        "із так званими інструментами активної інтеграції – освітніми, професійними, "
        "соціальними та медичними, – які добирали відповідно до потреб кожного учасника."
    ),
    "Uczestnicy projektu": "Учасники проєкту",
    "uczestników łącznie": "учасники загалом",
    "Spotkanie uczestników projektu „Szansa na lepszą przyszłość”": (
        "Зустріч учасників проєкту «Szansa na lepszą przyszłość»"
    ),
    "Dla małego, wiejskiego ośrodka wyróżnienie wojewódzkie to potwierdzenie, że cierpliwa praca z każdym mieszkańcem z osobna jest widoczna także daleko poza gminą.": (
        "Для невеликого сільського центру відзнака на рівні воєводства – це підтвердження "
        "того, що терпляча робота з кожним мешканцем окремо помітна й далеко за межами гміни."
    ),
    "Galeria – GOPS Domanice": "Галерея – GOPS Domanice",
    "galeria": "galeria",
    "Zdjęcia z życia ośrodka GOPS Domanice. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Фотографії з життя центру GOPS Domanice. У демонстраційній версії їх замінює "
        "графіка; підписи пояснюють, що буде на справжній фотографії."
    ),
    "Konferencja w Pałacu Kultury i Nauki, listopad 2014": (
        "Конференція в Палаці культури і науки, листопад 2014 року"
    ),
    "Warsztaty aktywizacji zawodowej": "Тренінги з професійної активізації",
    "Zespół ośrodka": "Колектив центру",
    "Gmina Domanice jesienią": "Гміна Domanice восени",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum GOPS Domanice)": (
        "демонстраційна графіка (місце для фотографії з архіву GOPS Domanice)"
    ),
    # --- OPS Marki ---------------------------------------------------------------
    "OPS Marki": "OPS Marki",
    "ops-marki": "ops-marki",
    "Ośrodek Pomocy Społecznej w Markach": "Ośrodek Pomocy Społecznej w Markach",
    "Ośrodek Pomocy Społecznej w Markach pracuje z rodzinami z miasta Marki w powiecie wołomińskim. W listopadzie 2018 roku jego praca na rzecz dziecka i rodziny została doceniona dwa razy: wyróżnieniem „Zawsze pomocni” i nagrodą specjalną Ministra.": (
        "Ośrodek Pomocy Społecznej w Markach (центр соціальної допомоги в Marki) працює з "
        "сім’ями з міста Marki у Воломінському повіті (powiat wołomiński). У листопаді 2018 "
        "року його роботу на користь дитини та сім’ї було відзначено двічі: відзнакою "
        "«Zawsze pomocni» («Завжди готові допомогти») та спеціальною нагородою Міністра."
    ),
    "Nagroda specjalna Ministra 2018 dla OPS Marki": "Спеціальна нагорода Міністра 2018 для OPS Marki",
    "nagroda-specjalna-ministra-2018": "nagroda-specjalna-ministra-2018",
    "Minister Rodziny, Pracy i Polityki Społecznej": "Міністр сім’ї, праці та соціальної політики",
    "W Dniu Pracownika Socjalnego, 21 listopada 2018 r., Ośrodek Pomocy Społecznej w Markach otrzymał nagrodę specjalną Ministra Rodziny, Pracy i Polityki Społecznej za wybitne i nowatorskie rozwiązania w pomocy społecznej.": (
        "У День соціального працівника, 21 листопада 2018 року, Ośrodek Pomocy Społecznej "
        "w Markach (центр соціальної допомоги в Marki) отримав спеціальну нагороду Міністра "
        "сім’ї, праці та соціальної політики за видатні та новаторські рішення у сфері "
        "соціальної допомоги."
    ),
    "Nagrody specjalne ministra właściwego do spraw zabezpieczenia społecznego przyznawane są co roku 21 listopada, w Dniu Pracownika Socjalnego. Wniosek o nagrodę dla mareckiego ośrodka złożył burmistrz Marek, a kandydaturę pozytywnie zaopiniowała Rada Pomocy Społecznej działająca przy ministrze.": (
        "Спеціальні нагороди міністра, відповідального за соціальне забезпечення, "
        "присуджують щороку 21 листопада, у День соціального працівника. Заявку на нагороду "
        "для центру в Marki подав бурмістр Marki, а кандидатуру схвалила Rada Pomocy "
        "Społecznej (Рада з питань соціальної допомоги) при міністрові."
    ),
    "Co zostało docenione": "Що було відзначено",
    "W ciągu kilku lat ośrodek zbudował w mieście sieć usług dla rodzin w kryzysie:": (
        "За кілька років центр створив у місті мережу послуг для сімей у кризових ситуаціях:"
    ),
    "<b>Marecki Punkt Pomocy Dziecku i Rodzinie</b> – specjalistyczne poradnictwo na poziomie gminy: pomoc psychologiczna, terapeutyczna i terapia rodzinna;": (
        "<b>Marecki Punkt Pomocy Dziecku i Rodzinie</b> (Пункт допомоги дитині та сім’ї в "
        "Marki) – спеціалізоване консультування на рівні гміни: психологічна та "
        "терапевтична допомога, сімейна терапія;"
    ),
    "<b>mieszkanie chronione</b> dla rodzin w kryzysie – pierwsze i jedyne w powiecie wołomińskim;": (
        "<b>захищене житло</b> для сімей у кризових ситуаціях – перше і єдине у "
        "Воломінському повіті;"
    ),
    "<b>dwie rodziny wspierające</b>, które pomagają innym rodzinom w codziennych sprawach;": (
        "<b>дві сім’ї підтримки</b>, які допомагають іншим сім’ям у повсякденних справах;"
    ),
    "autorski program <b>„Odzyskać Dziecko”</b> dla rodziców, których dzieci trafiły do pieczy zastępczej.": (
        "авторська програма <b>«Odzyskać Dziecko» («Повернути дитину»)</b> для батьків, чиї "
        "діти потрапили в альтернативний догляд."
    ),
    "Efekty do listopada 2018": "Результати до листопада 2018 року",
    "dzieci wróciło do rodzin biologicznych": "дітей повернулися до біологічних сімей",
    "rodziny wspierające": "сім’ї підтримки",
    "mieszkanie chronione dla rodzin": "захищене житло для сімей",
    "Marecki Punkt Pomocy Dziecku i Rodzinie": (
        "Marecki Punkt Pomocy Dziecku i Rodzinie (Пункт допомоги дитині та сім’ї в Marki)"
    ),
    "Standard usług w gminie": "Стандарт послуг у гміні",
    "Ośrodek pilotażowo wdrażał także „Model realizacji usług o określonym standardzie w gminie”. W tym modelu obok świadczeń pieniężnych równie ważna jest praca z rodziną: wsparcie psychologiczne, prawne i socjalne. Doświadczeniami ośrodek dzielił się z innymi, przyjmując ich pracowników na wizytach studyjnych.": (
        "Центр також у пілотному режимі впроваджував «Model realizacji usług o określonym "
        "standardzie w gminie» («Модель надання послуг визначеного стандарту в гміні»). У "
        "цій моделі поряд із грошовими виплатами не менш важлива робота з сім’єю: "
        "психологічна, юридична та соціальна підтримка. Своїм досвідом центр ділився з "
        "іншими, приймаючи їхніх працівників під час навчальних візитів."
    ),
    "Wyróżnienie „Zawsze pomocni” 2018 dla OPS Marki": (
        "Відзнака «Zawsze pomocni» 2018 для OPS Marki"
    ),
    "zawsze-pomocni-2018": "zawsze-pomocni-2018",
    "7 listopada 2018 r. Ośrodek Pomocy Społecznej w Markach otrzymał wyróżnienie Marszałka Województwa Mazowieckiego „Zawsze pomocni” za działania na rzecz dziecka i rodziny.": (
        "7 листопада 2018 року Ośrodek Pomocy Społecznej w Markach (центр соціальної "
        "допомоги в Marki) отримав відзнаку маршалка Мазовецького воєводства «Zawsze "
        "pomocni» («Завжди готові допомогти») за діяльність на користь дитини та сім’ї."
    ),
    "Wyróżnienie wręczono podczas konferencji „Skuteczność pieczy zastępczej – wsparcie dziecka i rodziny, zaangażowanie gmin i powiatów województwa mazowieckiego”, połączonej z obchodami Dnia Pracownika Socjalnego. Doceniono zespół, który stawia na usługi dostępne na miejscu, w gminie – tak, by dzieci nie musiały opuszczać swoich domów.": (
        "Відзнаку вручили під час конференції «Ефективність альтернативного догляду – "
        "підтримка дитини та сім’ї, залучення гмін і повітів Мазовецького воєводства», "
        "поєднаної з відзначенням Дня соціального працівника. Відзначили колектив, який "
        "робить ставку на послуги, доступні на місці, у гміні, – щоб дітям не доводилося "
        "залишати свої домівки."
    ),
    "Mniej dzieci w pieczy zastępczej": "Менше дітей в альтернативному догляді",
    "Celem ośrodka jest ograniczanie umieszczania dzieci w pieczy zastępczej. Służy temu program „Odzyskać Dziecko”, skierowany do rodziców, których dzieci przebywają poza domem, oraz mieszkanie chronione, w którym rodzina w kryzysie może przez pewien czas mieszkać i z pomocą specjalistów odbudować swoje życie.": (
        "Мета центру – зменшувати кількість дітей, яких влаштовують в альтернативний "
        "догляд. Для цього існують програма «Odzyskać Dziecko» («Повернути дитину») для "
        "батьків, чиї діти перебувають поза домом, та захищене житло, де сім’я в кризовій "
        "ситуації може деякий час пожити й за допомогою фахівців відбудувати своє життя."
    ),
    "Program „Odzyskać Dziecko”": "Програма «Odzyskać Dziecko»",
    "1,5 roku": "1,5 року",
    "działania programu do dnia wyróżnienia": "роботи програми до дня відзнаки",
    "Mieszkanie chronione dla rodzin w kryzysie": "Захищене житло для сімей у кризових ситуаціях",
    "Dwa tygodnie później ośrodek otrzymał także nagrodę specjalną Ministra Rodziny, Pracy i Polityki Społecznej – o niej opowiadamy w osobnej historii.": (
        "Через два тижні центр отримав також спеціальну нагороду Міністра сім’ї, праці та "
        "соціальної політики – про неї ми розповідаємо в окремій історії."
    ),
    "Galeria – OPS Marki": "Галерея – OPS Marki",
    "Zdjęcia z życia ośrodka OPS Marki. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Фотографії з життя центру OPS Marki. У демонстраційній версії їх замінює графіка; "
        "підписи пояснюють, що буде на справжній фотографії."
    ),
    "Gala Dnia Pracownika Socjalnego, listopad 2018": (
        "Урочистості з нагоди Дня соціального працівника, листопад 2018 року"
    ),
    "Konferencja o pieczy zastępczej, 7 listopada 2018": (
        "Конференція про альтернативний догляд, 7 листопада 2018 року"
    ),
    "Spotkanie rodzin wspierających": "Зустріч сімей підтримки",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum OPS Marki)": (
        "демонстраційна графіка (місце для фотографії з архіву OPS Marki)"
    ),
    # --- MOPS Jasło --------------------------------------------------------------
    "MOPS Jasło": "MOPS Jasło",
    "mops-jaslo": "mops-jaslo",
    "Miejski Ośrodek Pomocy Społecznej w Jaśle": "Miejski Ośrodek Pomocy Społecznej w Jaśle",
    "Miejski Ośrodek Pomocy Społecznej w Jaśle łączy pomoc dla każdej rodziny z osobna z ożywianiem całej społeczności: prowadzi projekty aktywnej integracji, rozwija wolontariat i pracę asystentów rodziny.": (
        "Miejski Ośrodek Pomocy Społecznej w Jaśle (міський центр соціальної допомоги в "
        "Jasło) поєднує допомогу кожній сім’ї окремо з пожвавленням життя всієї громади: "
        "реалізує проєкти активної інтеграції, розвиває волонтерство та роботу асистентів "
        "сім’ї."
    ),
    "Nagroda specjalna Ministra 2014 dla MOPS w Jaśle": "Спеціальна нагорода Міністра 2014 для MOPS Jasło",
    "nagroda-specjalna-ministra-2014": "nagroda-specjalna-ministra-2014",
    "Pałac Prezydencki, Warszawa": "Pałac Prezydencki (Президентський палац), Варшава",
    "Minister Pracy i Polityki Społecznej": "Міністр праці та соціальної політики",
    "21 listopada 2014 r. Miejski Ośrodek Pomocy Społecznej w Jaśle otrzymał zespołową nagrodę specjalną Ministra Pracy i Polityki Społecznej. Nagrody wręczono podczas gali w Pałacu Prezydenckim w Warszawie.": (
        "21 листопада 2014 року Miejski Ośrodek Pomocy Społecznej w Jaśle (міський центр "
        "соціальної допомоги в Jasło) отримав колективну спеціальну нагороду Міністра праці "
        "та соціальної політики. Нагороди вручили під час урочистої церемонії в "
        "Президентському палаці (Pałac Prezydencki) у Варшаві."
    ),
    "Nagrody specjalne za wybitne osiągnięcia i nowatorskie rozwiązania w pomocy społecznej minister przyznaje co roku w Dniu Pracownika Socjalnego, w kategorii indywidualnej i zespołowej. W 2014 roku przyznano 13 nagród – 7 indywidualnych i 6 zespołowych. Jedna z nagród zespołowych trafiła do Jasła.": (
        "Спеціальні нагороди за видатні досягнення та новаторські рішення у сфері "
        "соціальної допомоги міністр присуджує щороку в День соціального працівника в "
        "індивідуальній та колективній категоріях. У 2014 році присудили 13 нагород – 7 "
        "індивідуальних і 6 колективних. Одна з колективних нагород дісталася Jasło."
    ),
    "Za wieloaspektowe podejście do beneficjentów pomocy społecznej, aktywizację społeczności lokalnej w ramach integracji środowisk oraz nowatorskie rozwiązania w pracy z klientem indywidualnym.": (
        "За багатоаспектний підхід до отримувачів соціальної допомоги, активізацію місцевої "
        "громади через інтеграцію середовищ, а також за новаторські рішення в роботі з "
        "індивідуальним клієнтом."
    ),
    "uzasadnienie nagrody zespołowej, 2014": "обґрунтування колективної нагороди, 2014",
    "Aktywność, wolontariat, asystenci rodziny": "Активність, волонтерство, асистенти сім’ї",
    "Od 2010 roku ośrodek realizował projekt „Czas na aktywność w Jaśle”, współfinansowany z Europejskiego Funduszu Społecznego w ramach Programu Operacyjnego Kapitał Ludzki (poddziałanie 7.1.1). Od 2013 roku rozwija wolontariat, dzięki któremu mieszkańcy sami włączają się w pomoc innym, a asystenci rodziny towarzyszą rodzinom w codziennych sprawach i w wychowaniu dzieci.": (
        "З 2010 року центр реалізовував проєкт «Czas na aktywność w Jaśle» («Час для "
        "активності в Ясло»), співфінансований Європейським соціальним фондом у межах "
        "Program Operacyjny Kapitał Ludzki (Операційної програми «Людський капітал»; "
        "підзахід 7.1.1). З 2013 року центр розвиває волонтерство, завдяки якому мешканці "
        "самі долучаються до допомоги іншим, а асистенти сім’ї супроводжують сім’ї в "
        "повсякденних справах і у вихованні дітей."
    ),
    "Nagrody specjalne Ministra w 2014 roku": "Спеціальні нагороди Міністра у 2014 році",
    "nagród łącznie": "нагород загалом",
    "nagród zespołowych": "колективних нагород",
    "nagród indywidualnych": "індивідуальних нагород",
    "Wolontariusze ośrodka": "Волонтери центру",
    "Ośrodek blisko współpracuje z organizacjami pozarządowymi z Jasła, które prowadzą zadania z zakresu pomocy społecznej, i organizuje wiele akcji dla mieszkańców miasta.": (
        "Центр тісно співпрацює з неурядовими організаціями з Jasło, які виконують завдання "
        "у сфері соціальної допомоги, і організовує багато заходів для мешканців міста."
    ),
    "Galeria – MOPS Jasło": "Галерея – MOPS Jasło",
    "Zdjęcia z życia ośrodka MOPS Jasło. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Фотографії з життя центру MOPS Jasło. У демонстраційній версії їх замінює графіка; "
        "підписи пояснюють, що буде на справжній фотографії."
    ),
    "Gala w Pałacu Prezydenckim, 21 listopada 2014": (
        "Урочиста церемонія в Президентському палаці, 21 листопада 2014 року"
    ),
    "Uczestnicy projektu „Czas na aktywność w Jaśle”": (
        "Учасники проєкту «Czas na aktywność w Jaśle»"
    ),
    "Asystentka rodziny w pracy": "Асистентка сім’ї за роботою",
    "Akcja dla mieszkańców Jasła": "Захід для мешканців Jasło",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum MOPS Jasło)": (
        "демонстраційна графіка (місце для фотографії з архіву MOPS Jasło)"
    ),
    # --- MOPS Szklarska Poręba ---------------------------------------------------
    "MOPS Szklarska Poręba": "MOPS Szklarska Poręba",
    "mops-szklarska-poreba": "mops-szklarska-poreba",
    "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie": (
        "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie"
    ),
    "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie pracuje ze społecznością górskiego miasta w powiecie jeleniogórskim. W latach 2011–2012 był jednym z 21 edukatorów ogólnopolskiego projektu „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej”.": (
        "Miejski Ośrodek Pomocy Społecznej w Szklarskiej Porębie (міський центр соціальної "
        "допомоги в Szklarska Poręba) працює з громадою гірського міста в Єленьогурському "
        "повіті (powiat jeleniogórski). У 2011–2012 роках він був одним із 21 едукатора "
        "загальнопольського проєкту «Tworzenie i rozwijanie standardów usług pomocy "
        "i integracji społecznej» («Створення та розвиток стандартів послуг соціальної "
        "допомоги та інтеграції»)."
    ),
    "Edukator standardów usług – dobra praktyka MOPS Szklarska Poręba": (
        "Едукатор стандартів послуг – добра практика MOPS Szklarska Poręba"
    ),
    "edukator-standardow-uslug-2012": "edukator-standardow-uslug-2012",
    "W latach 2011–2012 ośrodek ze Szklarskiej Poręby był jednym z 21 edukatorów ogólnopolskiego projektu „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej”. Sieć wyróżnia to doświadczenie jako dobrą praktykę.": (
        "У 2011–2012 роках центр із Szklarska Poręba був одним із 21 едукатора "
        "загальнопольського проєкту «Tworzenie i rozwijanie standardów usług pomocy "
        "i integracji społecznej» («Створення та розвиток стандартів послуг соціальної "
        "допомоги та інтеграції»). Мережа відзначає цей досвід як добру практику."
    ),
    "„Dobra praktyka sieci” to wyróżnienie wewnętrzne sieci „Zawsze pomocni”, a nie nagroda zewnętrzna. Oznaczamy nim doświadczenia ośrodków, z których mogą skorzystać inni.": (
        "«Добра практика мережі» – це внутрішня відзнака мережі «Zawsze pomocni» («Завжди "
        "готові допомогти»), а не зовнішня нагорода. Нею ми позначаємо досвід центрів, яким "
        "можуть скористатися інші."
    ),
    "Projekt „Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej” zainicjował Departament Pomocy i Integracji Społecznej Ministerstwa Pracy i Polityki Społecznej. Realizowało go partnerstwo publiczno-społeczne, a współfinansowała Unia Europejska ze środków Europejskiego Funduszu Społecznego. Jego celem było opracowanie, przetestowanie i wdrożenie standardów usług i instytucji pomocy społecznej.": (
        "Проєкт «Tworzenie i rozwijanie standardów usług pomocy i integracji społecznej» "
        "ініціював Департамент допомоги та соціальної інтеграції Міністерства праці та "
        "соціальної політики. Його реалізовувало публічно-громадське партнерство, а "
        "співфінансував Європейський Союз коштом Європейського соціального фонду. Метою "
        "проєкту було розроблення, випробування та впровадження стандартів послуг і установ "
        "соціальної допомоги."
    ),
    "Jeden z 21 edukatorów": "Один із 21 едукатора",
    "Ośrodek zgłosił się do projektu z opisem swojej dotychczasowej pracy ze społecznością lokalną i znalazł się w gronie 21 edukatorów – obok instytucji z dużych miast, takich jak Wrocław, Warszawa, Poznań, Katowice i Gdynia. Od marca 2011 do listopada 2012 roku przedstawicielki ośrodka uczestniczyły w cyklu trzydniowych szkoleń w Warszawie, a w pracy na miejscu wspierał je mentor.": (
        "Центр подав заявку на участь у проєкті з описом своєї дотеперішньої роботи з "
        "місцевою громадою й увійшов до числа 21 едукатора – поряд з установами з великих "
        "міст, таких як Вроцлав, Варшава, Познань, Катовіце та Гдиня. З березня 2011 до "
        "листопада 2012 року представниці центру брали участь у циклі триденних навчань у "
        "Варшаві, а в роботі на місці їх підтримував наставник."
    ),
    "Udział w projekcie": "Участь у проєкті",
    "edukatorów z całej Polski": "едукатор з усієї Польщі",
    "trzydniowych szkoleń w Warszawie": "триденних навчань у Варшаві",
    "lata udziału ośrodka": "роки участі центру",
    "Wizyta studyjna w Leeds": "Навчальний візит до Лідса",
    "We wrześniu 2012 roku przedstawicielki ośrodka wzięły udział w wizycie studyjnej w Leeds w Wielkiej Brytanii, gdzie poznawały, jak tamtejsze instytucje organizują usługi społeczne i pracę ze społecznością.": (
        "У вересні 2012 року представниці центру взяли участь у навчальному візиті до Лідса "
        "у Великій Британії, де знайомилися з тим, як тамтешні установи організовують "
        "соціальні послуги та роботу з громадою."
    ),
    "Wizyta studyjna w Leeds, wrzesień 2012": "Навчальний візит до Лідса, вересень 2012 року",
    "Galeria – MOPS Szklarska Poręba": "Галерея – MOPS Szklarska Poręba",
    "Zdjęcia z życia ośrodka MOPS Szklarska Poręba. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Фотографії з життя центру MOPS Szklarska Poręba. У демонстраційній версії їх "
        "замінює графіка; підписи пояснюють, що буде на справжній фотографії."
    ),
    "Szkolenie edukatorów w Warszawie": "Навчання едукаторів у Варшаві",
    "Spotkanie ze społecznością lokalną": "Зустріч із місцевою громадою",
    "Siedziba ośrodka przy ul. Jedności Narodowej": "Будівля центру на ul. Jedności Narodowej",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum MOPS Szklarska Poręba)": (
        "демонстраційна графіка (місце для фотографії з архіву MOPS Szklarska Poręba)"
    ),
    # --- OPS Chocianów -----------------------------------------------------------
    "OPS Chocianów": "OPS Chocianów",
    "ops-chocianow": "ops-chocianow",
    "Ośrodek Pomocy Społecznej w Chocianowie": "Ośrodek Pomocy Społecznej w Chocianowie",
    "Ośrodek Pomocy Społecznej w Chocianowie wspiera mieszkańców miejsko-wiejskiej gminy Chocianów w powiecie polkowickim. W 2012 roku prowadził projekt aktywnej integracji „Dziś aktywność – jutro niezależność”.": (
        "Ośrodek Pomocy Społecznej w Chocianowie (центр соціальної допомоги в Chocianów) "
        "підтримує мешканців місько-сільської гміни Chocianów у Польковицькому повіті "
        "(powiat polkowicki). У 2012 році він реалізовував проєкт активної інтеграції «Dziś "
        "aktywność – jutro niezależność» («Сьогодні активність – завтра незалежність»)."
    ),
    "„Dziś aktywność – jutro niezależność” – dobra praktyka OPS Chocianów": (
        "«Dziś aktywność – jutro niezależność» («Сьогодні активність – завтра незалежність») "
        "– добра практика OPS Chocianów"
    ),
    "dzis-aktywnosc-jutro-niezaleznosc-2012": "dzis-aktywnosc-jutro-niezaleznosc-2012",
    "Od 1 kwietnia do 31 grudnia 2012 r. ośrodek w Chocianowie prowadził projekt „Dziś aktywność – jutro niezależność”, współfinansowany z Europejskiego Funduszu Społecznego. Sieć wyróżnia go jako dobrą praktykę małego, dobrze zaplanowanego projektu.": (
        "З 1 квітня до 31 грудня 2012 року центр у Chocianów реалізовував проєкт «Dziś "
        "aktywność – jutro niezależność» («Сьогодні активність – завтра незалежність»), "
        "співфінансований Європейським соціальним фондом. Мережа відзначає його як добру "
        "практику невеликого, добре спланованого проєкту."
    ),
    "Projekt realizowano w ramach Programu Operacyjnego Kapitał Ludzki, w poddziałaniu 7.1.1 „Rozwój i upowszechnianie aktywnej integracji przez ośrodki pomocy społecznej”. Wzięło w nim udział 8 osób.": (
        "Проєкт реалізовувався в межах Program Operacyjny Kapitał Ludzki (Операційної "
        "програми «Людський капітал»), підзахід 7.1.1 «Розвиток і поширення активної "
        "інтеграції центрами соціальної допомоги». У ньому взяли участь 8 осіб."
    ),
    "Mała grupa, indywidualne wsparcie": "Невелика група, індивідуальна підтримка",
    "Dziewięć miesięcy i ośmioro uczestników – to skala, przy której pracownik socjalny zna każdą osobę i może dobrać wsparcie do jej sytuacji. Projekty tego typu łączyły kontrakt socjalny z instrumentami aktywizacji edukacyjnej, zawodowej i społecznej.": (
        "Дев’ять місяців і восьмеро учасників – це масштаб, за якого соціальний працівник "
        "знає кожну людину й може підібрати підтримку відповідно до її ситуації. Проєкти "
        "такого типу поєднували соціальний контракт з інструментами освітньої, професійної "
        "та соціальної активізації."
    ),
    "Projekt w liczbach": "Проєкт у цифрах",
    "uczestników": "учасників",
    "miesięcy realizacji (IV–XII 2012)": "місяців реалізації (IV–XII 2012)",
    "Zajęcia z doradcą zawodowym": "Заняття з профконсультантом",
    "Galeria – OPS Chocianów": "Галерея – OPS Chocianów",
    "Zdjęcia z życia ośrodka OPS Chocianów. W wersji demonstracyjnej zastępują je grafiki; podpisy mówią, co pokaże prawdziwe zdjęcie.": (
        "Фотографії з життя центру OPS Chocianów. У демонстраційній версії їх замінює "
        "графіка; підписи пояснюють, що буде на справжній фотографії."
    ),
    "Uczestnicy projektu „Dziś aktywność – jutro niezależność”": (
        "Учасники проєкту «Dziś aktywność – jutro niezależność»"
    ),
    "Warsztaty umiejętności społecznych": "Тренінги із соціальних навичок",
    "Podsumowanie projektu, grudzień 2012": "Підбиття підсумків проєкту, грудень 2012 року",
    "grafika demonstracyjna (miejsce na zdjęcie z archiwum OPS Chocianów)": (
        "демонстраційна графіка (місце для фотографії з архіву OPS Chocianów)"
    ),
    # --- values of key figures that are not plain numbers ------------------------
    "2011–2012": "2011–2012",
}
