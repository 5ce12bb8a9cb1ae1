"""all-mpnet-base-v2 forward pass in NumPy (MPNetModel: relative position bias shared across layers, positions
from padding_idx+1), mean pooling and L2 normalisation, as sentence-transformers does."""
import json, math, os, sys
import numpy as np
from scipy import special
from safetensors.numpy import load_file
from tokenizers import Tokenizer

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from minilm import MiniLM  # noqa: E402  (its layer norm and dense layer, the same in both models)


def _bucket(rel, num_buckets=32, max_distance=128):
    ret = np.zeros_like(rel)
    n = -rel
    num_buckets //= 2
    ret += (n < 0).astype(rel.dtype) * num_buckets
    n = np.abs(n)
    max_exact = num_buckets // 2
    small = n < max_exact
    with np.errstate(divide="ignore"):
        large = max_exact + (np.log(np.maximum(n, 1) / max_exact) / math.log(max_distance / max_exact)
                             * (num_buckets - max_exact)).astype(rel.dtype)
    large = np.minimum(large, num_buckets - 1)
    return ret + np.where(small, n, large)


class MPNet(MiniLM):
    """MiniLM's layer helpers (`_ln`, `_dense`) with MPNet's own weights, positions and relative attention bias."""

    def __init__(self, path, max_length=384):
        self.config = json.load(open(os.path.join(path, "config.json")))
        self.w = load_file(os.path.join(path, "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(os.path.join(path, "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_length)
        self.vocab = [l.rstrip("\n") for l in open(os.path.join(path, "vocab.txt"), encoding="utf-8")]
        self.heads = self.config["num_attention_heads"]
        self.eps = self.config["layer_norm_eps"]
        self.dim = self.config["hidden_size"]

    def hidden(self, ids, mask):
        batch, length = ids.shape
        w = self.w
        pos = np.cumsum(mask, axis=1) * mask + 1  # padding_idx = 1
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][pos]
        x = self._ln(x, "embeddings.LayerNorm")
        rel = np.arange(length)[None, :] - np.arange(length)[:, None]
        pbias = w["encoder.relative_attention_bias.weight"][_bucket(rel)].transpose(2, 0, 1)[None]  # 1,h,q,k
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9 + pbias
        size = self.dim // self.heads
        for layer in range(self.config["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."
            def split(t):
                return t.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)
            q = split(self._dense(x, p + "attention.attn.q"))
            k = split(self._dense(x, p + "attention.attn.k"))
            v = split(self._dense(x, p + "attention.attn.v"))
            s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
            s = np.exp(s - s.max(-1, keepdims=True)); s /= s.sum(-1, keepdims=True)
            c = (s @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._ln(x + self._dense(c, p + "attention.attn.o"), p + "attention.LayerNorm")
            h = self._dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + special.erf(h / math.sqrt(2.0)))
            x = self._ln(x + self._dense(h, p + "output.dense"), p + "output.LayerNorm")
        return x

    def encode_ids(self, ids, mask):
        x = self.hidden(ids, mask)
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    def encode(self, sentences, batch=32):
        enc = self.tokenizer.encode_batch(list(sentences))
        order = sorted(range(len(enc)), key=lambda i: len(enc[i].ids))
        out = np.zeros((len(enc), self.dim), dtype=np.float32)
        for start in range(0, len(order), batch):
            rows = order[start:start + batch]
            length = max(len(enc[i].ids) for i in rows)
            ids = np.ones((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.int64)
            for r, i in enumerate(rows):
                n = len(enc[i].ids); ids[r, :n] = enc[i].ids; mask[r, :n] = 1
            out[rows] = self.encode_ids(ids, mask)
        return out


if __name__ == "__main__":
    m = MPNet(os.environ["MPNET_DIR"])
    e = m.encode(["A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby.", "A man is riding a horse."])
    print(np.round(e @ e.T, 4)); print(e[0, :5])
