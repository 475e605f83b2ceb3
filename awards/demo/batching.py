"""Work that every save repeats, done once per object at the end of the load, or later.

Publishing one demo page saves it several times (the draft, its revision, the
publication, the draft copies ``home.locale_trees`` makes in English and
Ukrainian), and every save asks for the same follow-up work: index the object
for search, index what it refers to (Wagtail's reference index) and make the
renditions of the photos it shows.

The two indexes read the object as it is in the database when they run, so
``once_per_object`` collects those requests while the load runs and carries
them out once per object when it ends, inside the load's transaction: the same
entries at a fraction of the cost. (One derived number differs: the SQLite
search backend's ``title_norm``, which weighs an entry's title against the
average title length in the index when the entry is created.)

Renditions are a cache of the photos in the sizes the templates show; making
them was a third of a load's time. The load leaves them to the first page that
shows a photo (the ``photo`` template tag makes what is missing), or to
``manage.py refresh_photo_uses``, which makes all of them at once.
"""

from contextlib import contextmanager, suppress
from unittest import mock

from django.core.exceptions import ObjectDoesNotExist
from django_tasks.base import Task
from modelsearch.tasks import insert_or_update_object_task
from wagtail.tasks import update_reference_index_task

from home.models import NetworkImage

# Tasks that take (app label, model name, pk) and read that object afresh.
PER_OBJECT_TASKS = (insert_or_update_object_task.func, update_reference_index_task.func)


class Deferred:
    def __init__(self):
        self.tasks = {}  # task -> {args: None}, in the order first asked for

    def run(self):
        """Carry out what was asked for, once per object."""
        for task, calls in self.tasks.items():
            for args in calls:
                # An object deleted after it was saved (Wagtail's welcome page) is skipped.
                with suppress(ObjectDoesNotExist):
                    task.call(*args)


@contextmanager
def once_per_object():
    deferred = Deferred()
    enqueue = Task.enqueue

    def enqueue_later(task, *args, **kwargs):
        if task.func in PER_OBJECT_TASKS and not kwargs:
            deferred.tasks.setdefault(task, {})[args] = None
            return None
        return enqueue(task, *args, **kwargs)

    def no_renditions(image, *specs):
        return {}  # nobody reads them during the load: the handlers only make them

    with (
        mock.patch.object(Task, "enqueue", enqueue_later),
        mock.patch.object(NetworkImage, "get_renditions", no_renditions),
    ):
        yield deferred
    deferred.run()
