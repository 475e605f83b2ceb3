"""The awards and the centres' projects: snippets, found by their natural key or made."""

from ..models import Award, Project, ProjectParticipantGroup


def award(load, spec):
    found = Award.objects.filter(slug=spec.slug, locale=load.locale).first()
    created = found is None
    if created:
        found = Award.objects.create(
            locale=load.locale,
            slug=spec.slug,
            name=spec.name,
            awarding_body=spec.awarding_body,
            level=spec.level,
            category=spec.category,
            description=spec.description,
        )
    load.awards[spec.slug] = found
    load.remember_strings(found, spec)
    load.count("awards", created, spec.name)


def project(load, spec):
    if spec.name in load.projects:
        return
    found = Project.objects.filter(name=spec.name, locale=load.locale).first()
    created = found is None
    if created:
        found = Project(
            locale=load.locale,
            name=spec.name,
            programme=spec.programme,
            programme_period=spec.programme_period,
            fund=spec.fund,
            priority=spec.priority,
            action=spec.action,
            sub_action=spec.sub_action,
            start_date=spec.start_date,
            end_date=spec.end_date,
            results=spec.results,
        )
        for order, (label, count) in enumerate(spec.participants):
            found.participant_groups.add(
                ProjectParticipantGroup(label=label, count=count, sort_order=order)
            )
        found.clean()
        found.save()
    load.projects[spec.name] = found
    load.remember_strings(found, spec)
    load.count("projects", created, spec.name)
