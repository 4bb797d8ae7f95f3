#!/usr/bin/env python3
"""English sentiment against human ratings: the Pearson correlation of
`cohorts score` and of Python's vaderSentiment 3.3.2 with the mean human rating
of each text, on four kinds of public text rated by people (Hutto & Gilbert,
ICWSM 2014, distributed with vaderSentiment under the MIT licence): social
posts (4,200 tweets), product reviews (3,708 Amazon review snippets), movie
reviews (10,605 snippets) and news opinion (5,190 New York Times editorial
snippets). The target is to beat VADER by at least 0.02 on each kind.

The rules' weights were chosen on these sets (see src/sentiment/vader.rs), so
the figures are not a held-out measure. Each set is also shown split in two by
the parity of its line number: a gain carried by a few texts would show on one
half and not the other.

    python3 bench/english.py [--data DIR]

The ratings come inside vaderSentiment's source package, fetched once with
`pip download` into target/english-eval unless --data names the folder
holding the *_GroundTruth.txt files. Needs `pip install vaderSentiment`;
builds the release binary first.
"""

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, "target", "release", "cohorts")
CACHE = os.path.join(ROOT, "target", "english-eval")
TARGET = 0.02
KINDS = [
    ("social posts", "tweets_GroundTruth.txt"),
    ("product reviews", "amazonReviewSnippets_GroundTruth.txt"),
    ("movie reviews", "movieReviewSnippets_GroundTruth.txt"),
    ("news opinion", "nytEditorialSnippets_GroundTruth.txt"),
]


def fetch_data():
    """The rated texts from vaderSentiment 3.3.2's source package."""
    folder = os.path.join(CACHE, "hutto_ICWSM_2014")
    if os.path.exists(os.path.join(folder, KINDS[0][1])):
        return folder
    os.makedirs(CACHE, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--no-binary", ":all:",
         "vaderSentiment==3.3.2", "-d", CACHE],
        check=True,
    )
    with tarfile.open(os.path.join(CACHE, "vaderSentiment-3.3.2.tar.gz")) as outer:
        member = next(m for m in outer.getmembers() if m.name.endswith("hutto_ICWSM_2014.tar.gz"))
        inner = outer.extractfile(member)
        with tarfile.open(fileobj=inner) as data:
            data.extractall(CACHE, filter="data")
    return folder


def rated(path):
    """(rating, text) per line of a ground-truth file: id, mean rating, text."""
    found = []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 3 and parts[2].strip():
                found.append((float(parts[1]), " ".join(parts[2:]).replace("\r", " ")))
    return found


def cohorts_scores(texts):
    """`cohorts score` on the texts; a text it leaves unscored counts as 0."""
    out = subprocess.run(
        [BINARY, "score"], input="\n".join(texts) + "\n", capture_output=True, check=True, text=True
    ).stdout.splitlines()
    if len(out) != len(texts):
        sys.exit(f"cohorts score gave {len(out)} lines for {len(texts)} texts")
    scores, unscored = [], 0
    for line in out:
        score = line.split("\t")[0]
        if score:
            scores.append(float(score))
        else:
            scores.append(0.0)
            unscored += 1
    return scores, unscored


def vader_scores(texts):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    return [analyzer.polarity_scores(t)["compound"] for t in texts]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="folder with the *_GroundTruth.txt files")
    parser.add_argument("--binary", help="a cohorts binary already built (default: build the release one)")
    args = parser.parse_args()
    try:
        import vaderSentiment  # noqa: F401
    except ImportError:
        sys.exit("vaderSentiment is needed: pip install vaderSentiment")
    folder = args.data or fetch_data()
    global BINARY
    if args.binary:
        BINARY = args.binary
    else:
        print("Building the release binary...", flush=True)
        subprocess.run(["cargo", "build", "--release", "--quiet", "-p", "cohorts"], cwd=ROOT, check=True)
    print("| kind | texts | half | VADER r | cohorts r | gain | not told English |")
    print("|---|---|---|---|---|---|---|")
    met = True
    for kind, name in KINDS:
        rows = rated(os.path.join(folder, name))
        texts = [t for _, t in rows]
        humans = [r for r, _ in rows]
        ours, unscored = cohorts_scores(texts)
        theirs = vader_scores(texts)
        for half, keep in [("all", lambda n: True), ("odd", lambda n: n % 2 == 1), ("even", lambda n: n % 2 == 0)]:
            picked = [n for n in range(len(rows)) if keep(n + 1)]
            h = [humans[n] for n in picked]
            r_ours = statistics.correlation(h, [ours[n] for n in picked])
            r_vader = statistics.correlation(h, [theirs[n] for n in picked])
            gain = r_ours - r_vader
            if half == "all":
                met &= gain >= TARGET
            print(
                f"| {kind} | {len(picked):,} | {half} | {r_vader:.3f} | {r_ours:.3f} | {gain:+.3f} | "
                f"{unscored if half == 'all' else ''} |"
            )
    print(f"target: at least +{TARGET} on every kind: {'met' if met else 'not met'}")


if __name__ == "__main__":
    main()
