"""Every deployment knob comes from the environment; production refuses to run unsafely."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DJANGO_SETTINGS_MODULE", "DEBUG"}
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="network_site.settings.production")

    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment for production." in result.stderr


def test_production_passes_the_deployment_checks():
    result = manage(
        "check",
        "--deploy",
        "--fail-level=WARNING",
        DJANGO_SETTINGS_MODULE="network_site.settings.production",
        SECRET_KEY="a-long-random-secret-key-for-the-check-only-0123456789-abcdefghijk",
        ALLOWED_HOSTS="zawszepomocni.example",
    )

    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
