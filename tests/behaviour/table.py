"""Pass rate of the behavioural suite per capability (target: every one >= 0.97).

    python -m tests.behaviour.table [--failures N]
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from tests.behaviour.cases import all_cases, check

TARGET = 0.97


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--failures", type=int, default=0, help="print up to N failing cases per capability")
    args = parser.parse_args()
    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    failures: dict[str, list[str]] = defaultdict(list)
    for case in all_cases():
        problem = check(case)
        total[case.capability] += 1
        if problem is None:
            passed[case.capability] += 1
        else:
            failures[case.capability].append(f"  {case.text}\n    -> {problem}")
    print(f"{'capability':<18} {'cases':>6} {'passed':>7} {'rate':>6}")
    for capability, count in total.items():
        rate = passed[capability] / count
        mark = "" if rate >= TARGET else "  < target"
        print(f"{capability:<18} {count:>6} {passed[capability]:>7} {rate:>6.3f}{mark}")
    print(f"{'all':<18} {sum(total.values()):>6} {sum(passed.values()):>7} "
          f"{sum(passed.values()) / sum(total.values()):>6.3f}")
    for capability, items in failures.items():
        for line in items[:args.failures]:
            print(f"[{capability}]\n{line}")


if __name__ == "__main__":
    main()
