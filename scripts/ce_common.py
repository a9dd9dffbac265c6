"""Shared pieces of the cross-encoder training scripts (reranker and stance).

The packaged MiniLM is fine-tuned with a classification head (transformers), exported to
ONNX and quantised to int8 per channel, like the query encoder. At run time `verify` reads
the int8 file with ONNX Runtime and the model's own tokenizer (verify.cross_encoder); torch and
transformers are needed only here, for training.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

import numpy as np


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def base_model(num_labels: int, seed: int):
    """(model, pair tokenizer, model id) for the packaged MiniLM with a new head."""
    import torch
    from transformers import AutoModelForSequenceClassification
    from transformers.utils import logging as hf_logging

    from verify.embed import resolve_model_path

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    torch.manual_seed(seed)
    torch.set_num_threads(max(1, os.cpu_count() or 1))
    model_id, model_dir = resolve_model_path("all-MiniLM-L6-v2")
    model = AutoModelForSequenceClassification.from_pretrained(
        str(model_dir), num_labels=num_labels
    )
    return model, model_dir, model_id


def tensors(tok, first: list[str], second: list[str]):
    import torch

    from verify.cross_encoder import encode_pairs

    return tuple(torch.from_numpy(a) for a in encode_pairs(tok, first, second))


def torch_logits(model, tok, first: list[str], second: list[str], batch: int = 64) -> np.ndarray:
    """Logits of the torch model, (n, labels), in eval mode."""
    import torch

    model.eval()
    out = []
    with torch.no_grad():
        for s in range(0, len(first), batch):
            ids, mask, types = tensors(tok, first[s : s + batch], second[s : s + batch])
            out.append(model(input_ids=ids, attention_mask=mask, token_type_ids=types).logits.numpy())
    return np.concatenate(out) if out else np.zeros((0, model.config.num_labels), np.float32)


def scheduler(opt, steps: int):
    """Linear warm-up over the first tenth, then linear decay to zero."""
    import torch

    warm = max(1, steps // 10)
    return torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / max(1, steps - warm))
    )


def export_int8(model, tok, out_dir: Path, name: str) -> Path:
    """fp32 ONNX export, then per-channel int8 (dynamic); returns out_dir / name."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Logits(torch.nn.Module):
        def __init__(self, m):
            super().__init__()
            self.m = m

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.m(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).logits

    model.eval()
    args = tensors(tok, ["a claim about vaccines", "x"], ["a statement about vaccines", "y"])
    fp32 = out_dir / (name + ".fp32")
    axes = {n: {0: "batch", 1: "seq"} for n in ("input_ids", "attention_mask", "token_type_ids")}
    with torch.no_grad():
        torch.onnx.export(
            Logits(model), args, str(fp32),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["logits"], dynamic_axes=axes | {"logits": {0: "batch"}},
            opset_version=17, do_constant_folding=True, dynamo=False,
        )  # fmt: skip
    logging.getLogger().setLevel(logging.ERROR)
    out = out_dir / name
    quantize_dynamic(str(fp32), str(out), weight_type=QuantType.QInt8, per_channel=True)
    fp32.unlink()
    return out


def onnx_model(path: Path, base_model: str, max_length: int):
    """An exported file loaded exactly as `verify` runs it (verify.cross_encoder)."""
    from verify.cross_encoder import OnnxCrossEncoder, tokenizer_of

    return OnnxCrossEncoder(path, tokenizer_of(base_model), max_length)
