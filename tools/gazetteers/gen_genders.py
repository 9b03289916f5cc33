#!/usr/bin/env python3
"""Derives the likely gender of given names from the GMB NER corpus (ner_dataset.csv,
Groningen Meaning Bank, Voice of America newswire; ODbL/DbCL, see schema/gazetteers/README.md).

  python3 tools/gazetteers/gen_genders.py /work/shared/data/gmb/ner_dataset.csv schema

A sentence that names exactly one person with a given name and a surname ("Angela Merkel
said ...") votes for that given name's gender when the pronouns of that sentence after the
name, and of the next sentence if it names nobody else, are all of one gender ("... her
government", "She added ..."). A name is kept when it has at least MIN_VOTES votes and
AGREE of them agree. Titles and words that are not given names (first token of a name that
is also a title or a common word) are skipped.

Writes schema/lexicons/name_genders.tsv: name <TAB> male|female <TAB> votes for it/all votes.
"""
import collections
import csv
import os
import sys

MIN_VOTES = 3
AGREE = 0.85
MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


def read_words(schema):
    """Lower-case words that are titles (never given names)."""
    titles = set()
    for line in open(os.path.join(schema, "gazetteers/titles.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        for w in line.split("\t")[0].split():
            titles.add(w.lower().rstrip("."))
    return titles


def sentences(path):
    sent = []
    with open(path, encoding="latin-1") as f:
        r = csv.reader(f)
        next(r)
        for row in r:
            if len(row) < 4:
                continue
            if row[0].startswith("Sentence:") and sent:
                yield sent
                sent = []
            sent.append((row[1], row[3]))
    if sent:
        yield sent


def people(sent):
    """(start, end) of each person span."""
    out = []
    i = 0
    while i < len(sent):
        if sent[i][1] == "B-per":
            j = i + 1
            while j < len(sent) and sent[j][1] == "I-per":
                j += 1
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def pronoun_genders(words):
    g = set()
    for w in words:
        lw = w.lower()
        if lw in MALE:
            g.add("male")
        elif lw in FEMALE:
            g.add("female")
    return g


def main():
    src, schema = sys.argv[1], sys.argv[2]
    titles = read_words(schema)
    votes = collections.defaultdict(collections.Counter)
    sents = list(sentences(src))
    for i, sent in enumerate(sents):
        spans = people(sent)
        if len(spans) != 1:
            continue
        a, b = spans[0]
        toks = [w for w, _ in sent[a:b]]
        while toks and toks[0].lower().rstrip(".") in titles:
            toks = toks[1:]
        if len(toks) < 2 or not toks[0][:1].isupper() or not toks[0].isalpha() or len(toks[0]) < 2:
            continue
        window = [w for w, _ in sent[b:]]
        if i + 1 < len(sents) and not people(sents[i + 1]):
            window += [w for w, _ in sents[i + 1]]
        g = pronoun_genders(window)
        if len(g) == 1:
            votes[toks[0]][g.pop()] += 1
    rows = []
    for name, c in votes.items():
        total = sum(c.values())
        gender, n = c.most_common(1)[0]
        if total >= MIN_VOTES and n / total >= AGREE:
            rows.append((name, gender, n, total))
    rows.sort()
    out = os.path.join(schema, "lexicons/name_genders.tsv")
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Derived from the GMB NER corpus by tools/gazetteers/gen_genders.py; do not edit by hand.\n")
        f.write("# name <TAB> male|female <TAB> agreeing votes/all votes (pronouns after the name)\n")
        for name, gender, n, total in rows:
            f.write("%s\t%s\t%d/%d\n" % (name, gender, n, total))
    print("%s: %d names" % (out, len(rows)), file=sys.stderr)


if __name__ == "__main__":
    main()
