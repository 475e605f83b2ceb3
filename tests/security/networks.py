"""Networks for the attack suite, each built once per test module and rolled back.

By default the network of ``tests.awards.isolation``: centres A and B, each
with a live page, a draft and a change waiting in "Regional approval".
"""

import contextlib

from django.db import transaction
from django.test import Client, override_settings

from tests.awards.isolation.two_centres import build_network


@contextlib.contextmanager
def rolled_back_network(django_db_blocker, media_root, build=build_network):
    """``build()`` once for a test module, in a transaction rolled back at its end;
    each test runs in a savepoint within it."""
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        yield build()
        transaction.set_rollback(True)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client
