"""A fast query and ingest encoder: the packaged model exported once to ONNX Runtime.

`verify check` must answer in a fraction of a second, and importing torch and
sentence-transformers alone takes seconds. So the same weights (BERT + mean pooling) are
exported to ONNX once, locally, with torch (`export_onnx`), and afterwards encoded by ONNX
Runtime with the model's own fast tokenizer (`tokenizer.json`, `tokenizers` library).
Nothing on the encoding path imports torch, transformers or sentence_transformers.

The export checks itself against the torch model before it is kept, so an ONNX file in
the cache is one whose vectors agree with sentence-transformers (cosine >= MIN_AGREEMENT).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from .errors import ModelError

ONNX_FILE = "model.onnx"
INT8_FILE = "model.int8.onnx"
INFO_FILE = "encoder.json"
EXPORT_VERSION = 2
MIN_AGREEMENT = 0.99  # least cosine between an exported vector and the torch one
MAX_TOKENS = 8192  # tokens (padded batch size x length) per ONNX run
_CHECK_SENTENCES = [
    "The Taliban claimed to have captured the Panjshir valley on Monday.",
    "Resistance forces denied the claim and said fighting continues.",
    "Officials said 23 people, including 5 children, were killed in the blast.",
    "Apple shares rose 3.2% after the earnings report.",
    "ok",
]
# News-like sentences on which a quantised export must agree with torch *on average*
# (int8 is judged by the mean: single very short texts dip furthest).
_INT8_SENTENCES = _CHECK_SENTENCES[:4] + [
    "The ministry said in a statement that talks with the opposition would resume next week.",
    "Around 1,000 US citizens and others are still waiting for evacuation flights.",
    "Police said the suspect, a 34-year-old man, was arrested at his home on Tuesday night.",
    "The central bank raised its benchmark interest rate by half a percentage point.",
    "Floods have displaced more than 200,000 people across three provinces, the UN said.",
    "The company denied the report, calling it false and misleading.",
    "Scientists say the new vaccine was 91 percent effective in a trial of 30,000 volunteers.",
    "Opposition leaders accused the government of rigging the vote in several districts.",
    "The resistance front said its fighters had retaken two districts from the Taliban.",
    "A spokesman for the hospital said eleven of the injured were in critical condition.",
    "The prime minister is expected to announce his cabinet later this month.",
    "Residents told reporters that the shelling continued throughout the night.",
]


_QUIET_ENV = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "false",
}


def default_cache_dir() -> Path:
    """Where exported encoders live: VERIFY_CACHE, else the user cache directory."""
    env = os.environ.get("VERIFY_CACHE")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "verify" / "encoders"


def weights_digest(model_dir: Path) -> str:
    """A short digest of the model's weights and tokenizer: names the export directory."""
    h = hashlib.sha256()
    for name in ("model.safetensors", "pytorch_model.bin", "tokenizer.json", "config.json"):
        p = model_dir / name
        if p.exists():
            st = p.stat()
            h.update(f"{name}:{st.st_size}:".encode())
            with open(p, "rb") as f:  # head and tail: cheap, and changes with the weights
                h.update(f.read(1 << 20))
                f.seek(max(0, st.st_size - (1 << 20)))
                h.update(f.read(1 << 20))
    h.update(f"export-v{EXPORT_VERSION}".encode())
    return h.hexdigest()[:16]


def export_dir(model_dir: Path, cache_dir: Path | None = None) -> Path:
    return (cache_dir or default_cache_dir()) / weights_digest(model_dir)


def export_onnx(model_dir: Path, out_dir: Path, *, int8: bool = False) -> dict:
    """Export BERT + mean pooling to ONNX; verify against torch; write atomically.

    Needs torch and transformers (once). `int8` adds a dynamically quantised copy, kept only
    if it agrees too (on MiniLM it does not: min cosine 0.87 on the check sentences).
    Returns the info written to encoder.json.
    """
    import warnings

    for k, v in _QUIET_ENV.items():
        os.environ.setdefault(k, v)
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    warnings.filterwarnings("ignore", module=r"(torch|transformers)\.")

    if not (model_dir / "tokenizer.json").exists():
        raise ModelError(f"{model_dir} has no tokenizer.json — the fast encoder needs one")
    bert = AutoModel.from_pretrained(str(model_dir)).eval()

    class MeanPooled(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.m(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )[0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    wrapped = MeanPooled(bert).eval()
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out_dir, prefix=".export-"))
    try:
        tok = _tokenizer(model_dir, 256)
        ids, mask, types = _encode(tok, _CHECK_SENTENCES)
        args = tuple(torch.from_numpy(a) for a in (ids, mask, types))
        with torch.no_grad():
            reference = wrapped(*args).numpy()
            torch.onnx.export(
                wrapped,
                args,
                str(tmp / ONNX_FILE),
                input_names=["input_ids", "attention_mask", "token_type_ids"],
                output_names=["sentence_embedding"],
                dynamic_axes={
                    "input_ids": {0: "batch", 1: "seq"},
                    "attention_mask": {0: "batch", 1: "seq"},
                    "token_type_ids": {0: "batch", 1: "seq"},
                    "sentence_embedding": {0: "batch"},
                },
                opset_version=17,
                do_constant_folding=True,
                dynamo=False,
            )
        files = {"fp32": ONNX_FILE}
        if int8:
            import logging

            from onnxruntime.quantization import QuantType, quantize_dynamic

            logging.getLogger().setLevel(logging.ERROR)  # its pre-processing advice is noise here
            quantize_dynamic(
                str(tmp / ONNX_FILE),
                str(tmp / INT8_FILE),
                weight_type=QuantType.QInt8,
                per_channel=True,
            )
            files["int8"] = INT8_FILE
        agreement = {}
        for variant, name in files.items():
            got = _run(_session(tmp / name, 1), ids, mask, types)
            agreement[variant] = float(np.min(_cos(got, reference)))
        if int8:
            qids, qmask, qtypes = _encode(tok, _INT8_SENTENCES)
            with torch.no_grad():
                qref = wrapped(*(torch.from_numpy(a) for a in (qids, qmask, qtypes))).numpy()
            got = _run(_session(tmp / INT8_FILE, 1), qids, qmask, qtypes)
            agreement["int8"] = float(np.mean(_cos(got, qref)))
        if agreement["fp32"] < MIN_AGREEMENT:
            raise ModelError(f"the ONNX export of {model_dir} disagrees with torch ({agreement})")
        info = {
            "version": EXPORT_VERSION,
            "model_dir": str(model_dir),
            "dims": int(reference.shape[1]),
            "max_length": _max_length(model_dir),
            "files": {v: n for v, n in files.items() if agreement[v] >= MIN_AGREEMENT},
            "check_agreement": agreement,
        }
        (tmp / INFO_FILE).write_text(json.dumps(info, indent=2))
        for name in list(files.values()) + [INFO_FILE]:
            os.replace(tmp / name, out_dir / name)  # info last: it marks a complete export
        return info
    finally:
        for p in tmp.glob("*"):
            p.unlink()
        tmp.rmdir()


class OnnxEmbedder:
    """Sentence vectors from the exported model: same space as sentence-transformers."""

    def __init__(
        self,
        model_id: str,
        model_dir: Path,
        *,
        cache_dir: Path | None = None,
        variant: str = "auto",
        threads: int | None = None,
    ):
        self.model_id = model_id
        self.model_dir = Path(model_dir)
        self.cache_dir = cache_dir
        self.variant = variant  # "auto": int8 when it agreed at export, else fp32
        self._encoder_id = None if variant == "auto" else f"onnx-{variant}"
        self.threads = threads
        self._session = None
        self._tok = None
        self._dims: int | None = None

    @property
    def encoder_id(self) -> str:
        """Which implementation makes the vectors (int8 and fp32 are different spaces)."""
        if self._encoder_id is None:
            files = json.loads((self.ensure_exported() / INFO_FILE).read_text())["files"]
            self.variant = "int8" if "int8" in files else "fp32"
            self._encoder_id = f"onnx-{self.variant}"
        return self._encoder_id

    @property
    def dims(self) -> int:
        if self._dims is None:
            cfg = json.loads((self.model_dir / "config.json").read_text())
            self._dims = int(cfg["hidden_size"])
        return self._dims

    def ensure_exported(self) -> Path:
        """The export directory, exporting first (with torch, once) when it is missing."""
        out = export_dir(self.model_dir, self.cache_dir)
        if not (out / INFO_FILE).exists():
            # One-time and local; a message so the pause is not a mystery (stderr, not data).
            print(f"Preparing the fast encoder in {out} (once, about 10 s)...", file=sys.stderr)
            export_onnx(self.model_dir, out, int8=True)
        return out

    def _load(self) -> None:
        out = self.ensure_exported()
        info = json.loads((out / INFO_FILE).read_text())
        if self.variant == "auto":
            self.variant = "int8" if "int8" in info["files"] else "fp32"
            self._encoder_id = f"onnx-{self.variant}"
        name = info["files"].get(self.variant)
        if name is None:
            raise ModelError(
                f"the {self.variant} encoder did not agree with the model at export "
                f"({info['check_agreement']}) — use the fp32 encoder"
            )
        self._session = _session(out / name, self.threads)
        self._tok = _tokenizer(self.model_dir, int(info["max_length"]))
        self._dims = int(info["dims"])

    def embed(
        self, texts: Sequence[str], progress: Callable[[int], None] | None = None
    ) -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dims), dtype=np.float32)
        if self._session is None:
            self._load()
        # Identical texts are encoded once; batches hold texts of similar token length.
        unique: dict[str, int] = {}
        slot = [unique.setdefault(t, len(unique)) for t in texts]
        uniq = list(unique)
        enc = self._tok.encode_batch(uniq, add_special_tokens=True)
        lengths = np.array([len(e.ids) for e in enc])
        order = np.argsort(lengths, kind="stable")
        vecs = np.zeros((len(uniq), self.dims), dtype=np.float32)
        start = 0
        while start < len(order):
            # Longest in the batch is the last (sorted), so the batch pads to it.
            end = start + 1
            while end < len(order) and (end - start + 1) * lengths[order[end]] <= MAX_TOKENS:
                end += 1
            idx = order[start:end]
            width = int(lengths[idx[-1]])
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for row, i in enumerate(idx):
                e = enc[i]
                n = len(e.ids)
                ids[row, :n] = e.ids
                mask[row, :n] = 1
            vecs[idx] = _run(self._session, ids, mask, np.zeros_like(ids))
            if progress:
                progress(int(sum(1 for _ in idx)))
            start = end
        vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
        return vecs[np.asarray(slot)]


def _max_length(model_dir: Path) -> int:
    p = model_dir / "sentence_bert_config.json"
    if p.exists():
        return int(json.loads(p.read_text()).get("max_seq_length", 256))
    return 256


def _tokenizer(model_dir: Path, max_length: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(max_length=max_length)
    tok.no_padding()  # padding is done per batch, to the batch's longest text
    return tok


def _encode(tok, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    enc = tok.encode_batch(list(texts))
    width = max(len(e.ids) for e in enc)
    ids = np.zeros((len(enc), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for r, e in enumerate(enc):
        ids[r, : len(e.ids)] = e.ids
        mask[r, : len(e.ids)] = 1
    return ids, mask, np.zeros_like(ids)


def _session(path: Path, threads: int | None):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED  # same speed, faster start
    if threads:
        opts.intra_op_num_threads = threads
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def _run(session, ids: np.ndarray, mask: np.ndarray, types: np.ndarray) -> np.ndarray:
    return session.run(
        None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
    )[0].astype(np.float32)


def _cos(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(1)
