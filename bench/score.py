#!/usr/bin/env python3
"""Texts scored per second by `cohorts score` (the whole process, start-up
included) against Python's vaderSentiment 3.3.2 on the same texts, in the same
run: the labelled English review sentences, the young members' posts and the
posts in the other covered languages, repeated to a few hundred thousand
texts. Prints both rates and their ratio (the target is at least 50).

    python3 bench/score.py [--repeat 40]

Needs `pip install vaderSentiment`; builds the release binary first.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "cohorts")
TARGET = 50.0


def texts():
    found = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    found.append(line.rsplit("\t", 1)[-1])
    return found


def python_vader(lines):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    started = time.perf_counter()
    analyzer = SentimentIntensityAnalyzer()
    for line in lines:
        analyzer.polarity_scores(line)
    return time.perf_counter() - started


def cohorts_score(path, count):
    started = time.perf_counter()
    with open(path, "rb") as source:
        out = subprocess.run([BINARY, "score"], stdin=source, capture_output=True, check=True).stdout
    elapsed = time.perf_counter() - started
    lines = out.count(b"\n")
    if lines != count:
        sys.exit(f"cohorts score gave {lines} lines for {count} texts")
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=40, help="times the texts are repeated")
    args = parser.parse_args()
    try:
        import vaderSentiment  # noqa: F401
    except ImportError:
        sys.exit("vaderSentiment is needed: pip install vaderSentiment")
    print("Building the release binary...", flush=True)
    subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "cohorts"], cwd=ROOT, check=True)
    base = texts()
    lines = base * args.repeat
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write("\n".join(lines) + "\n")
        path = f.name
    try:
        python_seconds = python_vader(lines)
        rust_seconds = min(cohorts_score(path, len(lines)) for _ in range(3))
    finally:
        os.unlink(path)
    python_rate = len(lines) / python_seconds
    rust_rate = len(lines) / rust_seconds
    ratio = rust_rate / python_rate
    print(f"{len(lines):,} texts ({len(base):,} distinct, average {sum(map(len, base)) / len(base):.0f} characters)")
    print(f"vaderSentiment (Python): {python_rate:,.0f} texts/s ({python_seconds:.2f} s)")
    print(f"cohorts score:           {rust_rate:,.0f} texts/s ({rust_seconds:.2f} s, best of 3, start-up included)")
    print(f"ratio: {ratio:.1f}× (target at least {TARGET:.0f}×: {'met' if ratio >= TARGET else 'not met'})")


if __name__ == "__main__":
    main()
