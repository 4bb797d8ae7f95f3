#!/usr/bin/env python3
"""Load benchmark: seeds a database at each scale, starts the release binary on it,
signs in a manager and a cohort's members, and drives the pages with wrk at 32
connections. Prints requests per second, p50 and p99 latency, and each page's
rate as a share of two baselines of the same run: the TechEmpower Fortunes page
served by `bench/fortunes` (the same crates on the same backend: 12 rows read,
one added, sorted, escaped into a template) and the app's own /healthz. The
warm summary, the feed, the member's page, an activity's report (a poll, a
ranking, a rating and an open question, answered by 100 members through their
forms) and the brand page are each to reach 0.25 of Fortunes; the table says
which do.

    python3 bench/run.py                       # SQLite, 10k and 100k posts
    python3 bench/run.py --scales 10000,100000,1000000 --backend postgres

Needs wrk and sqlite3 (Debian packages `wrk`, `sqlite3`) and, for PostgreSQL, a server at
postgres://postgres@127.0.0.1:5432 (the database `cohorts_bench` is dropped and
made again for each scale). The app reaches it with `sslmode=disable`: over
loopback TLS only costs CPU on both ends of every statement.
"""

import argparse
import http.cookiejar
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "cohorts")
FORTUNES = os.path.join(ROOT, "target", "release", "fortunes")
FORTUNES_TARGET = 0.25
TARGET_PAGES = ("summary", "feed", "member page", "activity report", "brand page")
PASSWORD = "bench-password-2026"
PG_SERVER = "postgres://postgres@127.0.0.1:5432"
PG_DATABASE = "cohorts_bench"
PG_FORTUNES = "fortunes_bench"

# wrk scripts. Each thread walks its own slice of the signed-in members; every
# review carries a fresh one-time key, as a real form would.
GET_SCRIPT = """
local cookies = {%(cookies)s}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "%(path)s", {["Cookie"] = cookies[(n %% #cookies) + 1]})
end
"""

POST_SCRIPT = """
local members = {%(members)s}
local thread_number = 0
local counter = 0
local prefix
setup = function(thread)
  thread_number = thread_number + 1
  thread:set("prefix", string.format("b%%s%%02d%%04d", "RUNID", thread_number, math.random(0, 9999)))
end
init = function(args)
  prefix = wrk.thread:get("prefix")
end
local bodies = {
  "Played futsal all weekend and the grip is fire, no cap.",
  "Honestly after two weeks the sole started peeling already, really disappointed.",
  "Took them on a 10k run and they feel so light, I love them!",
  "Compared them with my old pair: not bad, not great. Price is too high.",
}
request = function()
  counter = counter + 1
  local m = members[(counter %% #members) + 1]
  local key = string.format("%%s%%020d", prefix, counter)
  local body = "csrf_token=" .. m[2] .. "&kind=review&product=%(product)s&rating=" ..
    tostring((counter %% 5) + 1) .. "&title=Match+day+verdict&body=" ..
    bodies[(counter %% #bodies) + 1]:gsub(" ", "+") .. "&submission_key=" .. key
  return wrk.format("POST", "/me/posts", {
    ["Cookie"] = m[1],
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, **kwargs)


def reset_postgres(database):
    for sql in (f"DROP DATABASE IF EXISTS {database} WITH (FORCE)", f"CREATE DATABASE {database}"):
        run(["psql", "-q", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-c", sql])


class Server:
    def __init__(self, env, command=(BINARY, "serve"), ready="/healthz"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(env, BIND=f"127.0.0.1:{self.port}", PUBLIC_URL=self.url, RUST_LOG="warn")
        self.process = subprocess.Popen(list(command), env=env, stdout=subprocess.DEVNULL)
        for _ in range(200):
            try:
                with urllib.request.urlopen(self.url + ready, timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"{command[0]} did not start")

    def peak_memory_mb(self):
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return float("nan")

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)


def session(url):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    return jar, opener


def csrf_of(html):
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    if not found:
        raise RuntimeError("no CSRF token on the page")
    return found.group(1)


def cookie_header(jar):
    return "; ".join(f"{c.name}={c.value}" for c in jar)


def sign_in_manager(url, email):
    """The manager's cookie, and their brand page (where signing in lands)."""
    jar, opener = session(url)
    page = opener.open(url + "/login").read().decode()
    form = urllib.parse.urlencode({"csrf_token": csrf_of(page), "email": email, "password": PASSWORD})
    landed = opener.open(url + "/login", data=form.encode())
    brand_page = urllib.parse.urlparse(landed.geturl()).path
    if not re.fullmatch(r"/brands/\d+", brand_page):
        raise RuntimeError("the manager could not sign in")
    return cookie_header(jar), brand_page


def sign_in_member(url, token):
    jar, opener = session(url)
    page = opener.open(f"{url}/m/{token}").read().decode()
    return cookie_header(jar), csrf_of(page)


def product_on_page(url, cookie, name):
    """The id the member's review form sends for a product of the catalogue."""
    page = urllib.request.urlopen(urllib.request.Request(f"{url}/me", headers={"Cookie": cookie})).read().decode()
    found = re.search(r'<option value="(\d+)"[^>]*>%s</option>' % re.escape(name), page)
    if not found:
        raise RuntimeError(f"{name} is not on the member's review form")
    return found.group(1)


def lua_string(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk(url, script, seconds, connections):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        # Each run its own one-time keys: a key sent again is a double submission.
        f.write(script.replace("RUNID", f"{int(time.time() * 1000) % 100000:05d}"))
        path = f.name
    try:
        out = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", path, url],
            check=True, capture_output=True, text=True,
        ).stdout
    finally:
        os.unlink(path)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", out, re.M))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    total = int(re.search(r"(\d+) requests in", out).group(1))
    return {
        "rps": rps,
        "p50": to_ms(percentiles["50"]),
        "p99": to_ms(percentiles["99"]),
        "requests": total,
        "failed": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def summary_after_a_change(url, manager_cookie, cohort_id, member):
    """Milliseconds to the first summary after a new post, when it is worked out
    afresh (median of five)."""
    cookie, csrf = member
    times = []
    for n in range(5):
        form = urllib.parse.urlencode({
            "csrf_token": csrf, "kind": "post", "body": f"One more thought, number {n}.",
            "submission_key": f"coldsummary{n:021d}",
        }).encode()
        post = urllib.request.Request(url + "/me/posts", data=form, headers={"Cookie": cookie})
        try:
            urllib.request.urlopen(post)
        except urllib.error.HTTPError as answer:
            if answer.code != 303:
                raise
        page = urllib.request.Request(f"{url}/cohorts/{cohort_id}/summary", headers={"Cookie": manager_cookie})
        started = time.perf_counter()
        urllib.request.urlopen(page).read()
        times.append((time.perf_counter() - started) * 1000)
    return sorted(times)[len(times) // 2]


def manager_posts(url, manager_cookie, page, action, fields):
    """A manager sends the form on `page` to `action` with the page's CSRF
    token; the answer, after its redirect."""
    headers = {"Cookie": manager_cookie}
    html = urllib.request.urlopen(urllib.request.Request(url + page, headers=headers)).read().decode()
    form = urllib.parse.urlencode(dict(fields, csrf_token=csrf_of(html))).encode()
    return urllib.request.urlopen(urllib.request.Request(url + action, data=form, headers=headers))


ACTIVITY_TASKS = (
    {"kind": "single", "prompt": "Which colourway?", "options": "Black\nRed\nWhite"},
    {"kind": "rank", "prompt": "Rank the boots", "options": "Alpha\nBeta\nGamma"},
    {"kind": "rate", "prompt": "Rate the concepts", "options": "Concept 1\nConcept 2"},
    {"kind": "text", "prompt": "Anything else?", "options": ""},
)
ACTIVITY_TEXTS = ("Love the colour, the sole feels great", "Too heavy for me, and the laces are bad",
                  "Fine I guess, nothing special")


def answered_activity(url, manager_cookie, cohort_id, members):
    """An activity of a poll, a ranking, a rating and an open question, made and
    published through the manager's forms and answered through each signed-in
    member's form; the path of its report."""
    start = time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() - 3600))
    due = time.strftime("%Y-%m-%dT%H:%M", time.gmtime(time.time() + 7 * 86400))
    listing = f"/cohorts/{cohort_id}/activities"
    created = manager_posts(url, manager_cookie, listing, listing, {
        "title": "Boot concepts", "instructions": "Tell us.", "starts_at": start, "due_at": due,
        "closes_at": "", "visibility": "after_answering"})
    activity = urllib.parse.urlparse(created.geturl()).path
    for task in ACTIVITY_TASKS:
        manager_posts(url, manager_cookie, activity, activity + "/tasks", task).read()
    published = manager_posts(url, manager_cookie, activity, activity + "/publish", {})
    if "Published." not in published.read().decode():
        raise RuntimeError("the activity was not published")
    activity_id = activity.rsplit("/", 1)[1]
    for n, (cookie, _) in enumerate(members):
        page = urllib.request.urlopen(urllib.request.Request(
            f"{url}/me/activities/{activity_id}", headers={"Cookie": cookie})).read().decode()
        key = re.search(r'name="submission_key" value="([^"]+)"', page).group(1)
        rank = (("1", "2", "3"), ("2", "3", "1"), ("3", "1", "2"))[n % 3]
        form = urllib.parse.urlencode({
            "csrf_token": csrf_of(page), "submission_key": key,
            "task-0": str(n % 3), "task-0-other": "",
            "task-1-card-0": rank[0], "task-1-card-1": rank[1], "task-1-card-2": rank[2],
            "task-2-card-0": str(n % 5 + 1), "task-2-card-1": str((n + 2) % 5 + 1),
            "task-3": ACTIVITY_TEXTS[n % 3],
        }).encode()
        urllib.request.urlopen(urllib.request.Request(
            f"{url}/me/activities/{activity_id}", data=form, headers={"Cookie": cookie})).read()
    return activity + "/report"


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def count_posts(env):
    """Posts in the database, asked of the database itself rather than the app."""
    url = env["DATABASE_URL"]
    if url.startswith("postgres"):
        out = run(["psql", "-At", url, "-c", "SELECT count(*) FROM posts"], capture_output=True, text=True).stdout
    else:
        out = run(["sqlite3", url.removeprefix("sqlite://"), "SELECT count(*) FROM posts"], capture_output=True, text=True).stdout
    return int(out.strip())


def fortunes(backend, seconds, connections, workdir):
    """The reference: the Fortunes page on the same backend, alone on the machine."""
    if backend == "postgres":
        reset_postgres(PG_FORTUNES)
        database = f"{PG_SERVER}/{PG_FORTUNES}?sslmode=disable"
    else:
        database = "sqlite://" + os.path.join(workdir, "fortunes.db")
    server = Server(dict(os.environ, DATABASE_URL=database), command=(FORTUNES,), ready="/fortunes")
    try:
        script = GET_SCRIPT % {"cookies": '""', "path": "/fortunes"}
        wrk(server.url, script, 2, connections)
        return wrk(server.url, script, seconds, connections)
    finally:
        server.stop()


def bench_scale(backend, posts, posts_per_cohort, seconds, connections, workdir):
    env = dict(os.environ)
    if backend == "postgres":
        reset_postgres(PG_DATABASE)
        env["DATABASE_URL"] = f"{PG_SERVER}/{PG_DATABASE}?sslmode=disable"
    else:
        db = os.path.join(workdir, f"bench-{posts}.db")
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.unlink(db + suffix)
        env["DATABASE_URL"] = f"sqlite://{db}"
    env["DATA_DIR"] = workdir
    # Each member posts many times a second here, far beyond what one person
    # may (30 an hour by default).
    env["POSTS_PER_HOUR"] = "1000000"
    tokens_file = os.path.join(workdir, "tokens.txt")
    started = time.time()
    seeded = run(
        [BINARY, "seed", "--posts", str(posts), "--posts-per-cohort", str(posts_per_cohort),
         "--tokens-out", tokens_file, "--password-stdin"],
        input=PASSWORD, env=dict(env, RUST_LOG="warn"), capture_output=True, text=True,
    ).stdout
    seed_seconds = time.time() - started
    if backend == "postgres":
        # The bulk load's dirty pages are written out now, not by a checkpoint
        # in the middle of a measurement.
        run(["psql", "-q", env["DATABASE_URL"], "-c", "CHECKPOINT"])
    cohort_id = int(re.search(r"First cohort: (\d+) \(manager ([^)]+)\)", seeded).group(1))
    manager = re.search(r"First cohort: \d+ \(manager ([^)]+)\)", seeded).group(1)
    print(f"  {seeded.strip().splitlines()[0]}", flush=True)

    reference = fortunes(backend, seconds, connections, workdir)
    server = Server(env)
    try:
        manager_cookie, brand_page = sign_in_manager(server.url, manager)
        with open(tokens_file) as f:
            tokens = [t for t in f.read().split() if t]
        members = [sign_in_member(server.url, t) for t in tokens[:100]]
        member_cookies = ", ".join(lua_string(c) for c, _ in members)
        report = answered_activity(server.url, manager_cookie, cohort_id, members)
        pages = [
            ("healthz", GET_SCRIPT % {"cookies": '""', "path": "/healthz"}),
            ("summary", GET_SCRIPT % {"cookies": lua_string(manager_cookie), "path": f"/cohorts/{cohort_id}/summary"}),
            ("feed", GET_SCRIPT % {"cookies": lua_string(manager_cookie), "path": f"/cohorts/{cohort_id}/feed"}),
            ("member page", GET_SCRIPT % {"cookies": member_cookies, "path": "/me"}),
            ("activity report", GET_SCRIPT % {"cookies": lua_string(manager_cookie), "path": report}),
            ("brand page", GET_SCRIPT % {"cookies": lua_string(manager_cookie), "path": brand_page}),
            ("post a review", POST_SCRIPT % {
                "members": ", ".join("{%s, %s}" % (lua_string(c), lua_string(t)) for c, t in members),
                "product": product_on_page(server.url, members[0][0], "Predator Club Boots")}),
        ]
        results = {"fortunes (reference)": reference}
        for name, script in pages:
            # A short unmeasured run first: connections opened, caches filled,
            # the summary worked out once. What a first view costs is below.
            wrk(server.url, script, 2, connections)
            before = count_posts(env)
            results[name] = wrk(server.url, script, seconds, connections)
            results[name]["stored"] = count_posts(env) - before
        cold = summary_after_a_change(server.url, manager_cookie, cohort_id, members[0])
        memory = server.peak_memory_mb()
    finally:
        server.stop()
    return results, memory, seed_seconds, cold


def print_table(backend, posts, results, memory, seed_seconds, cold):
    base = results["healthz"]
    reference = results["fortunes (reference)"]
    print(f"\n{backend}, {posts:,} posts (seeded in {seed_seconds:.0f} s), peak server memory {memory:.0f} MB")
    print("| page | requests/s | p50 ms | p99 ms | rps ÷ Fortunes | rps ÷ healthz | failed |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        share = r["rps"] / reference["rps"]
        mark = ""
        if name in TARGET_PAGES:
            mark = " ✓" if share >= FORTUNES_TARGET else f" ✗ (target {FORTUNES_TARGET})"
        print(f"| {name} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p99']:.2f} | "
              f"{share:.2f}{mark} | {r['rps'] / base['rps']:.2f} | {r['failed']} |")
    posted = results["post a review"]
    print(f"reviews answered: {posted['requests']:,}; new rows in posts: {posted['stored']:,}")
    print(f"first summary after a new post (worked out afresh): {cold:.0f} ms")
    if posted["socket_errors"]:
        print(f"socket errors: {posted['socket_errors']}")
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--scales", default="10000,100000", help="posts in all, comma-separated")
    parser.add_argument("--posts-per-cohort", type=int, default=10000)
    parser.add_argument("--seconds", type=int, default=10, help="per page")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--json", help="also write the figures here")
    args = parser.parse_args()
    for tool in ("wrk", "sqlite3"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is needed: apt-get install {tool}")
    print("Building the release binary...", flush=True)
    run(["cargo", "build", "--release", "--quiet", "-p", "cohorts", "-p", "fortunes"], cwd=ROOT)
    workdir = tempfile.mkdtemp(prefix="cohorts-bench-")
    figures = []
    try:
        for posts in [int(s) for s in args.scales.split(",")]:
            print(f"\n== {args.backend}, {posts:,} posts", flush=True)
            results, memory, seed_seconds, cold = bench_scale(
                args.backend, posts, args.posts_per_cohort, args.seconds, args.connections, workdir)
            print_table(args.backend, posts, results, memory, seed_seconds, cold)
            figures.append({"backend": args.backend, "posts": posts, "memory_mb": memory,
                            "seed_seconds": seed_seconds, "cold_summary_ms": cold, "pages": results})
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(figures, f, indent=2)


if __name__ == "__main__":
    main()
