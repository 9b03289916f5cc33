#!/usr/bin/env python3
"""Derives name lists from the GMB NER corpus (ner_dataset.csv, Groningen Meaning Bank,
Voice of America newswire; ODbL/DbCL, see schema/gazetteers/README.md for attribution).

  python3 tools/gazetteers/gen_gmb.py /work/shared/data/gmb/ner_dataset.csv schema

Writes (each with a header saying where it comes from):
  schema/lexicons/common_words.tsv     lower-case words seen outside names (>= 3 times)
  schema/gazetteers/gmb_first_names.tsv first tokens of person names (>= 2 times)
  schema/gazetteers/gmb_people.tsv      full person names (>= 3 times), titles stripped
  schema/gazetteers/gmb_places.tsv      place names (geo, >= 4 times, mostly geo), not countries
  schema/gazetteers/gmb_organizations.tsv organization names (>= 4 times, mostly org)
"""
import collections
import csv
import os
import sys

HEADER = "# Derived from the GMB NER corpus by tools/gazetteers/gen_gmb.py; do not edit by hand.\n"


def read_titles(schema):
    titles = set()
    for line in open(os.path.join(schema, "gazetteers/titles.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        phrase = line.split("\t")[0]
        for w in phrase.split():
            titles.add(w.lower())
    return titles


def read_countries(schema):
    names = set()
    for line in open(os.path.join(schema, "gazetteers/countries.tsv"), encoding="utf-8"):
        if line.startswith("#"):
            continue
        f = line.rstrip("\n").split("\t")
        names.add(f[0])
        names.update(x for x in f[2].split("|") if x)
        names.update(x for x in f[3].split("|") if x)
    return names


def main():
    path, schema = sys.argv[1], sys.argv[2]
    titles = read_titles(schema)
    countries = read_countries(schema)
    rows = csv.reader(open(path, encoding="latin-1"))
    next(rows)
    spans = collections.Counter()
    lower = collections.Counter()
    in_name = collections.Counter()
    cur, typ = [], None

    def flush():
        nonlocal cur, typ
        if cur:
            spans[(typ, tuple(cur))] += 1
            for w in cur:
                in_name[w.lower()] += 1
        cur, typ = [], None

    for r in rows:
        if r[0].startswith("Sentence"):
            flush()
        w, tag = r[1], r[3]
        if tag == "O":
            flush()
            if w.isalpha() and w.islower():
                lower[w] += 1
        elif tag.startswith("B-"):
            flush()
            cur, typ = [w], tag[2:]
        else:
            cur.append(w)
    flush()

    common = {w for w, c in lower.items() if c >= 3}
    with open(os.path.join(schema, "lexicons/common_words.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# Lower-case words seen outside names at least 3 times: a capitalized one is not a name by itself.\n")
        fh.write(HEADER)
        for w in sorted(common):
            fh.write(w + "\n")

    people = collections.Counter()
    firsts = collections.Counter()
    for (t, toks), c in spans.items():
        if t != "per":
            continue
        toks = list(toks)
        while toks and (toks[0].lower() in titles or toks[0].lower().rstrip(".") in titles):
            toks = toks[1:]
        if len(toks) < 2 or len(toks) > 4:
            continue
        if not all(x[:1].isupper() or x in ("bin", "al", "de", "van", "von", "da", "el") for x in toks):
            continue
        if any(not x.replace(".", "").replace("-", "").replace("'", "").isalpha() for x in toks):
            continue
        people[" ".join(toks)] += c
        if len(toks[0]) > 1 and not toks[0].endswith("."):
            firsts[toks[0]] += c
    with open(os.path.join(schema, "gazetteers/gmb_first_names.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# Given names: first tokens of person names seen at least twice.\n" + HEADER)
        for w, c in sorted(firsts.items()):
            if c >= 2 and w.lower() not in common:
                fh.write(w + "\n")
    with open(os.path.join(schema, "gazetteers/gmb_people.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# People: full names seen at least 3 times. Columns: name<TAB>type\n" + HEADER)
        for n, c in sorted(people.items()):
            if c >= 3:
                fh.write(n + "\tperson\n")

    by_name = collections.defaultdict(collections.Counter)
    for (t, toks), c in spans.items():
        by_name[" ".join(toks)][t] += c
    places, orgs = [], []
    person_tokens = set()
    for (t, toks), c in spans.items():
        if t == "per":
            person_tokens.update(toks)
    for n, cnt in by_name.items():
        total = sum(cnt.values())
        best, bc = cnt.most_common(1)[0]
        if total < 4 or bc < 0.7 * total or n in countries:
            continue
        toks = n.split()
        if not all(x[:1].isupper() or x in ("of", "for", "and", "the", "de", "al", "on") for x in toks):
            continue
        if len(toks) == 1 and n.lower() in common:
            continue
        if toks[0].lower() in ("the", "a", "an") or not toks[-1][:1].isupper():
            continue
        if best == "geo" and not (len(toks) == 1 and n in person_tokens):
            places.append(n)
        elif best == "org" and (len(toks) >= 2 or (n.isupper() and len(n) >= 2)):
            orgs.append(n)
    with open(os.path.join(schema, "gazetteers/gmb_places.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# Places seen at least 4 times, mostly tagged geo. Columns: name<TAB>type\n" + HEADER)
        for n in sorted(places):
            fh.write(n + "\tplace\n")
    with open(os.path.join(schema, "gazetteers/gmb_organizations.tsv"), "w", encoding="utf-8") as fh:
        fh.write("# Organizations seen at least 4 times, mostly tagged org. Columns: name<TAB>type\n" + HEADER)
        for n in sorted(orgs):
            fh.write(n + "\torganization\n")


if __name__ == "__main__":
    main()
