#
# Varnish in front of gunicorn: the one-server shape (README "Production shape").
#
# - Anonymous GET/HEAD of public pages, static files and media come from the
#   cache; cookies that do not identify an editor are dropped so they never
#   split it.
# - The admin, previews, password forms, logged-in editors (a session cookie),
#   anything with credentials and every POST go straight to Django.
# - Pages stay cached until Wagtail purges them (home/cache_purge.py); a PURGE
#   removes an address together with all its query strings (?page=, ?q=, …);
#   a PURGE with "X-Purge-Scope: site" removes every address of its host.
#   Only loopback may purge.
# - When the backend is down (gunicorn gone, or /healthz says the database is
#   gone) the cached copies are served for up to 6 hours (grace).
#
# How long a page is kept before Varnish asks again is varnishd's default_ttl
# (scripts/serve-prod.sh passes -p default_ttl=3600); Django sends no
# Cache-Control for pages, so browsers always ask Varnish again.
#
vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8001";
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
    # Sick after 3 failed probes out of the last 5 (about 6 s): a busy moment
    # must not take the site off, a dead database must.
    .probe = {
        .url = "/healthz";
        .interval = 2s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

# Who may purge; also the proxies trusted to say the request came over HTTPS.
acl local {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ local) {
            return (synth(405, "Purging is not allowed from " + client.ip));
        }
        # What every page shows changed (a Site's network settings): drop the
        # whole host (home/cache_purge.py, ban_site).
        if (req.http.X-Purge-Scope == "site") {
            ban("obj.http.x-host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + req.url + "(\?|$)");
        return (synth(200, "Purged"));
    }

    # Only a TLS terminator on this machine may say the visitor used HTTPS.
    if (client.ip !~ local || !req.http.X-Forwarded-Proto) {
        set req.http.X-Forwarded-Proto = "http";
    }

    # A healthy backend refreshes stale copies at once; a sick one leaves them
    # to be served for as long as their grace lasts.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # "/" picks the visitor's language from Accept-Language: cheap, never cached.
    if (req.url ~ "^/(\?.*)?$"
        || req.url ~ "^/(admin|documents|healthz)(/|\?|$)"
        || req.url ~ "^/media/wagtail_uploads/"
        || req.url ~ "^/[a-z]{2}/_util/") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }

    # Nothing public depends on any other cookie (analytics, csrftoken, …).
    unset req.http.Cookie;
    # Tracking parameters do not change a page.
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid)=[^&]*&?", "\1");
    set req.url = regsub(req.url, "[?&]$", "");
    # Static files and media do not depend on the visitor's language.
    if (req.url ~ "^/(static|media)/") {
        unset req.http.Accept-Language;
    }
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.host) {
        hash_data(req.http.host);
    } else {
        hash_data(server.ip);
    }
    # Behind TLS Django redirects plain HTTP: the two must not share a copy.
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    # Remembered with the copy so that a PURGE can find it (a lurker-friendly ban).
    set beresp.http.x-url = bereq.url;
    set beresp.http.x-host = bereq.http.host;

    # A failed refresh in the background never replaces the good copy.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
    set beresp.grace = 6h;
    # Files do not depend on the visitor's language (Django's LocaleMiddleware
    # says they vary by it).
    if (bereq.url ~ "^/(static|media)/") {
        set beresp.http.Vary = regsub(beresp.http.Vary, "(?i),?\s*Accept-Language", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    # Then Varnish's built-in rules: a response that sets a cookie or says
    # private / no-cache / no-store is not cached.
}

sub vcl_backend_error {
    if (bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    unset resp.http.x-url;
    unset resp.http.x-host;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
