"""The mutation benchmark: does the suite notice the slips a developer could plausibly make?

Usage: python -m tests.benchmarks.mutations [--only id,id] [--jobs 1] [--list] [--rev HEAD]
                                            [--timeout 600] [--json results.json] [--keep]

The mutants are in tests/benchmarks/mutants.yaml, each one exact text replacement in one file.
A commit (HEAD unless --rev says otherwise) is copied with `git archive` into a temporary
directory, so the checkout and anyone's uncommitted work in it are never touched. In the copy
the selected tests must first pass as they are; then each mutant is applied, its test files run
(`pytest -x`, within a time limit), and the file restored. A mutant is killed when a test fails
(or the tests cannot even be collected), survives when they all pass, and counts as killed by the
time limit, reported apart, when they hang. A mutant whose text is not found exactly once is
stale: neither killed nor survived.

Every run imports the copy's code, never the checkout's (the project may be installed in
editable mode, pointing at the checkout): PYTHONPATH names the copy, and a probe loaded into
each pytest run reports where `bot` and the mutated module were imported from and that the
content cache started empty. Run it niced on a shared machine: `nice python -m ...`.
"""

import argparse
import io
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from queue import Queue
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
MUTANTS = Path(__file__).with_name("mutants.yaml")
TIME_LIMIT_SECONDS = 600  # per mutant: a hang (a deadlock, a lock never released) counts as killed
INTERRUPT_GRACE_SECONDS = 30  # after the limit, time for pytest's own teardown before SIGKILL
PROBE_MODULE = "kyr_mutation_probe"
GOAL = 0.9  # the share of mutants the suite should kill

# Loaded into every pytest run (-p): where the code came from and whether the content cache was
# empty, written to the file the runner names. Kept as text: it is imported from a directory of
# its own, never from the copy under test or the checkout.
PROBE_SOURCE = '''\
import importlib, json, os
from pathlib import Path

_found = {}


def pytest_configure(config):
    cache = Path(os.environ.get("KYR_CACHE_DIR", ""))
    _found["cache_dir"] = str(cache)
    _found["cache_fresh"] = bool(os.environ.get("KYR_CACHE_DIR")) and (
        not cache.exists() or not any(cache.iterdir()))


def pytest_collection_finish(session):
    for name in ("bot", os.environ["KYR_MUTATION_PROBE_MODULE"]):
        try:
            _found[name] = importlib.import_module(name).__file__
        except BaseException as error:
            _found[name] = "not imported: " + type(error).__name__
    Path(os.environ["KYR_MUTATION_PROBE_OUT"]).write_text(json.dumps(_found), encoding="utf-8")
'''


@dataclass(frozen=True)
class Mutant:
    """One slip: an exact text replacement in one file, and the test files that should notice it."""

    id: str
    file: str
    old: str
    new: str
    tests: tuple[str, ...]
    was: str = ""  # where the audit found this code, if it has moved since
    note: str = ""  # why the mutant was adapted to code that now does the job differently
    extra: bool = False  # one of the audit's extra probes, beyond its hand-made set

    @property
    def module(self) -> str:
        """The dotted name the mutated file is imported as."""
        return self.file.removesuffix(".py").replace("/", ".")

    def test_paths(self) -> tuple[str, ...]:
        """The test files as paths relative to the repository."""
        return tuple(f"tests/test_{name}.py" for name in self.tests)


@dataclass
class Result:
    """What one mutant's run showed."""

    id: str
    module: str
    outcome: str  # killed, survived, timeout (killed), stale, broken, error
    first_failure: str = ""
    seconds: float = 0.0
    absent: tuple[str, ...] = ()  # test files the mutant lists that this commit does not have
    detail: str = ""

    @property
    def counted(self) -> bool:
        """True if the result counts towards the kill ratio."""
        return self.outcome in ("killed", "timeout", "survived")

    @property
    def killed(self) -> bool:
        """True if the suite noticed the mutant (by a failure or by hanging)."""
        return self.outcome in ("killed", "timeout")


class BenchmarkError(Exception):
    """The benchmark cannot give a meaningful answer (the copy's tests fail unmutated, the
    probe found the wrong code)."""


# ---- the mutants ---------------------------------------------------------------------------------


def load_mutants(path: Path = MUTANTS) -> list[Mutant]:
    """Every mutant of the YAML file, checked for shape and unique ids."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = data.get("mutants") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise BenchmarkError(f"{path.name}: expected a top-level `mutants:` list")
    mutants = [_mutant(row, number) for number, row in enumerate(rows, start=1)]
    seen: set[str] = set()
    for mutant in mutants:
        if mutant.id in seen:
            raise BenchmarkError(f"{path.name}: the id {mutant.id!r} is used twice")
        seen.add(mutant.id)
    return mutants


def _mutant(row: Any, number: int) -> Mutant:
    """One entry of the YAML file as a Mutant, or a BenchmarkError naming what is wrong."""
    if not isinstance(row, dict):
        raise BenchmarkError(f"mutant #{number}: expected a mapping")
    texts = {key: row.get(key) for key in ("id", "file", "old", "new")}
    for key, value in texts.items():
        if not isinstance(value, str) or (key != "new" and not value):
            raise BenchmarkError(f"mutant #{number}: `{key}` must be a non-empty string")
    tests = row.get("tests")
    if not isinstance(tests, list) or not tests or not all(isinstance(t, str) for t in tests):
        raise BenchmarkError(f"mutant {row['id']}: `tests` must be a list of test file names")
    return Mutant(row["id"], row["file"], row["old"], row["new"], tuple(tests),
                  str(row.get("was") or ""), str(row.get("note") or ""), bool(row.get("extra")))


def mutated(source: str, mutant: Mutant) -> str | None:
    """The source with the mutant applied, or None when its text is not there exactly once."""
    if source.count(mutant.old) != 1:
        return None
    return source.replace(mutant.old, mutant.new, 1)


def compiles(text: str, file: str) -> bool:
    """True if a Python file still compiles (a mutant that does not is a mistake in the YAML)."""
    if not file.endswith(".py"):
        return True
    try:
        compile(text, file, "exec")
    except SyntaxError:
        return False
    return True


# ---- the copy under test --------------------------------------------------------------------------


def commit_of(rev: str) -> str:
    """The full commit id a revision names."""
    return _git("rev-parse", "--verify", f"{rev}^{{commit}}").decode().strip()


def _git(*args: str) -> bytes:
    """Output of a read-only git command in the checkout."""
    return subprocess.run(["git", *args], cwd=REPO, check=True, capture_output=True).stdout


def copy_commit(commit: str, destination: Path) -> None:
    """The commit's files, as `git archive` gives them, in a new directory."""
    destination.mkdir(parents=True)
    with tarfile.open(fileobj=io.BytesIO(_git("archive", "--format=tar", commit))) as archive:
        archive.extractall(destination, filter="data")


def file_at(commit: str, file: str) -> str | None:
    """A file's text at a commit, or None where the commit has no such file."""
    try:
        return _git("show", f"{commit}:{file}").decode("utf-8")
    except subprocess.CalledProcessError:
        return None


# ---- running the tests ------------------------------------------------------------------------------


@dataclass
class Run:
    """One pytest run in the copy."""

    outcome: str  # passed, failed, timeout, error
    first_failure: str
    seconds: float
    failures: int
    probe: dict[str, Any]
    log: Path


class Runner:
    """Runs test files in one copy: its own environment, a fresh content cache each time."""

    def __init__(self, copy: Path, work: Path, time_limit: float) -> None:
        self.copy = copy
        self.work = work  # the run's own directory: logs, caches, reports, the probe
        self.time_limit = time_limit
        probes = work / "probe"
        probes.mkdir(exist_ok=True)
        (probes / f"{PROBE_MODULE}.py").write_text(PROBE_SOURCE, encoding="utf-8")
        self._probes = probes

    def run(self, name: str, tests: Sequence[str], module: str) -> Run:
        """Run `pytest -x` on the test files; `module` is the one the probe must find in the copy."""
        folder = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.work))
        report, probe, log = folder / "junit.xml", folder / "probe.json", folder / "pytest.log"
        environment = self._environment(folder, probe, module)
        command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                   "-p", PROBE_MODULE, f"--junitxml={report}", *tests]
        started = time.monotonic()
        with log.open("wb") as output:
            process = subprocess.Popen(command, cwd=self.copy, env=environment, stdout=output,
                                       stderr=subprocess.STDOUT, start_new_session=True)
            timed_out = _wait(process, self.time_limit)
        seconds = time.monotonic() - started
        failures, first = _failures(report)
        found = json.loads(probe.read_text(encoding="utf-8")) if probe.exists() else {}
        if timed_out:
            outcome = "timeout"
        elif process.returncode == 0:
            outcome = "passed"
        elif process.returncode in (1, 2) and failures:  # 2: a collection error, or -x stopped it
            outcome = "failed"
        elif process.returncode in (3, 4):  # pytest itself or a conftest could not even start
            outcome, first = "failed", f"pytest exit code {process.returncode}: {tail(log, 1)}"
        else:
            outcome = "error"
            first = first or f"pytest exit code {process.returncode}"
        return Run(outcome, first, seconds, failures, found, log)

    def _environment(self, folder: Path, probe: Path, module: str) -> dict[str, str]:
        """The parent's environment with the copy first on the path and caches of this run only."""
        environment = {key: value for key, value in os.environ.items()
                       if key not in ("PYTHONPATH", "PYTEST_ADDOPTS", "PYTHONHOME")}
        environment.update({
            "PYTHONPATH": os.pathsep.join((str(self.copy), str(self._probes))),
            # No bytecode: a mutant the same size as the original, written in the same second,
            # would otherwise be read from the original's cached bytecode (or the reverse).
            "PYTHONDONTWRITEBYTECODE": "1",
            "KYR_CACHE_DIR": str(folder / "cache"),
            "XDG_CACHE_HOME": str(folder / "xdg"),
            "KYR_MUTATION_PROBE_OUT": str(probe),
            "KYR_MUTATION_PROBE_MODULE": module,
        })
        return environment

    def check_probe(self, run: Run, module: str, caches: set[str]) -> str:
        """Why a run's probe shows it did not test the copy with a fresh cache ("" if it did)."""
        if not run.probe:
            return "the probe did not report (pytest stopped before collecting)"
        for name in ("bot", module):
            where = str(run.probe.get(name, ""))
            if where.startswith("not imported"):
                continue  # a mutant that breaks importing: the tests fail, that is the kill
            if not Path(where).resolve().is_relative_to(self.copy.resolve()):
                return f"{name} was imported from {where}, not from the copy"
        cache = str(run.probe.get("cache_dir", ""))
        if not run.probe.get("cache_fresh") or cache in caches:
            return f"the content cache {cache} was not fresh"
        caches.add(cache)
        return ""


def _wait(process: "subprocess.Popen[bytes]", limit: float) -> bool:
    """Wait for pytest; past the limit interrupt its whole process group (so its teardown stops
    servers it started), then kill it. True if the limit was reached."""
    try:
        process.wait(timeout=limit)
        return False
    except subprocess.TimeoutExpired:
        pass
    for sent, grace in ((signal.SIGINT, INTERRUPT_GRACE_SECONDS), (signal.SIGKILL, None)):
        try:
            os.killpg(process.pid, sent)
        except ProcessLookupError:
            break
        try:
            process.wait(timeout=grace)
            break
        except subprocess.TimeoutExpired:
            continue
    return True


def tail(log: Path, lines: int = 12) -> str:
    """The last lines of a log, for a message about a run whose files are then removed."""
    try:
        text = log.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.rstrip().splitlines()[-lines:])


def _failures(report: Path) -> tuple[int, str]:
    """How many tests failed or errored in a JUnit report, and the first of them."""
    if not report.exists():
        return 0, ""
    try:
        root = ElementTree.parse(report).getroot()
    except ElementTree.ParseError:
        return 0, ""
    failed = [case for case in root.iter("testcase")
              if case.find("failure") is not None or case.find("error") is not None]
    if not failed:
        return 0, ""
    case = failed[0]
    where = case.get("classname", "").rpartition(".")[2].removeprefix("test_")
    name = f"{where}::{case.get('name', '')}" if where else case.get("name", "")
    if case.find("error") is not None:
        name += " (error)"  # in a fixture or at collection: the content check at load, an import
    return len(failed), name


# ---- the benchmark ---------------------------------------------------------------------------------


def present_tests(copy: Path, mutant: Mutant) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The mutant's test files this commit has, and those it does not (yet), in the order the
    whole suite runs them: tests that depend on that order (one leaves a logging handler
    behind that another trips on) behave as they do in the whole suite."""
    paths = sorted(set(mutant.test_paths()))
    return (tuple(path for path in paths if (copy / path).exists()),
            tuple(path for path in paths if not (copy / path).exists()))


def sanity(runner: Runner, mutants: Sequence[Mutant], caches: set[str]) -> Run:
    """The selected tests must pass on the unmutated copy; else nothing they say is meaningful."""
    tests = sorted({path for mutant in mutants for path in present_tests(runner.copy, mutant)[0]})
    run = runner.run("unmutated", tests, "bot")
    problem = runner.check_probe(run, "bot", caches)
    if problem:
        raise BenchmarkError(f"the unmutated run did not test the copy: {problem}\n{tail(run.log)}")
    if run.outcome != "passed":
        raise BenchmarkError(
            f"the selected tests do not pass on the unmutated commit ({run.outcome}: "
            f"{run.first_failure or 'see below'}); fix that first.\n{tail(run.log)}")
    return run


def run_mutant(runner: Runner, mutant: Mutant, caches: set[str]) -> Result:
    """Apply one mutant in the copy, run its tests, restore the file exactly."""
    result = Result(mutant.id, mutant.file, "stale")
    target = runner.copy / mutant.file
    if not target.exists():
        result.detail = "no such file"
        return result
    original = target.read_bytes()
    changed = mutated(original.decode("utf-8"), mutant)
    if changed is None:
        result.detail = f"the old text occurs {original.decode('utf-8').count(mutant.old)} times"
        return result
    if not compiles(changed, mutant.file):
        return Result(mutant.id, mutant.file, "broken", detail="the mutated file does not compile")
    tests, result.absent = present_tests(runner.copy, mutant)
    if not tests:
        result.outcome, result.detail = "error", "none of its test files exists"
        return result
    try:
        target.write_text(changed, encoding="utf-8")
        run = runner.run(mutant.id, tests, mutant.module)
    finally:
        target.write_bytes(original)
    if target.read_bytes() != original:
        raise BenchmarkError(f"{mutant.file} could not be restored in the copy")
    result.seconds, result.first_failure = run.seconds, run.first_failure
    problem = runner.check_probe(run, mutant.module, caches)
    if problem and run.outcome != "failed":  # a failure before collection is a kill too
        result.outcome, result.detail = "error", f"{problem}: {tail(run.log, 1)}"
        return result
    result.outcome = {"passed": "survived", "failed": "killed", "timeout": "timeout"}.get(
        run.outcome, "error")
    if result.outcome == "error":
        result.detail = f"{run.first_failure}: {tail(run.log, 1)}"
    return result


def benchmark(mutants: Sequence[Mutant], commit: str, jobs: int, time_limit: float, work: Path,
              progress: bool = True) -> tuple[list[Result], Run]:
    """Copy the commit once per job, check the unmutated tests pass, then run every mutant."""
    copies: Queue[Runner] = Queue()
    runners = []
    for number in range(jobs):
        copy = work / f"copy-{number}"
        copy_commit(commit, copy)
        runners.append(Runner(copy, work, time_limit))
        copies.put(runners[-1])
    caches: set[str] = set()
    unmutated = sanity(runners[0], mutants, caches)
    if progress:
        print(f"unmutated: passed in {unmutated.seconds:.0f} s", file=sys.stderr, flush=True)

    def one(mutant: Mutant) -> Result:
        runner = copies.get()
        try:
            result = run_mutant(runner, mutant, caches)
        finally:
            copies.put(runner)
        if progress:
            print(f"{mutant.id:8} {result.outcome:9} {result.seconds:6.1f} s  {result.first_failure}",
                  file=sys.stderr, flush=True)
        return result

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(one, mutants))
    return results, unmutated


# ---- reporting ---------------------------------------------------------------------------------------


def table(results: Iterable[Result]) -> str:
    """The results as a Markdown table."""
    lines = ["| id | module | result | first failing test | s |", "|---|---|---|---|---|"]
    for result in results:
        outcome = "timeout (killed)" if result.outcome == "timeout" else result.outcome
        if result.outcome == "survived":
            outcome = "**SURVIVED**"
        failing = result.first_failure or result.detail
        lines.append(f"| {result.id} | {result.module} | {outcome} | {failing.replace('|', '/')} | "
                     f"{result.seconds:.1f} |")
    return "\n".join(lines)


def ratio_line(label: str, results: Sequence[Result]) -> str:
    """Killed over counted, with how many the time limit killed and what was left out."""
    counted = [result for result in results if result.counted]
    killed = sum(result.killed for result in counted)
    timeouts = sum(result.outcome == "timeout" for result in counted)
    left_out = len(results) - len(counted)
    share = killed / len(counted) if counted else 0.0
    return (f"{label}: {killed} of {len(counted)} killed ({share:.1%}; {timeouts} by the time "
            f"limit), {len(counted) - killed} survived, {left_out} not counted "
            f"(stale, broken or error); goal {GOAL:.0%}: {'met' if share >= GOAL else 'not met'}")


def report(results: Sequence[Result], mutants: Sequence[Mutant], commit: str, jobs: int,
           time_limit: float, unmutated: Run, started: datetime) -> str:
    """The whole printed report."""
    extras = {mutant.id for mutant in mutants if mutant.extra}
    lines = [
        f"Mutation benchmark of commit {commit[:12]}, {started:%Y-%m-%d %H:%M} UTC, Python "
        f"{platform.python_version()}, {jobs} job(s), {time_limit:.0f} s per mutant; the unmutated "
        f"tests passed in {unmutated.seconds:.0f} s.", "", table(results), "",
        ratio_line("all mutants", results)]
    if extras and len(extras) < len(results):
        lines.append(ratio_line("the audit's hand-made set (without its extra probes)",
                                [result for result in results if result.id not in extras]))
    absent = sorted({path for result in results for path in result.absent})
    if absent:
        lines.append(f"test files listed but not in this commit: {', '.join(absent)}")
    survivors = [result.id for result in results if result.outcome == "survived"]
    lines.append(f"survivors: {', '.join(survivors) or 'none'}")
    for result in results:
        if result.outcome in ("stale", "broken", "error"):
            lines.append(f"{result.id}: {result.outcome}: {result.detail}")
    return "\n".join(lines)


def listing(mutants: Sequence[Mutant], commit: str) -> str:
    """Each mutant, where it applies and whether its text is still found at the commit."""
    lines = []
    for mutant in mutants:
        source = file_at(commit, mutant.file)
        state = "no such file" if source is None else \
            "ok" if source.count(mutant.old) == 1 else f"stale ({source.count(mutant.old)} matches)"
        extra = " (extra)" if mutant.extra else ""
        lines.append(f"{mutant.id:8} {mutant.file:30} {state:12} tests: {', '.join(mutant.tests)}{extra}")
    return "\n".join(lines)


def select(mutants: Sequence[Mutant], only: str) -> list[Mutant]:
    """The mutants named by --only (all without it); an unknown id is an error."""
    if not only:
        return list(mutants)
    wanted = [name.strip() for name in only.split(",") if name.strip()]
    known = {mutant.id: mutant for mutant in mutants}
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise BenchmarkError(f"unknown mutant id(s): {', '.join(unknown)}")
    return [known[name] for name in wanted]


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the options, run the benchmark, print the table and the kill ratio."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated mutant ids (default: all)")
    parser.add_argument("--jobs", type=int, default=1, help="mutants run at once, each in its own copy")
    parser.add_argument("--list", action="store_true", help="list the mutants and whether they apply")
    parser.add_argument("--rev", default="HEAD", help="the commit to test (default: HEAD)")
    parser.add_argument("--timeout", type=float, default=TIME_LIMIT_SECONDS,
                        help="seconds per mutant before it counts as killed by hanging")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the copies and the logs")
    args = parser.parse_args(argv)
    try:
        mutants = select(load_mutants(), args.only)
        commit = commit_of(args.rev)
        if args.list:
            print(listing(mutants, commit))
            return 0
        if args.jobs < 1:
            raise BenchmarkError("--jobs must be at least 1")
        started = datetime.now(UTC)
        work = Path(tempfile.mkdtemp(prefix="kyr-mutations-"))
        try:
            results, unmutated = benchmark(mutants, commit, args.jobs, args.timeout, work)
        finally:
            if args.keep:
                print(f"copies and logs kept in {work}", file=sys.stderr)
            else:
                shutil.rmtree(work, ignore_errors=True)
    except BenchmarkError as error:
        print(f"mutations: {error}", file=sys.stderr)
        return 2
    print(report(results, mutants, commit, args.jobs, args.timeout, unmutated, started))
    if args.json is not None:
        args.json.write_text(json.dumps({
            "commit": commit, "date": started.isoformat(timespec="seconds"), "jobs": args.jobs,
            "time_limit": args.timeout, "results": [asdict(result) for result in results]},
            indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
