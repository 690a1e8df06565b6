#!/usr/bin/env bash
# Runs nonlin's JMH benchmarks and the PyTorch/numpy/OpenBLAS reference in interleaved rounds on
# this machine, then prints medians (min-max) and the ratios. See docs/PERFORMANCE.md.
#
#   scripts/bench-compare.sh [ROUNDS] [OUT_DIR]      (defaults: 3 rounds, target/bench-<time>)
#
# Needs: dataset-fashion-mnist python3-torch python3-numpy python3-threadpoolctl
# libopenblas0-pthread (apt-get install -y ...). Takes about 2 minutes a round.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
out="${2:-target/bench-$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$out"

if [[ ! -f bench/target/benchmarks.jar ]]; then
  mvn -B -q -Pbench -DskipTests install
fi
jar=bench/target/benchmarks.jar

# numpy and torch link OpenBLAS; a preset core type slows it, so it is unset for them alone.
reference() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 scripts/bench-reference.py "$@"; }

for round in $(seq 1 "$rounds"); do
  echo "round $round of $rounds" >&2
  java -jar "$jar" 'EpochBenchmark.nonlin' -p threads=2,1 -rf json -rff "$out/jmh-epoch-$round.json" > "$out/jmh-epoch-$round.log"
  reference run "$out/reference.jsonl" --epochs 3
  java -jar "$jar" 'EpochBenchmark.naive' -p threads=1 -wi 1 -i 2 -rf json -rff "$out/jmh-naive-$round.json" > "$out/jmh-naive-$round.log"
done
java -jar "$jar" 'EpochBenchmark.nonlin' -p batch=16,32,64,256,512,1024 -wi 2 -i 3 \
  -rf json -rff "$out/jmh-batches.json" > "$out/jmh-batches.log"
java -jar "$jar" 'KernelBenchmark' -p op=nn -p threads=1 -rf json -rff "$out/jmh-kernels-nn.json" > "$out/jmh-kernels-nn.log"
java -jar "$jar" 'KernelBenchmark' -p op=nn -p threads=2 -p shape=128x784x64,1024x784x64 \
  -rf json -rff "$out/jmh-kernels-nn2.json" > "$out/jmh-kernels-nn2.log"
java -jar "$jar" 'KernelBenchmark' -p op=tn -p threads=1,2 -p shape=784x128x64,64x128x16 \
  -rf json -rff "$out/jmh-kernels-tn.json" > "$out/jmh-kernels-tn.log"
java -jar "$jar" 'KernelBenchmark' -p op=nt -p threads=1 -p shape=128x16x64 \
  -rf json -rff "$out/jmh-kernels-nt.json" > "$out/jmh-kernels-nt.log"
java -jar "$jar" 'InferenceBenchmark' -p threads=2,1 -rf json -rff "$out/jmh-inference.json" > "$out/jmh-inference.log"
reference report "$out" | tee "$out/report.txt"
