# Substrings at every byte offset and length around the word size (short
# ones are assembled from the source's words): slices, split pieces and
# partitions of ASCII and non-ASCII text, checked against each other.
base = "".join(chr(ord("a") + i % 26) for i in range(90))
uni = "aé日b" * 20

sigs = []
for text in (base, uni):
    for start in range(0, 20):
        for length in range(0, 75, 1):
            piece = text[start:start + length]
            assert piece == "".join(text[i] for i in range(start, min(start + length, len(text))))
            assert len(piece) == min(length, max(0, len(text) - start))
            sigs.append(hash(piece) == hash("".join(list(piece))))
print(len(sigs), all(sigs))

line = "  ".join(base[i:i + (i % 13) + 1] for i in range(0, 80, 7))
words = line.split()
print(words)
print([len(w) for w in words], " ".join(words) == " ".join(line.split(" ")).replace("  ", " ").strip())
print("x y\tz\n\x0bw\x0cv\rq  ".split(), "only".split(), "".split(), "   ".split())
print(uni[:9].split("é"), base[:30].partition("klm"), base[:30].rpartition("z"))
counts = {}
for w in (base[:40] + " " + base[5:47] + " " + base[:40]).split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.values()), len(counts))
