#!/usr/bin/env python3
"""Writes a corpus of a given size from the BBC articles, each copy with its people renamed.

    bench/scale_corpus.py BINARY SRC_DIR OUT_DIR MB

The articles of SRC_DIR (*.txt, read as `BINARY extract --jsonl` reads them; files it refuses are
left out) are written again and again, copy N as OUT_DIR/cNNN.jsonl (one JSON Lines article a
line: `text`, and `title` for the file name), as many whole copies as hold at least MB megabytes (10^6 bytes, as ingest counts them). In every
copy each person the extractor found is renamed: each word of a person's name becomes a given name
of first_names.tsv (same gender where known) when it is a given name, else a made-up surname, the
same word for the same word throughout one copy and a different one in every copy. An article that
names no person gets its organizations renamed that way instead, so that copies are not duplicates
of each other (the store skips an article whose text it already holds). Files already written are
kept, so a smaller corpus is the first copies of a larger one. Prints the number of copies and the
bytes of one.
"""
import json
import os
import subprocess
import sys

SYLLABLES = ["bar", "ven", "tor", "mal", "dri", "kes", "lun", "pha", "gor", "sil", "wen", "tam",
             "rok", "ber", "nis", "fal", "dro", "mik", "sar", "pol", "van", "hul", "tre", "kin",
             "dal", "rus", "mer", "zan", "cor", "bel", "fen", "gra"]


def made_up_surname(n):
    """The n-th made-up surname: syllables in mixed radix, at least two, capitalized."""
    parts = []
    while True:
        parts.append(SYLLABLES[n % len(SYLLABLES)])
        n //= len(SYLLABLES)
        if n == 0 and len(parts) >= 2:
            break
        if n == 0:
            n = 1  # at least two syllables
    return "".join(parts).capitalize()


def read_given_names(schema_dir):
    names = {"m": [], "f": [], "u": []}
    with open(os.path.join(schema_dir, "gazetteers", "first_names.tsv"), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            gender = cols[1] if len(cols) > 1 and cols[1] in names else "u"
            names[gender].append(cols[0])
    return names


def main():
    if len(sys.argv) != 5:
        sys.stderr.write(__doc__)
        return 2
    binary, src, out, mb = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    given = read_given_names(os.path.join(repo, "schema"))
    gender_of = {n: g for g, ns in given.items() for n in ns}
    run = subprocess.run([binary, "extract", "--jsonl", src], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    articles = []  # (path relative to src, text, [(start, end)] of the spans to rename)
    for line in run.stdout.decode("utf-8").splitlines():
        x = json.loads(line)
        text = x["article"]["text"]
        rel = os.path.relpath(x["article"]["source"], src)
        spans = []
        for kind in ("person", "organization"):
            for e in x["entities"]:
                if e["type"] == kind:
                    spans += [(m["start"], m["end"]) for m in e["mentions"]]
            if spans:
                break
        articles.append((rel, text.encode("utf-8"), sorted(set(spans))))
    if not articles:
        sys.stderr.write(f"{src}: no articles\n")
        return 1
    copy_bytes = sum(len(text) for _, text, _ in articles)
    copies = -(-int(mb * 1000000) // copy_bytes)  # whole copies, at least MB
    surnames = 0
    os.makedirs(out, exist_ok=True)
    for copy in range(1, copies + 1):
        path = os.path.join(out, f"c{copy:03d}.jsonl")
        fresh = {}  # word -> its replacement in this copy
        lines = []
        for rel, text, spans in articles:
            pieces, at = [], 0
            for s, e in spans:
                if s < at:
                    continue
                pieces.append(text[at:s])
                words = text[s:e].decode("utf-8").split(" ")
                for i, w in enumerate(words):
                    if not w[:1].isupper() or not w.replace("-", "").replace("'", "").isalpha():
                        continue
                    if w not in fresh:
                        if w in gender_of:
                            pool = given[gender_of[w]]
                            fresh[w] = pool[(hash_word(w) + copy * 7919) % len(pool)]
                        else:
                            fresh[w] = made_up_surname(surnames)
                            surnames += 1
                    words[i] = fresh[w]
                pieces.append(" ".join(words).encode("utf-8"))
                at = e
            pieces.append(text[at:])
            article = {"title": rel, "text": b"".join(pieces).decode("utf-8")}
            lines.append(json.dumps(article, ensure_ascii=False))
        if not os.path.exists(path):
            with open(path + ".part", "w", encoding="utf-8") as f:
                f.write("\n".join(lines) + "\n")
            os.replace(path + ".part", path)
    print(f"{copies} {copy_bytes}")
    return 0


def hash_word(w):
    h = 2166136261
    for b in w.encode("utf-8"):
        h = ((h ^ b) * 16777619) & 0xFFFFFFFF
    return h


if __name__ == "__main__":
    sys.exit(main())
