"""The fictional part of the demo network, generated from a seed.

``generate(seed, centres, stories)`` returns plain ``CentreSpec`` records and
depends on nothing but its arguments and the data files: the same arguments
always give the same network, which is what lets a second load recognise
everything the first one made. The word pools and templates are in
``data/generated.yaml``; this module only decides, with the seeded random
generator, which of them each centre and story gets.
"""

import datetime
import random
from dataclasses import dataclass

from ..choices import CentreKind
from . import reading
from .generated_pools import Place, defaults, max_centres, pools
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

__all__ = ["defaults", "generate", "max_centres", "pools"]


def generate(seed=None, centres=None, stories=None):
    """Return ``centres`` fictional CentreSpecs sharing ``stories`` stories between them."""
    data = pools()
    seed = data["defaults"]["seed"] if seed is None else seed
    centres = data["defaults"]["centres"] if centres is None else centres
    stories = data["defaults"]["stories"] if stories is None else stories
    rng = random.Random(seed)
    generator = _Generator(rng, data, reading.network())
    places = generator.choose_places(centres)
    plans = [generator.centre_plan(place) for place in places]
    story_lists = generator.share_stories(plans, stories)
    return tuple(
        generator.centre(plan, tuple(story_lists[index])) for index, plan in enumerate(plans)
    )


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


class _Generator:
    def __init__(self, rng, data, network):
        self.rng = rng
        self.data = data
        self.network = network
        self.awards = {award.slug: award for award in network.awards}
        pool = data["photo_pool"]
        self.pool = tuple(
            PhotoSpec(
                title=pool["title"].format(number=number),
                caption=pool["caption"],
                credit=pool["credit"],
            )
            for number in range(1, pool["size"] + 1)
        )

    def choose_places(self, count):
        home = self.data["home_voivodeship"]
        at_home = [p for p in self.data["places"] if p.voivodeship == home]
        others = [p for p in self.data["places"] if p.voivodeship != home]
        from_home = min(len(at_home), max(1, round(count * self.data["home_share"])))
        from_others = count - from_home
        if from_others > len(others):
            from_home += from_others - len(others)
            from_others = len(others)
        chosen = self.rng.sample(at_home, from_home) + self.rng.sample(others, from_others)
        self.rng.shuffle(chosen)
        return chosen

    def centre_plan(self, place):
        rng, texts = self.rng, self.data["centre"]
        title = texts["title"].format(kind=place.kind, place=place.name)
        low, high, area_code = self.data["postal_codes"][place.voivodeship]
        return _CentrePlan(
            place=place,
            title=title,
            official_name=texts["official_name"].format(
                official_name=texts["official_names"][place.kind], in_place=place.in_name
            ),
            slug=slugify(title),
            street_address=texts["street_address"].format(
                street=rng.choice(self.data["streets"]), number=rng.randint(1, 120)
            ),
            postal_code=f"{rng.randint(low, high):02d}-{rng.randint(0, 999):03d}",
            phone=texts["phone"].format(
                area_code=area_code, a=rng.randint(10, 99), b=rng.randint(10, 99)
            ),
            head=texts["head"].format(
                first_name=rng.choice(self.data["first_names"]),
                last_name=rng.choice(self.data["last_names"]),
            ),
        )

    def share_stories(self, plans, count):
        """Give every centre at least one story (while there are enough), the rest at random."""
        owners = list(range(len(plans)))[:count]
        owners += [self.rng.randrange(len(plans)) for _ in range(count - len(owners))]
        lists = [[] for _ in plans]
        taken = [set() for _ in plans]  # (award, year) and slugs already used by each centre
        for owner in owners:
            lists[owner].append(self.story(plans[owner], taken[owner]))
        return lists

    def choose_award(self, place):
        where = "home" if place.voivodeship == self.data["home_voivodeship"] else "elsewhere"
        weights = self.data["award_weights"][where]
        return self.rng.choices(tuple(weights), tuple(weights.values()))[0]

    def _drawn(self, value):
        return self.rng.randint(*value) if isinstance(value, list) else value

    def story(self, plan, taken):
        rng, data = self.rng, self.data
        award = self.choose_award(plan.place)
        for _attempt in range(5):
            year = rng.randint(*data["years"])
            if (award, year) not in taken:
                break
        else:
            # An external award comes once a year at most.
            award = next(slug for slug, how in data["awards"].items() if how.get("internal"))
        topics = [t for t in data["topics"] if t.years[0] <= year <= t.years[1]]
        fresh = [t for t in topics if slugify(f"{t.title} {year}") not in taken]
        topic = rng.choice(fresh or topics)
        slug = slugify(f"{topic.title} {year}")
        suffix = 2
        while slug in taken:
            slug = slugify(f"{topic.title} {year} {suffix}")
            suffix += 1
        taken.update({(award, year), slug})

        how = data["awards"][award]
        minister = self.network.minister_title(year)
        month = self._drawn(how["month"])
        date_awarded = datetime.date(year, month, self._drawn(how["day"]))
        place = how.get("ceremony_place", "")
        conferred_by = how.get("conferred_by", self.awards[award].awarding_body)
        project = self.project(plan, year) if topic.project else None
        hero = rng.choice(self.pool)
        texts = data["story"]
        received = texts["received"].get(plan.place.kind, texts["received"]["default"])
        return StorySpec(
            slug=slug,
            title=texts["title"].format(topic=topic.title, award_label=how["label"], year=year),
            award=award,
            date_awarded=date_awarded,
            ceremony_date=date_awarded if place else None,
            ceremony_place=place,
            conferred_by=conferred_by.format(minister=minister),
            lead=texts["lead"].format(
                year=year,
                official_name=plan.official_name,
                received=received,
                award_lead=how["lead"],
                reason=topic.reason,
            ),
            body=self.body(plan, topic, how, year, minister, hero, project),
            hero=hero,
            projects=(project.name,) if project else (),
            tags=topic.tags,
        ), project

    def body(self, plan, topic, how, year, minister, hero, project):
        rng, texts = self.rng, self.data["story"]
        blocks = [paragraph(self.data["fiction_note"])]
        if "note" in how:
            blocks.append(paragraph(how["note"]))
        blocks.append(paragraph(f"<p>{topic.context}</p>"))
        figures = [(rng.randint(low, high), label) for label, low, high in topic.figures]
        if project:
            figures = [(count, label) for label, count in project.participants]
            figures.insert(0, (sum(count for count, _ in figures), texts["project_total"]))
        if figures:
            blocks.append(key_figures(texts["figures_title"], figures))
        blocks.append(image(hero, texts["image_caption"]))
        if rng.random() < texts["quote_share"]:
            attribution = texts["quote_attribution"].format(head=plan.head)
            blocks.append(quote(rng.choice(self.data["quotes"]), attribution))
        blocks.append(heading(texts["about_heading"], level="h3"))
        about = how["about"].format(year=year, minister=minister)
        blocks.append(paragraph(f"<p>{about}</p>"))
        return tuple(blocks)

    def project(self, plan, year):
        rng, texts = self.rng, self.data["project"]
        counts = [rng.randint(item["from"], item["to"]) for item in texts["participants"]]
        start = max(texts["first_year"], year - rng.randint(1, 3))
        return ProjectSpec(
            name=texts["name"].format(in_place=plan.place.in_name),
            programme=texts["programme"],
            programme_period=texts["programme_period"],
            fund=texts["fund"],
            priority=texts["priority"],
            action=texts["action"],
            sub_action=texts["sub_action"],
            start_date=datetime.date(start, 1, 1),
            end_date=datetime.date(min(year, texts["last_year"]), 12, 31),
            results=texts["results"],
            participants=tuple(
                (item["label"], count)
                for item, count in zip(texts["participants"], counts, strict=True)
            ),
        )

    def centre(self, plan, stories):
        rng, texts = self.rng, self.data["centre"]
        place = plan.place
        projects = {}
        for _story_spec, project in stories:
            if project:
                projects.setdefault(project.name, project)
        galleries = ()
        if rng.random() < texts["gallery_share"]:
            gallery = texts["gallery"]
            galleries = (
                GallerySpec(
                    slug=gallery["slug"],
                    title=gallery["title"].format(centre=plan.title),
                    intro=gallery["intro"],
                    photos=tuple(rng.sample(self.pool, 4)),
                ),
            )
        county = place.county
        if place.kind == CentreKind.MOPR:
            county = texts["county_of_city"].format(county=place.county)
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
            email=texts["email"].format(slug=plan.slug),
            bip_url=texts["bip_url"].format(slug=plan.slug),
            intro=texts["intro"].format(official_name=plan.official_name),
            stories=tuple(story for story, _project in stories),
            galleries=galleries,
            projects=tuple(projects.values()),
        )
