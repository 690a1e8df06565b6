#!/usr/bin/env python3
"""The reference side of nonlin's epoch benchmark, and the report that sets both sides together.

  bench-reference.py run OUT.jsonl [--epochs N]
      One epoch of the chapter's network 784-64sigmoid-16tanh-10softmax (SGD, learning rate 0.1,
      batch 128, float32) over the 60,000 Fashion-MNIST training images held in memory, in PyTorch
      on 1 thread and in numpy on 1 OpenBLAS thread, N epochs each; plus OpenBLAS sgemm GFLOP/s on
      the chapter's shapes and on 1024^3 with 1 and 2 threads. Appends one JSON line per figure.

  bench-reference.py report DIR
      Reads DIR/*.jsonl (this script's lines) and DIR/jmh-*.json (JMH results) and prints medians
      with min-max, and the ratios the issue asks for.

Needs Debian's python3-numpy, python3-torch, python3-threadpoolctl and libopenblas0-pthread, and
dataset-fashion-mnist. Run it with /usr/bin/python3 (Debian's), not a virtualenv's interpreter.
"""
import glob
import gzip
import json
import statistics
import sys
import time

DATA = "/usr/share/datasets/fashion-mnist"
SHAPES = [(128, 784, 64), (784, 128, 64), (128, 64, 16), (1024, 1024, 1024)]


def load():
    import numpy as np

    with gzip.open(f"{DATA}/train-images-idx3-ubyte.gz") as f:
        x = np.frombuffer(f.read()[16:], dtype=np.uint8).reshape(-1, 784)
    with gzip.open(f"{DATA}/train-labels-idx1-ubyte.gz") as f:
        y = np.frombuffer(f.read()[8:], dtype=np.uint8).astype(np.int64)
    return (x.astype(np.float32) / np.float32(255)), y


def numpy_epoch(x, y, params, rng, batch=128, rate=0.1):
    import numpy as np

    w1, b1, w2, b2, w3, b3 = params
    order = rng.permutation(len(x))
    for start in range(0, len(x), batch):
        idx = order[start:start + batch]
        xb, yb = x[idx], y[idx]
        m = len(idx)
        a1 = 1 / (1 + np.exp(-(xb @ w1 + b1)))
        a2 = np.tanh(a1 @ w2 + b2)
        z3 = a2 @ w3 + b3
        e = np.exp(z3 - z3.max(axis=1, keepdims=True))
        dz3 = e / e.sum(axis=1, keepdims=True)
        dz3[np.arange(m), yb] -= 1
        dz3 /= m
        dz2 = (dz3 @ w3.T) * (1 - a2 * a2)
        dz1 = (dz2 @ w2.T) * (a1 * (1 - a1))
        w3 -= rate * (a2.T @ dz3)
        b3 -= rate * dz3.sum(axis=0)
        w2 -= rate * (a1.T @ dz2)
        b2 -= rate * dz2.sum(axis=0)
        w1 -= rate * (xb.T @ dz1)
        b1 -= rate * dz1.sum(axis=0)


def run(out, epochs):
    import numpy as np
    import torch
    from threadpoolctl import threadpool_info, threadpool_limits

    x, y = load()
    lines = []

    # numpy, one OpenBLAS thread
    rng = np.random.default_rng(7)
    params = []
    for fan_in, fan_out in ((784, 64), (64, 16), (16, 10)):
        r = np.sqrt(6 / (fan_in + fan_out))
        params += [rng.uniform(-r, r, (fan_in, fan_out)).astype(np.float32),
                   np.zeros(fan_out, np.float32)]
    with threadpool_limits(1):
        times = []
        for _ in range(epochs + 1):
            t = time.perf_counter()
            numpy_epoch(x, y, params, rng)
            times.append(time.perf_counter() - t)
    lines.append({"name": "numpy epoch (1 thread)", "unit": "s", "values": times[1:]})

    # PyTorch, one thread
    torch.set_num_threads(1)
    torch.manual_seed(7)
    model = torch.nn.Sequential(
        torch.nn.Linear(784, 64), torch.nn.Sigmoid(),
        torch.nn.Linear(64, 16), torch.nn.Tanh(),
        torch.nn.Linear(16, 10))
    loss_fn = torch.nn.CrossEntropyLoss()
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    tx, ty = torch.from_numpy(x), torch.from_numpy(y)
    times = []
    for _ in range(epochs + 1):
        t = time.perf_counter()
        order = torch.randperm(len(tx))
        for start in range(0, len(tx), 128):
            idx = order[start:start + 128]
            opt.zero_grad()
            loss = loss_fn(model(tx[idx]), ty[idx])
            loss.backward()
            opt.step()
        times.append(time.perf_counter() - t)
    lines.append({"name": "torch epoch (1 thread)", "unit": "s", "values": times[1:]})

    # OpenBLAS sgemm throughput
    blas = [i for i in threadpool_info() if i.get("user_api") == "blas"]
    for threads in (1, 2):
        with threadpool_limits(threads):
            for m, k, n in SHAPES:
                a = np.random.rand(m, k).astype(np.float32)
                b = np.random.rand(k, n).astype(np.float32)
                reps = max(3, int(2e9 / (2 * m * k * n)))
                best = []
                for _ in range(5):
                    t = time.perf_counter()
                    for _ in range(reps):
                        a @ b
                    best.append(2 * m * k * n * reps / (time.perf_counter() - t) / 1e9)
                lines.append({"name": f"sgemm {m}x{k}x{n} ({threads} threads)", "unit": "GFLOP/s",
                              "values": best})
    lines.append({"name": "blas", "unit": "", "values": [],
                  "info": [f"{i.get('internal_api')} {i.get('version')} {i.get('architecture')}"
                           for i in blas]})
    with open(out, "a") as f:
        for line in lines:
            f.write(json.dumps(line) + "\n")


def figures(directory):
    found = {}
    for path in glob.glob(f"{directory}/*.jsonl"):
        with open(path) as f:
            for line in f:
                item = json.loads(line)
                if item["values"]:
                    found.setdefault((item["name"], item["unit"]), []).extend(item["values"])
    for path in glob.glob(f"{directory}/jmh-*.json"):
        with open(path) as f:
            for result in json.load(f):
                name = result["benchmark"].replace("org.nonlin.bench.", "")
                params = result.get("params") or {}
                if params:
                    name += " " + " ".join(f"{k}={v}" for k, v in sorted(params.items()))
                unit = result["primaryMetric"]["scoreUnit"]
                raw = [v for fork in result["primaryMetric"]["rawData"] for v in fork]
                found.setdefault((name, unit), []).extend(raw)
    return found


def median(values):
    return statistics.median(values)


def report(directory):
    found = figures(directory)
    print(f"{'figure':58} {'median':>10} {'min':>10} {'max':>10}  unit   n")
    for (name, unit), values in sorted(found.items()):
        print(f"{name:58} {median(values):10.4g} {min(values):10.4g} {max(values):10.4g}  "
              f"{unit:6} {len(values)}")

    def pick(prefix, unit):
        for (name, u), values in found.items():
            if name.startswith(prefix) and u == unit:
                return median(values)
        return None

    nonlin = pick("EpochBenchmark.nonlin batch=128 threads=2", "ms/op")
    nonlin1 = pick("EpochBenchmark.nonlin batch=128 threads=1", "ms/op")
    naive = pick("EpochBenchmark.naive batch=128", "ms/op")
    torch_s = pick("torch epoch", "s")
    numpy_s = pick("numpy epoch", "s")
    print()
    if nonlin1:
        print(f"nonlin epoch (batch 128, 1 thread): {nonlin1 / 1000:.3f} s")
    if nonlin:
        s = nonlin / 1000
        print(f"nonlin epoch (batch 128, 2 threads): {s:.3f} s")
        for label, other in (("PyTorch 1 thread", torch_s), ("numpy 1 thread", numpy_s),
                             ("naive Java loops", naive / 1000 if naive else None)):
            if other:
                print(f"  {label:18} {other:.3f} s  -> nonlin is {other / s:.2f}x as fast")
        blas = pick("sgemm 1024x1024x1024 (2 threads)", "GFLOP/s")
        if blas:
            print(f"  epoch work 12.5 GFLOP at nonlin's pace: {12.5 / s:.1f} GFLOP/s, "
                  f"{100 * 12.5 / s / blas:.0f}% of OpenBLAS 2-thread sgemm {blas:.1f} GFLOP/s")
    for (name, unit), values in sorted(found.items()):
        if name.startswith("KernelBenchmark") and unit == "us/op":
            shape = name.split("shape=")[1].split()[0]
            m, k, n = (int(v) for v in shape.split("x"))
            print(f"  kernel {name.split('op=')[1].split()[0]} {shape} "
                  f"threads={name.split('threads=')[1].split()[0]}: "
                  f"{2 * m * k * n / median(values) / 1e3:.1f} GFLOP/s")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "run":
        epochs = int(sys.argv[sys.argv.index("--epochs") + 1]) if "--epochs" in sys.argv else 3
        run(sys.argv[2], epochs)
    elif len(sys.argv) == 3 and sys.argv[1] == "report":
        report(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
