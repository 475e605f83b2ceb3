"""Two centres, a reviewer and a change waiting for approval, for the approval attacks.

Reuses the network of ``tests.awards.test_isolation`` (centre A and B, each with
a live page, a draft and a change in "Regional approval"), built once per test
module inside a transaction rolled back at its end.
"""

import contextlib

from django.db import transaction
from django.test import Client, override_settings

from tests.awards.test_isolation import build_network


@contextlib.contextmanager
def rolled_back_network(django_db_blocker, media_root):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        yield build_network()
        transaction.set_rollback(True)


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client
