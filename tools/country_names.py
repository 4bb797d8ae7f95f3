#!/usr/bin/env python3
"""Writes src/domain/country_names.tsv: each country's and region's name in the
members' languages other than English, from the Unicode CLDR (its
cldr-localenames-modern package, Unicode License v3), for the codes
src/domain/countries.tsv lists.

    python3 tools/country_names.py [--cldr DIR]

DIR holds the package's `main/<locale>/territories.json`; without it the
package is fetched with `npm pack` into target/cldr.
"""

import argparse
import json
import os
import subprocess
import tarfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERSION = "45.0.0"
# The members' languages (src/i18n) and the CLDR locale each reads.
LOCALES = [("es", "es"), ("pt-BR", "pt"), ("fr", "fr"), ("de", "de"), ("it", "it"),
           ("tr", "tr"), ("ja", "ja"), ("ko", "ko"), ("zh-CN", "zh")]
# The join form's regions and their UN M49 codes in CLDR.
REGIONS = [("Africa", "002"), ("Americas", "019"), ("Asia", "142"), ("Europe", "150"),
           ("Oceania", "009"), ("Antarctica", "AQ")]


def fetch():
    folder = os.path.join(ROOT, "target", "cldr")
    package = os.path.join(folder, "package")
    if not os.path.isdir(package):
        os.makedirs(folder, exist_ok=True)
        subprocess.run(["npm", "pack", f"cldr-localenames-modern@{VERSION}", "--silent"], cwd=folder, check=True)
        with tarfile.open(os.path.join(folder, f"cldr-localenames-modern-{VERSION}.tgz")) as archive:
            archive.extractall(folder, filter="data")
    return package


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cldr", help="the cldr-localenames-modern package folder")
    args = parser.parse_args()
    package = args.cldr or fetch()
    names = {}
    for _, locale in LOCALES:
        with open(os.path.join(package, "main", locale, "territories.json"), encoding="utf-8") as f:
            names[locale] = json.load(f)["main"][locale]["localeDisplayNames"]["territories"]
    codes = []
    with open(os.path.join(ROOT, "src", "domain", "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                codes.append(line.split("\t")[0])
    rows = [(region, cldr) for region, cldr in REGIONS] + [(code, code) for code in codes]
    out = [
        "# Country and region names in the members' languages other than English (the",
        "# English ones are in countries.tsv), from the Unicode CLDR "
        f"{VERSION.split('.')[0]} (cldr-localenames-modern,",
        "# Unicode License v3), written by tools/country_names.py. One line each,",
        "# tab-separated: the code (or the join form's region), then "
        + ", ".join(lang for lang, _ in LOCALES) + ".",
    ]
    for key, cldr in rows:
        out.append("\t".join([key] + [names[locale][cldr] for _, locale in LOCALES]))
    with open(os.path.join(ROOT, "src", "domain", "country_names.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"{len(rows)} names in {len(LOCALES)} languages")


if __name__ == "__main__":
    main()
