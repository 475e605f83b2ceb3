#!/usr/bin/env bash
# The one-server production shape on loopback (docs/operations.md, "Production shape"):
# Varnish on :6081 in front of gunicorn on :8001, PostgreSQL (its own database
# zawsze_prod), Redis (database 8) for cache and sessions, static files through
# WhiteNoise, media through Django, everything cached by Varnish and purged on
# publish. Ctrl-C stops gunicorn and Varnish.
#
# Every default below can be overridden from the environment.
set -euo pipefail
cd "$(dirname "$0")/.."

VARNISH_PORT=${VARNISH_PORT:-6081}
# Varnish's second, loopback-only door, for Django's purges alone: a TLS proxy
# in front must forward to VARNISH_PORT only (deploy/varnish/default.vcl).
VARNISH_PURGE_PORT=${VARNISH_PURGE_PORT:-6082}
# The largest request body, for Django, Varnish and (by hand) nginx:
#     client_max_body_size 25m;   # = REQUEST_BODY_MAX_BYTES, in nginx's server block
GUNICORN_PORT=${GUNICORN_PORT:-8001}
GUNICORN_WORKERS=${GUNICORN_WORKERS:-3}
PROD_DB=${PROD_DB:-zawsze_prod}
RUN_DIR=${RUN_DIR:-$PWD/var/serve-prod}
PY=${PY:-.venv/bin/python}

mkdir -p "$RUN_DIR"
if [ -z "${SECRET_KEY:-}" ]; then
    [ -s "$RUN_DIR/secret_key" ] || "$PY" -c "import secrets; print(secrets.token_urlsafe(50))" >"$RUN_DIR/secret_key"
    SECRET_KEY=$(cat "$RUN_DIR/secret_key")
fi

export DJANGO_SETTINGS_MODULE=network_site.settings.production
export SECRET_KEY
export DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/$PROD_DB}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379/8}
export VARNISH_PURGE_URL=${VARNISH_PURGE_URL:-http://127.0.0.1:$VARNISH_PURGE_PORT}
export REQUEST_BODY_MAX_BYTES=${REQUEST_BODY_MAX_BYTES:-26214400}
export ALLOWED_HOSTS=${ALLOWED_HOSTS:-localhost,127.0.0.1}
export WAGTAILADMIN_BASE_URL=${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$VARNISH_PORT}
export SERVE_MEDIA=${SERVE_MEDIA:-true}
# Plain HTTP on loopback; on a real server TLS sits in front and this stays on.
export SECURE_SSL_REDIRECT=${SECURE_SSL_REDIRECT:-false}

bash scripts/ensure-services.sh
if [[ $DATABASE_URL == *"@127.0.0.1:5432/$PROD_DB" ]]; then
    psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$PROD_DB'" | grep -q 1 \
        || createdb -h 127.0.0.1 -U postgres "$PROD_DB"
fi

# Nothing to purge yet (Varnish starts below, empty).
VARNISH_PURGE_URL= "$PY" manage.py migrate --noinput -v0
"$PY" manage.py collectstatic --noinput -v0
# The demo network, the first time only (a second load would add a Site for
# localhost next to the one made below).
if ! "$PY" manage.py shell -c "
import sys
from home.models import NetworkHomePage
sys.exit(0 if NetworkHomePage.objects.exists() else 1)
"; then
    VARNISH_PURGE_URL= "$PY" manage.py load_demo_network
    # The load makes no renditions; a production-like start has them made.
    "$PY" manage.py refresh_photo_uses
fi
# Consents that expired while the server was down (docs/photos-and-consent.md; on a real server a daily timer runs it). Varnish starts empty.
VARNISH_PURGE_URL= "$PY" manage.py withdraw_expired_consents
# Purges name the page by its Site's address: make it the address served here.
"$PY" manage.py shell -c "
from wagtail.models import Site
site = Site.objects.get(is_default_site=True)
site.hostname, site.port = '127.0.0.1', $VARNISH_PORT
site.save()  # save(), not update(): Wagtail forgets its cached site root paths
"

# The VCL in the repository points at :8001 and refuses bodies over 26214400
# bytes; follow GUNICORN_PORT and REQUEST_BODY_MAX_BYTES if they differ.
sed -e "s/\.port = \"8001\";/.port = \"$GUNICORN_PORT\";/" \
    -e "s/Content-Length, 0) > 26214400)/Content-Length, 0) > $REQUEST_BODY_MAX_BYTES)/" \
    deploy/varnish/default.vcl >"$RUN_DIR/default.vcl"

.venv/bin/gunicorn network_site.wsgi \
    --bind "127.0.0.1:$GUNICORN_PORT" --workers "$GUNICORN_WORKERS" --preload \
    --worker-class gthread --threads "${GUNICORN_THREADS:-4}" \
    --limit-request-line 8190 --limit-request-fields 100 --limit-request-field_size 8190 \
    --pid "$RUN_DIR/gunicorn.pid" --log-level warning &
GUNICORN=$!
stop() {
    kill "$GUNICORN" 2>/dev/null || true
    if [ -s "$RUN_DIR/varnishd.pid" ]; then
        kill "$(cat "$RUN_DIR/varnishd.pid")" 2>/dev/null || true
    fi
}
trap stop EXIT
trap 'exit 0' INT TERM

echo "Serving http://127.0.0.1:$VARNISH_PORT/ (Varnish) in front of http://127.0.0.1:$GUNICORN_PORT/ (gunicorn); Ctrl-C stops."
# gunicorn bounds the request line and headers (above) but has no limit on the
# body: Django's RequestBodyLimitMiddleware and Varnish refuse large ones.
varnishd -F -a "127.0.0.1:$VARNISH_PORT" -a "purge=127.0.0.1:$VARNISH_PURGE_PORT" -f "$RUN_DIR/default.vcl" -s malloc,256m \
    -n "/tmp/zawsze-prod-varnish-$VARNISH_PORT" -P "$RUN_DIR/varnishd.pid" \
    -p default_ttl=3600
