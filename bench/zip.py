#!/usr/bin/env python3
"""Photo ZIP benchmark: a member posts photos through the real form (noise
pictures, the worst case for JPEG, so each display copy is as large as it gets),
then a manager downloads the cohort's photo ZIP while the server's resident
memory is sampled every 10 ms. Prints the photos, the ZIP's size, how long the
download took and how far the server's memory rose above what it held before.

    cargo build --release && python3 bench/zip.py            # 123 photos, SQLite
    python3 bench/zip.py --photos 300

The ZIP is streamed: its memory should not grow with the number of photos.
"""

import argparse
import os
import re
import secrets
import struct
import tempfile
import threading
import time
import urllib.request
import zlib

from run import BINARY, PASSWORD, Server, run, sign_in_manager, sign_in_member

PHOTOS_PER_POST = 6


def noise_png(width, height):
    """A PNG of random pixels: it does not compress, so it stays large at every step."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + secrets.token_bytes(width * 3) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))


def multipart(fields, files):
    boundary = "----cohorts" + secrets.token_hex(8)
    parts = []
    for name, value in fields:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for index, data in enumerate(files):
        parts.append((f'--{boundary}\r\nContent-Disposition: form-data; name="photos"; '
                      f'filename="photo{index}.png"\r\nContent-Type: image/png\r\n\r\n').encode() + data + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def post_photos(url, cookie, csrf, count, picture):
    posted = 0
    while posted < count:
        batch = min(PHOTOS_PER_POST, count - posted)
        body, content_type = multipart(
            [("csrf_token", csrf), ("kind", "post"), ("body", f"Photos from the weekend, part {posted}"),
             ("submission_key", secrets.token_hex(16))],
            [picture] * batch,
        )
        request = urllib.request.Request(f"{url}/me/posts", data=body,
                                         headers={"Cookie": cookie, "Content-Type": content_type})
        with urllib.request.urlopen(request) as response:
            if "/me" not in response.geturl():
                raise RuntimeError("the post with photos was not taken")
        posted += batch


def resident_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=123)
    parser.add_argument("--size", default="2000x1500", help="each uploaded picture, width x height")
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as workdir:
        env = dict(os.environ, DATABASE_URL=f"sqlite://{workdir}/zip.db", DATA_DIR=workdir,
                   POSTS_PER_HOUR="1000000")
        tokens_file = os.path.join(workdir, "tokens.txt")
        seeded = run([BINARY, "seed", "--posts", "100", "--posts-per-cohort", "100", "--tokens-out", tokens_file,
                      "--password-stdin"], input=PASSWORD, env=dict(env, RUST_LOG="warn"),
                     capture_output=True, text=True).stdout
        cohort_id, manager = re.search(r"First cohort: (\d+) \(manager ([^)]+)\)", seeded).groups()
        server = Server(env)
        try:
            with open(tokens_file) as f:
                token = f.read().split()[0]
            cookie, csrf = sign_in_member(server.url, token)
            picture = noise_png(width, height)
            started = time.time()
            post_photos(server.url, cookie, csrf, args.photos, picture)
            print(f"posted {args.photos} photos of {width}x{height} ({len(picture) / 1e6:.1f} MB each) "
                  f"in {time.time() - started:.1f} s")
            manager_cookie, _ = sign_in_manager(server.url, manager)
            pid = server.process.pid
            before = resident_mb(pid)
            peak = [before]
            done = threading.Event()

            def sample():
                while not done.is_set():
                    peak[0] = max(peak[0], resident_mb(pid))
                    time.sleep(0.01)

            sampler = threading.Thread(target=sample)
            sampler.start()
            started = time.time()
            size = 0
            request = urllib.request.Request(f"{server.url}/cohorts/{cohort_id}/photos.zip",
                                             headers={"Cookie": manager_cookie})
            with urllib.request.urlopen(request) as response:
                while block := response.read(1 << 16):
                    size += len(block)
            took = time.time() - started
            done.set()
            sampler.join()
            print(f"ZIP of the cohort's photos: {size / 1e6:.1f} MB in {took:.2f} s; "
                  f"server memory {before:.0f} MB before, peak {peak[0]:.0f} MB "
                  f"(+{peak[0] - before:.0f} MB)")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
