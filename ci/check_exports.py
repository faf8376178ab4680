"""Reads perfbench's export and gate files back with independent readers; see ci/check-exports.sh.

Prints one line per file checked and exits 1 with every problem found, 0 when all files read back
as their format requires and agree with one another.
"""

import csv
import json
import math
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from junitparser import Error, Failure, JUnitXml, Skipped
from prometheus_client.openmetrics.parser import text_string_to_metric_families

CSV_COLUMNS = ["case", "side", "metric", "unit", "value", "lower", "upper", "polarity", "engine", "host", "commit"]
LABELS = {"case", "side", "metric", "engine", "host"}
# OpenMetrics exposes time in seconds; the other units keep their scale.
SCALE = {"ns/event": 1e-9}

problems = []


def problem(file, text):
    problems.append(f"{file}: {text}")


def close(a, b):
    return is_number(a) and is_number(b) and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-300)


def is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def read_csv(path):
    """RFC 4180 through the csv module: header, field count, numbers, polarity and side vocabularies."""
    with path.open(newline="", encoding="utf-8") as handle:
        raw = handle.read()
    if raw and not raw.endswith("\r\n"):
        problem(path.name, "records must end in CRLF")
    reader = csv.reader(raw.splitlines(keepends=True), strict=True)
    records = list(reader)
    if not records or records[0] != CSV_COLUMNS:
        problem(path.name, f"header {records[0] if records else None} != {CSV_COLUMNS}")
        return []
    rows = []
    for number, record in enumerate(records[1:], start=2):
        if len(record) != len(CSV_COLUMNS):
            problem(path.name, f"record {number} has {len(record)} fields")
            continue
        row = dict(zip(CSV_COLUMNS, record))
        try:
            row["value"] = float(row["value"])
            row["lower"] = float(row["lower"]) if row["lower"] else None
            row["upper"] = float(row["upper"]) if row["upper"] else None
        except ValueError as error:
            problem(path.name, f"record {number}: {error}")
            continue
        if row["polarity"] not in ("lower_is_better", "higher_is_better"):
            problem(path.name, f"record {number}: polarity {row['polarity']!r}")
        if row["side"] not in ("legacy", "fixed", "limit", "pair"):
            problem(path.name, f"record {number}: side {row['side']!r}")
        rows.append(row)
    print(f"{path.name}: csv module read {len(rows)} records of {len(CSV_COLUMNS)} fields")
    return rows


def read_openmetrics(path):
    """The strict prometheus_client OpenMetrics parser, then perfbench's own conventions."""
    text = path.read_text(encoding="utf-8")
    samples = {}
    try:
        families = list(text_string_to_metric_families(text))
    except Exception as error:  # the parser raises ValueError and friends with the offending line
        problem(path.name, f"OpenMetrics parser rejected it: {error}")
        return samples
    for family in families:
        if family.type == "info":
            continue
        if family.type != "gauge":
            problem(path.name, f"{family.name}: type {family.type}, expected gauge")
        if family.unit and not family.name.endswith("_" + family.unit):
            problem(path.name, f"{family.name}: unit {family.unit} is not its suffix")
        if not family.documentation:
            problem(path.name, f"{family.name}: no HELP")
        for sample in family.samples:
            if set(sample.labels) != LABELS:
                problem(path.name, f"{sample.name}: labels {sorted(sample.labels)}")
                continue
            key = (sample.labels["case"], sample.labels["side"], sample.labels["metric"])
            samples[(family.name, key)] = (sample.value, sample.labels)
    print(f"{path.name}: prometheus_client parsed {len(families)} families, {len(samples)} gauge samples")
    return samples


def read_bmf(path):
    """BMF's published shape: benchmark -> measure -> {value, lower_value?, upper_value?}, numbers."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        problem(path.name, "top level is not an object")
        return {}
    count = 0
    for benchmark, measures in document.items():
        if not isinstance(measures, dict) or not measures:
            problem(path.name, f"{benchmark}: not an object of measures")
            continue
        for measure, metric in measures.items():
            count += 1
            if not isinstance(metric, dict) or not is_number(metric.get("value")):
                problem(path.name, f"{benchmark} {measure}: no number value")
                continue
            if set(metric) - {"value", "lower_value", "upper_value"}:
                problem(path.name, f"{benchmark} {measure}: keys {sorted(metric)}")
            if not all(is_number(v) for v in metric.values()):
                problem(path.name, f"{benchmark} {measure}: a bound is not a number")
    print(f"{path.name}: json read {len(document)} benchmarks, {count} measures")
    return document


def read_github(path):
    """github-action-benchmark's BenchmarkResult: name, unit strings, number value, string range/extra."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(document, list):
        problem(path.name, "top level is not an array")
        return []
    for entry in document:
        if not (isinstance(entry, dict) and isinstance(entry.get("name"), str)
                and isinstance(entry.get("unit"), str) and is_number(entry.get("value"))):
            problem(path.name, f"entry {entry!r} lacks name/unit strings or a number value")
            continue
        for optional in ("range", "extra"):
            if optional in entry and not isinstance(entry[optional], str):
                problem(path.name, f"{entry['name']}: {optional} is not a string")
        if set(entry) - {"name", "unit", "value", "range", "extra"}:
            problem(path.name, f"{entry['name']}: keys {sorted(entry)}")
    print(f"{path.name}: json read {len(document)} entries")
    return document


def read_junit(path):
    """junitparser for the test cases and results, ElementTree for testcase properties."""
    ElementTree.parse(path)
    xml = JUnitXml.fromfile(str(path))
    suites = list(xml) if isinstance(xml, JUnitXml) else [xml]
    cases = 0
    for suite in suites:
        failures = errors = skipped = 0
        for case in suite:
            cases += 1
            if not case.name or not case.classname:
                problem(path.name, "a testcase without name or classname")
            for result in case.result:
                if isinstance(result, Failure):
                    failures += 1
                    if not result.message or not result.type:
                        problem(path.name, f"{case.name}: failure without message or type")
                elif isinstance(result, Error):
                    errors += 1
                    if not result.message or not result.type:
                        problem(path.name, f"{case.name}: error without message or type")
                elif isinstance(result, Skipped):
                    skipped += 1
                    if not result.message:
                        problem(path.name, f"{case.name}: skipped without a reason")
        if (suite.tests, suite.failures, suite.skipped, suite.errors) != (len(list(suite)), failures, skipped, errors):
            problem(path.name, f"suite {suite.name}: counts disagree with its test cases")
    print(f"{path.name}: junitparser read {len(suites)} suite(s), {cases} test cases")


def read_gate_json(path):
    document = json.loads(path.read_text(encoding="utf-8"))
    top = {"schema", "candidate", "outcome", "counts", "regressed_items", "environment_issues", "notes", "verdicts"}
    if set(document) != top:
        problem(path.name, f"top-level keys {sorted(document)}")
        return
    for verdict in document["verdicts"]:
        if set(verdict) != {"case_id", "items", "status", "checks", "notes"}:
            problem(path.name, f"verdict keys {sorted(verdict)}")
        for check in verdict.get("checks", []):
            if set(check) != {"rule", "status", "detail", "change", "too_noisy"}:
                problem(path.name, f"{verdict.get('case_id')}: check keys {sorted(check)}")
            elif check["change"] is not None and not is_number(check["change"]):
                problem(path.name, f"{verdict.get('case_id')}: change is neither null nor a number")
            elif not isinstance(check["too_noisy"], bool):
                problem(path.name, f"{verdict.get('case_id')}: too_noisy is not a boolean")
    print(f"{path.name}: json read {len(document['verdicts'])} verdicts")


def cross_check(rows, samples, bmf, github):
    """Every CSV row must read back with the same figures from the other formats."""
    for row in rows:
        key = (row["case"], row["side"], row["metric"])
        scale = SCALE.get(row["unit"], 1)
        if samples:
            matches = [(name, value) for (name, sample_key), (value, _) in samples.items() if sample_key == key]
            figures = sorted(value for _, value in matches)
            expected = sorted(x * scale for x in (row["value"], row["lower"], row["upper"]) if x is not None)
            if len(figures) != len(expected) or not all(map(close, figures, expected)):
                problem("export.openmetrics.txt", f"{key}: {figures} != CSV {expected}")
        if bmf is not None:
            measure = "latency" if row["metric"] == "time" else row["metric"]
            metric = bmf.get(f"{row['case']}/{row['side']}", {}).get(measure)
            wanted = {"value": row["value"], "lower_value": row["lower"], "upper_value": row["upper"]}
            wanted = {k: v for k, v in wanted.items() if v is not None}
            if metric is None or set(metric) != set(wanted) or not all(close(metric[k], wanted[k]) for k in wanted):
                problem("export.bmf.json", f"{key}: {metric} != CSV {wanted}")
        if github is not None:
            file = "export.github-smaller.json" if row["polarity"] == "lower_is_better" else "export.github-bigger.json"
            entries = [e for e in github.get(file, []) if e.get("name") == " ".join(key)]
            if file in github and (len(entries) != 1 or not close(entries[0]["value"], row["value"])):
                problem(file, f"{key}: {entries} != CSV value {row['value']}")


def main():
    directory = Path(sys.argv[1] if len(sys.argv) > 1 else "Tests/PerfBenchKitTests/Snapshots")
    readers = {
        "export.csv": read_csv,
        "export.openmetrics.txt": read_openmetrics,
        "export.bmf.json": read_bmf,
        "export.github-smaller.json": read_github,
        "export.github-bigger.json": read_github,
        "gate.junit.xml": read_junit,
        "gate.json": read_gate_json,
    }
    results = {}
    for name, reader in readers.items():
        path = directory / name
        if path.exists():
            results[name] = reader(path)
        else:
            print(f"{name}: absent from {directory}, not checked")
    if not results:
        problem(str(directory), "none of the export or gate files is there")
    if "export.csv" in results:
        github = {name: results[name] for name in results if name.startswith("export.github-")}
        cross_check(results["export.csv"], results.get("export.openmetrics.txt") or {},
                    results.get("export.bmf.json"), github or None)
    for line in problems:
        print(f"check-exports: {line}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
