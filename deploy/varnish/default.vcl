#
# Varnish in front of gunicorn: the one-server shape (docs/operations.md, "Production shape").
#
# - Anonymous GET/HEAD of public pages, static files and media come from the
#   cache; cookies that do not identify an editor are dropped so they never
#   split it.
# - The admin, previews, password forms, logged-in editors (a session cookie),
#   anything with credentials and every POST go straight to Django.
# - Pages stay cached until Wagtail purges them (caching/purge.py); a PURGE
#   removes an address together with all its query strings (?page=, ?q=, …);
#   a PURGE with "X-Purge-Scope: site" removes every address of its host.
#   Only the "purge" door may purge (below).
# - A request body larger than 26214400 bytes (25 MB, Django's
#   REQUEST_BODY_MAX_BYTES; scripts/serve-prod.sh writes that setting here)
#   is refused with 413 before it is read, and a body without a
#   Content-Length with 411.
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

# Who may purge (through the purge door), and the proxies trusted to say the
# request came over HTTPS.
#
# Why a door, not loopback alone: the TLS terminator (nginx or hitch) runs on
# this machine, so every visitor arrives from 127.0.0.1. varnishd listens on a
# second, named address only for purges (scripts/serve-prod.sh:
# -a purge=127.0.0.1:6082, and VARNISH_PURGE_URL points Django at it); the TLS
# proxy forwards only to the public address, so no visitor reaches the door.
# Chosen over a shared secret header: nothing to generate, rotate or keep out
# of logs, and the VCL stays a plain file.
#
# X-Forwarded-Proto from loopback is trusted because the TLS proxy sets it
# itself, replacing whatever a visitor sent (nginx, in its https and its plain
# http server: proxy_set_header X-Forwarded-Proto $scheme). A proxy that passed
# a visitor's header through would let a plain-HTTP visitor be taken for HTTPS
# (his own copy only: the header is part of the cache key). hitch speaks the
# PROXY protocol, so its visitors are not loopback: it needs a PROXY door and
# a rule of its own here before it can be used.
acl local {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (local.socket != "purge" || client.ip !~ local) {
            return (synth(405, "Purging is not allowed here"));
        }
        # What every page shows changed (a Site's network settings): drop the
        # whole host (caching/purge.py, ban_site).
        if (req.http.X-Purge-Scope == "site") {
            ban("obj.http.x-host == " + req.http.host);
            return (synth(200, "Banned"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-url ~ ^" + req.url + "(\?|$)");
        return (synth(200, "Purged"));
    }

    # Bodies are refused before they are read (gunicorn has no size limit).
    # std.integer() gives 0 for an unreadable length; varnishd itself refuses
    # a malformed Content-Length with 400.
    if (std.integer(req.http.Content-Length, 0) > 26214400) {
        return (synth(413, "Request body too large"));
    }
    if (req.http.Transfer-Encoding) {
        return (synth(411, "Length required"));
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

sub vcl_synth {
    # The unread body of a refused request is not read: close instead.
    if (resp.status == 411 || resp.status == 413) {
        set resp.http.Connection = "close";
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
