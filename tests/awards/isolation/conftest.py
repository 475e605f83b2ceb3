"""The two-centre network, built once per test module and rolled back at its end."""

import pytest
from django.db import transaction
from django.test import Client, override_settings

from tests.awards.isolation.two_centres import build_network


@pytest.fixture(scope="module")
def network(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once for the module, inside a transaction rolled back at its end.

    Each test runs in a savepoint within it (pytest-django's ``django_db``), so
    every test starts from exactly this network.
    """
    media_root = tmp_path_factory.mktemp("media")
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=media_root),
        transaction.atomic(),
    ):
        yield build_network()
        transaction.set_rollback(True)


@pytest.fixture
def network_home(network):
    return network.home


@pytest.fixture
def reviewer(network):
    return network.reviewer


@pytest.fixture
def centre_a(network):
    return network.a


@pytest.fixture
def centre_b(network):
    return network.b


@pytest.fixture
def editor(centre_a, centre_b):
    """A's editor, logged in, with B in the same network."""
    client = Client()
    client.force_login(centre_a.editor)
    return client


@pytest.fixture
def reviewer_client(reviewer):
    client = Client()
    client.force_login(reviewer)
    return client
