#!/usr/bin/env python3
"""Share link benchmark: the hottest page Cohorts has. Seeds a small database,
starts the release binary, publishes a drop, has 100 members turn sharing on and
take their links, then drives with wrk at 32 connections: the app's /healthz,
then the share links opened by phones (each request another browser, so each is
a visitor of its own and a row to write), then by a chat app's preview fetcher.
Prints requests per second, p50 and p99 latency and each rate as a share of
/healthz; the target is at least 0.5 of /healthz with p99 under 5 ms, on both
backends. Afterwards it checks that every visit the app answered was written.

    python3 bench/shares.py                     # SQLite
    python3 bench/shares.py --backend postgres

Needs what bench/run.py needs (wrk, sqlite3; PostgreSQL at 127.0.0.1:5432).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run as load  # noqa: E402  (the load benchmark's helpers)

TARGET_SHARE = 0.5
TARGET_P99_MS = 5.0

PHONE_SCRIPT = """
local links = {%(links)s}
local n = 0
local prefix = ""
setup = function(thread)
  thread:set("prefix", tostring(math.random(1, 1000000000)))
end
init = function()
  prefix = wrk.thread:get("prefix") or tostring(math.random(1, 1000000000))
end
request = function()
  n = n + 1
  return wrk.format("GET", links[(n %% #links) + 1], {
    ["User-Agent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1 run/" .. prefix .. "/" .. n,
    ["Accept-Language"] = "es-ES,es;q=0.9"})
end
"""

FETCHER_SCRIPT = """
local links = {%(links)s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", links[(n %% #links) + 1], {["User-Agent"] = "WhatsApp/2.23.20.0 A"})
end
"""


def post_form(url, cookie, path, fields, form_page=None):
    """Sends the form on `form_page` (by default the page at `path`) to `path`."""
    page = urllib.request.urlopen(urllib.request.Request(
        url + (form_page or path), headers={"Cookie": cookie})).read().decode()
    body = urllib.parse.urlencode(dict(fields, csrf_token=load.csrf_of(page))).encode()
    request = urllib.request.Request(url + path, data=body, headers={"Cookie": cookie})
    return urllib.request.urlopen(request).read().decode()


def stored_visits(env):
    url = env["DATABASE_URL"]
    sql = "SELECT count(*) FROM share_visits"
    if url.startswith("postgres"):
        out = load.run(["psql", "-At", url, "-c", sql], capture_output=True, text=True).stdout
    else:
        out = load.run(["sqlite3", url.removeprefix("sqlite://"), sql], capture_output=True, text=True).stdout
    return int(out.strip())


def bench(backend, seconds, connections, workdir):
    env = dict(os.environ, DATA_DIR=workdir)
    if backend == "postgres":
        load.reset_postgres(load.PG_DATABASE)
        env["DATABASE_URL"] = f"{load.PG_SERVER}/{load.PG_DATABASE}?sslmode=disable"
    else:
        env["DATABASE_URL"] = "sqlite://" + os.path.join(workdir, "shares.db")
    tokens_file = os.path.join(workdir, "tokens.txt")
    seeded = load.run(
        [load.BINARY, "seed", "--posts", "1000", "--posts-per-cohort", "1000",
         "--tokens-out", tokens_file, "--password-stdin"],
        input=load.PASSWORD, env=dict(env, RUST_LOG="warn"), capture_output=True, text=True,
    ).stdout
    manager = re.search(r"First cohort: \d+ \(manager ([^)]+)\)", seeded).group(1)
    server = load.Server(env)
    try:
        manager_cookie, brand_page = load.sign_in_manager(server.url, manager)
        post_form(server.url, manager_cookie, brand_page + "/drops",
                  {"title": "Night run kit", "body": "Reflective, light, out now.", "tags": "running, night"})
        drop = re.search(r'id="drop-(\d+)"', urllib.request.urlopen(urllib.request.Request(
            server.url + brand_page + "/drops", headers={"Cookie": manager_cookie})).read().decode()).group(1)
        with open(tokens_file) as f:
            tokens = [t for t in f.read().split() if t][:100]
        links = []
        for token in tokens:
            cookie, _ = load.sign_in_member(server.url, token)
            post_form(server.url, cookie, "/me/share", {"on": "yes"})
            page = post_form(server.url, cookie, f"/me/share/{drop}", {}, form_page="/me/share")
            links.append(re.search(r'value="[^"]*(/s/[A-Za-z0-9]{10})"', page).group(1))
        # Friends of friends too: a fifth of the visits are to generation 2.
        links += [link + ".2" for link in links[:25]]
        quoted = ", ".join(load.lua_string(link) for link in links)
        pages = [
            ("healthz", load.GET_SCRIPT % {"cookies": '""', "path": "/healthz"}),
            ("share link, phones", PHONE_SCRIPT % {"links": quoted}),
            ("share link, preview fetcher", FETCHER_SCRIPT % {"links": quoted}),
        ]
        results = {}
        for name, script in pages:
            load.wrk(server.url, script, 2, connections)
            results[name] = load.wrk(server.url, script, seconds, connections)
        memory = server.peak_memory_mb()
    finally:
        server.stop()
    # After SIGTERM every queued visit is written: distinct phone visitors are
    # rows of their own, so there are at least as many rows as phone requests
    # answered in the measured run.
    answered = results["share link, phones"]["requests"] - results["share link, phones"]["failed"]
    return results, memory, stored_visits(env), answered


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    for tool in ("wrk", "sqlite3"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed: apt-get install {tool}")
    print("Building the release binary...", flush=True)
    load.run(["cargo", "build", "--release", "--quiet", "-p", "cohorts"], cwd=load.ROOT)
    workdir = tempfile.mkdtemp(prefix="cohorts-shares-")
    try:
        results, memory, stored, answered = bench(args.backend, args.seconds, args.connections, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    base = results["healthz"]["rps"]
    print(f"\n== {args.backend}, {args.connections} connections, {args.seconds} s a page, "
          f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}")
    print("| page | requests/s | p50 ms | p99 ms | rps ÷ healthz | target met | failed |")
    print("|---|---:|---:|---:|---:|---|---:|")
    for name, r in results.items():
        share = r["rps"] / base
        met = "" if name == "healthz" else (
            "yes" if share >= TARGET_SHARE and r["p99"] < TARGET_P99_MS else "**no**")
        print(f"| {name} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {share:.2f} | {met} | {r['failed']} |")
    print(f"\nPeak memory {memory:.0f} MB. Visits stored after SIGTERM: {stored:,} "
          f"(phone requests answered in the measured run: {answered:,}; "
          f"{'none lost' if stored >= answered else 'SOME LOST'}).")


if __name__ == "__main__":
    main()
