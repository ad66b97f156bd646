#!/usr/bin/env python3
"""Prints a JMH JSON result file (bench/jmh.sh ... -rf json -rff FILE) as a markdown table: per benchmark and
parameters, ops/s and each secondary rate (MB/s, posts/s, rows/s), as the mean with the lowest and highest
measured iteration in brackets (3 iterations by default: too few for JMH's confidence interval to mean much)."""
import json
import sys


def rate(metric, digits):
    raw = [x for fork in metric["rawData"] for x in fork]
    return f"{metric['score']:,.{digits}f} [{min(raw):,.{digits}f}–{max(raw):,.{digits}f}]"


def main(path):
    rows = json.load(open(path))
    print("| benchmark | params | ops/s | MB/s | posts/s or rows/s | output MB/s |")
    print("|---|---|---|---|---|---|")
    for b in rows:
        name = ".".join(b["benchmark"].split(".")[-2:])
        params = ", ".join(f"{k}={v}" for k, v in sorted(b.get("params", {}).items()))
        second = b.get("secondaryMetrics", {})
        data = rate(second["megabytes"], 1) if "megabytes" in second else ""
        count = second.get("posts") or second.get("rows")
        count = (rate(count, 0) + (" rows" if "rows" in second else "")) if count else ""
        out = rate(second["outputMegabytes"], 1) if "outputMegabytes" in second else ""
        print(f"| {name} | {params} | {rate(b['primaryMetric'], 2)} | {data} | {count} | {out} |")


if __name__ == "__main__":
    main(sys.argv[1])
