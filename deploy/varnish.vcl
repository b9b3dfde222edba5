# Varnish in front of gunicorn: anonymous readers get cached pages; everyone else, and
# everything Django does not mark "public", goes straight to the application.
# Wagtail purges pages with HTTP PURGE (FRONTEND_CACHE_URL, home/frontend_cache.py).
# Layout and commands: docs/deploy.md, "Full-page cache".
vcl 4.1;

backend gunicorn {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the application servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # One copy per host name, whatever port the request came to (Wagtail purges by name).
    set req.http.host = regsub(req.http.host, ":[0-9]+$", "");
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Staff, jurors and anything behind sign-in are never served from the cache.
    if (req.url ~ "^/(admin|jurors|documents)/" || req.url ~ "^/[a-z]{2}(-[a-z]+)?/jurors/") {
        return (pass);
    }
    # A session cookie means a signed-in or identified reader: their own response.
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Other cookies (the CSRF cookie, analytics) do not change a public page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what Django marks "public" (home/frontend_cache.py); the rest is never stored.
    if (beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Keep compressed copies; Varnish unzips for the rare client that cannot take gzip.
    if (beresp.http.Content-Type ~ "^text/html") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    # Browsers revalidate (max-age=0); only this cache keeps the page (s-maxage).
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
