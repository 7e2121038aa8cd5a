"""Resumable batch runs: source items in, stored and deduplicated extractions out.

Owns: ``BatchOptions``, ``RunReport``, ``run_batch``, ``run_id_for`` and the workers
(``process_chunk``) that run the same picklable ``Pipeline`` in this process, in a
local process pool (``workers``) or on a Dask cluster (``dask``).

How a run goes:

1. Items (``SourceItem`` or ``Rejected``) are numbered in input order. Items before the
   checkpoint's ``position``, and the ones listed done after it, are skipped.
2. A document whose text is already extracted (content hash) is not sent to a worker:
   only where it was seen is recorded. The rest go to the workers in chunks.
3. A worker runs the pipeline, computes the text's MinHash signature and prepares the
   values of the rows the writer will store (``rasid.store.prepared``). Any error on one
   document comes back as that document's error; it never stops the run.
4. This process is the only writer. A text that nearly repeats a stored one (MinHash
   LSH) is stored as a linked duplicate and not coded again; the others are saved with
   their extraction and signature. The plain items of a flush are written together
   (``rasid.store.bulk``), the others one by one, each alone in a savepoint. Each write
   transaction also holds the checkpoint and the error rows of the items it completes,
   so a run killed at any moment (even by SIGKILL) resumes with nothing lost and
   nothing stored twice.
5. Ctrl-C (``KeyboardInterrupt``) stops reading, cancels work not yet written, commits
   what is finished and marks the run ``interrupted``; running it again resumes.
"""

from __future__ import annotations

import concurrent.futures as cf
import hashlib
import json
import multiprocessing
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from rasid.errors import RasidError, StoreError
from rasid.ingest.dedup import NEAR_DUPLICATE_THRESHOLD, SIGNATURE_METHOD, NearDuplicateIndex, signature
from rasid.ingest.files import Rejected
from rasid.ingest.sources import SourceItem
from rasid.model import Document
from rasid.pipeline import Pipeline
from rasid.store import Store, bulk
from rasid.store.prepared import PreparedExtraction, prepare_extraction
from rasid.store.provenance import origin_digest

__all__ = ["BatchError", "BatchOptions", "RunReport", "process_chunk", "run_batch", "run_id_for"]

Progress = Callable[[int], None]
_COUNTS = ("added", "unchanged", "duplicates", "events", "claims", "errors", "sightings")
_RETRIES = 3  # attempts to write one item (concurrent writers on PostgreSQL may collide)


@dataclass
class BatchOptions:
    """How to run a batch. ``workers`` <= 1 runs in this process; ``dask`` is a scheduler
    address (``tcp://host:8786``) or a ``distributed.Client`` and wins over ``workers``."""

    workers: int = 1
    dask: Any = None
    #: Documents per task, in this process or a local pool.
    chunk_size: int = 16
    #: Documents per task on Dask: a task costs its scheduler and this process milliseconds.
    dask_chunk_size: int = 64
    commit_every: int = 64
    near_duplicates: bool = True
    threshold: float = NEAR_DUPLICATE_THRESHOLD
    checkpoint: bool = True
    resume: bool = True
    run_id: str | None = None


@dataclass(frozen=True, slots=True)
class BatchError:
    """One item that could not be read, extracted or stored: its number, where it came from, why."""

    item: int
    source: str
    reason: str


@dataclass
class RunReport:
    """What this invocation of a run did; ``before`` holds the counts of earlier
    invocations of the same run and ``earlier_errors`` their errors (after a resume)."""

    run_id: str
    added: int = 0
    unchanged: int = 0
    duplicates: int = 0
    events: int = 0
    claims: int = 0
    sightings: int = 0
    errors: list[BatchError] = field(default_factory=list)
    items: int = 0
    resumed_from: int = 0
    skipped: int = 0
    interrupted: bool = False
    seconds: float = 0.0
    write_seconds: float = 0.0
    before: dict[str, int] = field(default_factory=dict)
    earlier_errors: list[BatchError] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.added + self.unchanged + self.duplicates

    def counts(self) -> dict[str, int]:
        return {name: len(self.errors) if name == "errors" else getattr(self, name) for name in _COUNTS}


def run_id_for(inputs: Any, pipeline_name: str) -> str:
    """A run's identity: the same inputs (with their fingerprints) and pipeline resume it."""
    blob = json.dumps({"inputs": inputs, "pipeline": pipeline_name}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:32]


# --- the worker side --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Done:
    index: int
    prepared: PreparedExtraction
    signature: bytes | None


@dataclass(frozen=True, slots=True)
class _Failed:
    index: int
    reason: str


def process_chunk(pipeline: Pipeline, docs: list[tuple[int, Document]], search: bool = True) -> list[_Done | _Failed]:
    """Run the pipeline (and the MinHash signature) over numbered documents, and prepare
    the rows of each extraction (``search``: with the full-text index bodies too).

    Never raises for one document: its error comes back as its outcome. The prepared
    rows, not the annotated document, go back to the writer: they are what it needs,
    they are smaller to send, and computing them here takes that work off the writer.
    """
    out: list[_Done | _Failed] = []
    for index, doc in docs:
        try:
            annotated = pipeline(doc)
            result = pipeline.extract_result(annotated)
            sig = signature(annotated.text)
            prepared = prepare_extraction(annotated, result, search=search)
        except RasidError as e:
            out.append(_Failed(index, str(e)))
        except Exception as e:  # noqa: BLE001 - a bug on one odd document must not end the batch
            out.append(_Failed(index, f"extraction failed: {type(e).__name__}: {e}"))
        else:
            out.append(_Done(index, prepared, sig))
    return out


_WORKER_PIPELINE: Pipeline | None = None


def _init_pool_worker(pipeline: Pipeline) -> None:
    """Process-pool initializer: Ctrl-C is the parent's to handle; load resources once."""
    global _WORKER_PIPELINE
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    pipeline.resources.warm()
    _WORKER_PIPELINE = pipeline


def _pool_chunk(docs: list[tuple[int, Document]], search: bool) -> list[_Done | _Failed]:
    assert _WORKER_PIPELINE is not None, "the worker was not initialized"
    return process_chunk(_WORKER_PIPELINE, docs, search)


_Result = list[_Done | _Failed] | BaseException  # a task's outcomes, or why it failed as a whole


class _Inline:
    """Runs chunks in this process, one at a time."""

    slots = 1

    def __init__(self, pipeline: Pipeline, search: bool, chunk_size: int) -> None:
        self.pipeline = pipeline
        self.search = search
        self.chunk_size = chunk_size

    def submit(self, docs: list[tuple[int, Document]]) -> Any:
        future: cf.Future[Any] = cf.Future()
        future.set_result(process_chunk(self.pipeline, docs, self.search))
        return future

    def finished(self, tasks: set[Any]) -> list[tuple[Any, _Result]]:
        """Some finished tasks (at least one: waits for it) and their results."""
        return [(task, _result(task)) for task in tasks]

    def close(self, cancel: bool = False) -> None:
        pass


def _result(future: cf.Future[Any]) -> _Result:
    try:
        return future.result()  # type: ignore[no-any-return]
    except Exception as e:  # noqa: BLE001 - a worker that died takes only its chunk with it
        return e


class _Pool(_Inline):
    """A local process pool; every worker holds one copy of the pipeline."""

    def __init__(self, pipeline: Pipeline, search: bool, chunk_size: int, workers: int) -> None:
        super().__init__(pipeline, search, chunk_size)
        self.slots = workers * 2
        self.workers = workers
        self.executor = self._start()

    def _start(self) -> cf.ProcessPoolExecutor:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        return cf.ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_pool_worker,
                                      initargs=(self.pipeline,))

    def submit(self, docs: list[tuple[int, Document]]) -> Any:
        try:
            return self.executor.submit(_pool_chunk, docs, self.search)
        except cf.process.BrokenProcessPool:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = self._start()  # a worker died earlier: start a fresh pool
            return self.executor.submit(_pool_chunk, docs, self.search)

    def finished(self, tasks: set[Any]) -> list[tuple[Any, _Result]]:
        done, _pending = cf.wait(tasks, return_when=cf.FIRST_COMPLETED)
        return [(task, _result(task)) for task in done]

    def close(self, cancel: bool = False) -> None:
        self.executor.shutdown(wait=True, cancel_futures=cancel)


class _Dask(_Inline):
    """A Dask distributed cluster; the pipeline is sent to every worker once.

    Every task costs the scheduler and the client milliseconds whatever it holds, so
    tasks hold more documents than a local pool's. Results are fetched by the client's
    own thread as tasks finish (``as_completed``), not asked for one by one, so this
    process's thread goes on writing meanwhile.
    """

    def __init__(self, pipeline: Pipeline, search: bool, chunk_size: int, address: Any) -> None:
        super().__init__(pipeline, search, chunk_size)
        try:
            import distributed
        except ImportError:
            raise RasidError("--dask needs Dask distributed: pip install 'rasid[dask]'") from None
        if isinstance(address, distributed.Client):
            self.client, self._own = address, False
        else:
            try:
                self.client, self._own = distributed.Client(address, timeout="30s"), True
            except (OSError, TimeoutError) as e:
                raise RasidError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        self.slots = workers * 2
        self.remote_pipeline = self.client.scatter(pipeline, broadcast=True)
        self._completed = distributed.as_completed(loop=self.client.loop, with_results=True, raise_errors=False)

    def submit(self, docs: list[tuple[int, Document]]) -> Any:
        future = self.client.submit(process_chunk, self.remote_pipeline, docs, self.search, pure=False)
        self._completed.add(future)
        return future

    def finished(self, tasks: set[Any]) -> list[tuple[Any, _Result]]:
        out = []
        for future, result in [next(self._completed), *self._completed.next_batch(block=False)]:
            if future.status == "error":
                result = result[1]  # (type, exception, traceback)
            out.append((future, result))
        return out

    def close(self, cancel: bool = False) -> None:
        if self._own:
            self.client.close()


def _executor(pipeline: Pipeline, options: BatchOptions, search: bool) -> _Inline:
    if options.dask is not None:
        return _Dask(pipeline, search, options.dask_chunk_size, options.dask)
    if options.workers > 1:
        return _Pool(pipeline, search, options.chunk_size, options.workers)
    return _Inline(pipeline, search, options.chunk_size)


# --- the writer side ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Known:
    """A document whose text is already extracted: only its sighting is new."""

    index: int
    content_hash: str


_Outcome = _Done | _Failed | _Known


class _Writer:
    """Writes finished items, their checkpoint and their errors in one transaction per flush.

    Within a flush, items that are plainly new texts (or near-duplicates of stored ones,
    or texts already stored) are written together, one statement per kind of row
    (``Store.write_texts``); an item that needs more care, and every item of a group
    whose write failed, is written alone in its own savepoint, as described in the
    module docstring. Both ways leave the same rows.
    """

    def __init__(self, store: Store, run_id: str | None, report: RunReport, index: NearDuplicateIndex | None,
                 options: BatchOptions, position: int, done_after: set[int], progress: Progress | None) -> None:
        self.store, self.run_id, self.report, self.index = store, run_id, report, index
        self.options, self.position, self.done_after, self.progress = options, position, done_after, progress
        self.items: dict[int, SourceItem | Rejected] = {}
        self.buffer: list[_Outcome] = []
        self.stored: set[str] = set()  # texts this run stored (committed or in this flush)
        self.flushing: list[str] = []  # texts stored by the open flush, forgotten if it rolls back

    def add(self, outcome: _Outcome) -> None:
        self.buffer.append(outcome)
        if len(self.buffer) >= self.options.commit_every:
            self.flush()

    def flush(self, status: str = "running") -> None:
        if not self.buffer and self.run_id is None:
            return
        counts = self.report.counts()
        errors: list[BatchError] = []
        indexed: list[str] = []
        started = time.perf_counter()
        self.flushing = []
        try:
            with self.store.batch(f"writing {len(self.buffer)} items"):
                self._write_buffer(counts, errors, indexed)
                done = self.done_after | {o.index for o in self.buffer}
                position = self.position
                while position in done:
                    done.discard(position)
                    position += 1
                if self.run_id is not None:
                    if errors:
                        self.store.add_batch_errors(self.run_id, [(e.item, e.source, e.reason) for e in errors])
                    counts["errors"] = len(self.report.errors) + len(errors)
                    total = {k: v + self.report.before.get(k, 0) for k, v in counts.items()}
                    state = {"done_after": sorted(done), "counts": total}
                    self.store.checkpoint_batch_run(self.run_id, position, state, status)
        except BaseException:
            self.stored.difference_update(self.flushing)
            for key in indexed:  # rolled back: these texts are not stored after all
                if self.index is not None:
                    self.index.remove(key)
            raise
        self.report.write_seconds += time.perf_counter() - started
        for name in _COUNTS:
            if name != "errors":
                setattr(self.report, name, counts[name])
        self.report.errors.extend(errors)
        self.position, self.done_after = position, done
        finished = len(self.buffer)
        for outcome in self.buffer:
            self.items.pop(outcome.index, None)
        self.buffer = []
        if self.progress and finished:
            self.progress(finished)

    # --- the group path ------------------------------------------------------------------

    def _write_buffer(self, counts: dict[str, int], errors: list[BatchError], indexed: list[str]) -> None:
        """Write the buffered outcomes in order: groups of plain items together, the rest alone."""
        texts = [(o, item) for o in self.buffer
                 if not isinstance(o, _Failed) and isinstance(item := self.items[o.index], SourceItem)]
        hashes = [item.doc.content_hash for _, item in texts]
        # Locked once, up front and in order (PostgreSQL), then looked up once: another
        # writer cannot store these texts between the look-up and the write.
        self.store.lock_texts(hashes)
        states = self.store.text_states(hashes, [item.doc.doc_id for _, item in texts])
        taken: set[str] = set()  # doc_ids this flush stores or has tried to
        group: list[_Grouped] = []
        for outcome in self.buffer:
            item = self.items[outcome.index]
            if isinstance(outcome, _Failed) or isinstance(item, Rejected):
                errors.append(self._error(outcome, item))
                continue
            grouped = self._classify(outcome, item, states, taken, indexed)
            if grouped is not None:
                group.append(grouped)
                continue
            self._write_group(group, counts, errors, indexed)
            group = []
            taken.add(item.doc.doc_id)
            error = self._write(outcome, counts, indexed)
            if error is not None:
                errors.append(error)
        self._write_group(group, counts, errors, indexed)

    def _classify(self, outcome: _Outcome, item: SourceItem, states: bulk.TextStates, taken: set[str],
                  indexed: list[str]) -> _Grouped | None:
        """The group entry of an item that can be written with others, or ``None``.

        Marks a new text as stored (and indexes its signature) at once, as writing it
        alone would, so later items of the flush see it; ``_write_group`` takes that
        back if the group's write fails.
        """
        doc = item.doc
        digest = doc.content_hash
        origin = item.origin
        delta = dict.fromkeys(_COUNTS, 0)

        def sighting(match: str) -> bulk.Sighting:
            return bulk.Sighting(origin_digest(origin.key), origin.key, origin.kind, match, origin.outlet,
                                 origin.url, origin.as_dict())

        if isinstance(outcome, _Known) or digest in self.stored or digest in states.ingested:
            if digest not in self.stored and digest not in states.stored:
                return None  # said to be known, yet not stored: let the one-item path report it
            delta["unchanged"] = 1
            return _Grouped(outcome, bulk.SeenText(digest, sighting("exact")), delta, None)
        assert isinstance(outcome, _Done)
        if digest in states.stored or doc.doc_id in states.doc_ids or doc.doc_id in taken:
            return None  # a stored text to extract again, or a doc_id taken by another text
        taken.add(doc.doc_id)
        near = self.index.find(outcome.signature) if self.index and outcome.signature else None
        self.stored.add(digest)
        self.flushing.append(digest)
        if near is not None and near.key != digest:
            delta["duplicates"] = 1
            entry: bulk.GroupItem = bulk.NearText(doc, near.key, near.similarity, SIGNATURE_METHOD, sighting("near"))
            return _Grouped(outcome, entry, delta, None)
        delta.update(added=1, events=len(outcome.prepared.events), claims=len(outcome.prepared.claims))
        signed = outcome.signature
        if signed is not None and self.index is not None:
            self.index.add(digest, signed)
            indexed.append(digest)
        entry = bulk.NewText(outcome.prepared, signed, SIGNATURE_METHOD, sighting("new"))
        return _Grouped(outcome, entry, delta, digest if signed is not None else None)

    def _write_group(self, group: list[_Grouped], counts: dict[str, int], errors: list[BatchError],
                     indexed: list[str]) -> None:
        if not group:
            return
        try:
            with self.store.savepoint(f"storing {len(group)} items"):
                added = self.store.write_texts([g.entry for g in group])
        except StoreError:
            # Forget what classifying the group assumed, then write its items one by one:
            # each then stands or fails alone, with the error it would have had anyway.
            for g in group:
                entry = g.entry
                if isinstance(entry, bulk.SeenText):
                    continue
                digest = entry.prepared.content_hash if isinstance(entry, bulk.NewText) else entry.doc.content_hash
                self.stored.discard(digest)
                if digest in self.flushing:
                    self.flushing.remove(digest)
                if g.indexed is not None and self.index is not None:
                    self.index.remove(g.indexed)
                    indexed.remove(g.indexed)
            for g in group:
                error = self._write(g.outcome, counts, indexed)
                if error is not None:
                    errors.append(error)
            return
        for g, new_sighting in zip(group, added, strict=True):
            for name, value in g.delta.items():
                counts[name] += value
            counts["sightings"] += int(new_sighting)

    # --- the one-item path ---------------------------------------------------------------

    def _error(self, outcome: _Outcome, item: SourceItem | Rejected) -> BatchError:
        source = item.source if isinstance(item, Rejected) else _describe(item)
        reason = item.reason if isinstance(item, Rejected) else outcome.reason  # type: ignore[union-attr]
        return BatchError(outcome.index, source, reason)

    def _write(self, outcome: _Outcome, counts: dict[str, int], indexed: list[str]) -> BatchError | None:
        item = self.items[outcome.index]
        if isinstance(outcome, _Failed) or isinstance(item, Rejected):
            return self._error(outcome, item)
        last: StoreError | None = None
        for _attempt in range(_RETRIES):
            try:
                with self.store.savepoint(f"storing {item.doc.doc_id!r}"):
                    sig = self._store_one(outcome, item, counts)
            except StoreError as e:
                last = e
                continue
            if sig is not None and self.index is not None:
                self.index.add(item.doc.content_hash, sig)
                indexed.append(item.doc.content_hash)
            return None
        return BatchError(outcome.index, _describe(item), str(last))

    def _store_one(self, outcome: _Outcome, item: SourceItem, counts: dict[str, int]) -> bytes | None:
        """Store one item (inside its savepoint); return the signature to index, if any.

        ``counts`` is updated only when the savepoint commits (on a copy until then).
        """
        digest = item.doc.content_hash
        delta = dict.fromkeys(_COUNTS, 0)
        sig: bytes | None = None
        match = "new"
        self.store.lock_text(digest)  # concurrent writers (PostgreSQL) store a text once
        if isinstance(outcome, _Known) or digest in self.stored or self.store.ingested_hashes([digest]):
            match, delta["unchanged"] = "exact", 1
        else:
            assert isinstance(outcome, _Done)
            near = self.index.find(outcome.signature) if self.index and outcome.signature else None
            if near is not None and near.key != digest:
                self.store.add_duplicate(item.doc, near.key, near.similarity, SIGNATURE_METHOD)
                match, delta["duplicates"] = "near", 1
            else:
                self.store.save_prepared(outcome.prepared)
                if outcome.signature is not None:
                    self.store.save_signature(digest, SIGNATURE_METHOD, outcome.signature)
                    sig = outcome.signature
                delta.update(added=1, events=len(outcome.prepared.events), claims=len(outcome.prepared.claims))
            self.stored.add(digest)
            self.flushing.append(digest)
        origin = item.origin
        if self.store.record_sighting(digest, origin.key, kind=origin.kind, match=match, outlet=origin.outlet,
                                      url=origin.url, data=origin.as_dict()):
            delta["sightings"] = 1
        for name, value in delta.items():
            counts[name] += value
        return sig


@dataclass(frozen=True, slots=True)
class _Grouped:
    """An item of a group write: its outcome, its entry, the counts it adds, and the key
    its signature was indexed under (to take back if the group fails)."""

    outcome: _Outcome
    entry: bulk.GroupItem
    delta: dict[str, int]
    indexed: str | None


def _describe(item: SourceItem | Rejected) -> str:
    if isinstance(item, Rejected):
        return item.source
    return item.origin.url or item.origin.key


def _chunks(items: Iterable[tuple[int, Any]], size: int) -> Iterator[list[tuple[int, Any]]]:
    chunk: list[tuple[int, Any]] = []
    for pair in items:
        chunk.append(pair)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _load_index(store: Store, options: BatchOptions) -> NearDuplicateIndex | None:
    if not options.near_duplicates:
        return None
    index = NearDuplicateIndex(options.threshold)
    for key, sig in store.signatures(SIGNATURE_METHOD):
        index.add(key, sig)
    return index


def run_batch(items: Iterable[SourceItem | Rejected], store: Store, pipeline: Pipeline,
              options: BatchOptions | None = None, inputs: Any = None,
              progress: Progress | None = None) -> RunReport:
    """Ingest numbered items into ``store``: see the module docstring.

    ``inputs`` identifies the run for resuming (with ``options.checkpoint``): the same
    inputs and pipeline continue where the last run stopped. ``progress(n)`` is called
    as items finish (or are skipped). Raises ``StoreError`` only if the database itself
    fails; every per-item problem is in ``RunReport.errors``.
    """
    options = options or BatchOptions()
    started = time.monotonic()
    run_id = options.run_id or run_id_for(inputs, pipeline.name)
    report = RunReport(run_id)
    position, done_after = 0, set()
    checkpointed = options.checkpoint
    if checkpointed:
        state = store.open_batch_run(run_id, inputs, pipeline.name)
        if options.resume and state["status"] != "new":
            position, done_after = state["position"], set(state["state"].get("done_after", []))
            report.before = {k: int(v) for k, v in state["state"].get("counts", {}).items()}
            report.earlier_errors = [BatchError(**e) for e in store.batch_errors(run_id)]
            report.resumed_from = position
        elif state["status"] != "new":
            store.restart_batch_run(run_id)
    writer = _Writer(store, run_id if checkpointed else None, report, _load_index(store, options), options,
                     position, done_after, progress)
    executor = _executor(pipeline, options, store.full_text_search)
    cancel = False
    try:
        _drive(items, store, executor, writer, options, report, progress)
    except KeyboardInterrupt:
        report.interrupted = cancel = True
    finally:
        executor.close(cancel=cancel)
        writer.flush("interrupted" if report.interrupted else "done")
        report.seconds = time.monotonic() - started
    return report


def _drive(items: Iterable[SourceItem | Rejected], store: Store, executor: _Inline, writer: _Writer,
           options: BatchOptions, report: RunReport, progress: Progress | None) -> None:
    inflight: dict[Any, list[tuple[int, Document]]] = {}
    size = max(1, executor.chunk_size)
    # Which texts are stored already is asked for several chunks at once (a query costs this
    # process about as much as writing a text); a text stored in between is still told
    # apart by the writer, as a text that repeats within one chunk is.
    for block in _chunks(enumerate(items), size * max(1, _LOOKUP_SIZE // size)):
        known = store.ingested_hashes(item.doc.content_hash for i, item in block
                                      if isinstance(item, SourceItem) and i >= writer.position)
        for chunk in _chunks(block, size):
            report.items += len(chunk)
            todo = [(i, item) for i, item in chunk if i >= writer.position and i not in writer.done_after]
            if len(todo) < len(chunk):
                report.skipped += len(chunk) - len(todo)
                if progress:
                    progress(len(chunk) - len(todo))
            docs: list[tuple[int, Document]] = []
            for index, item in todo:
                writer.items[index] = item
                if isinstance(item, Rejected):
                    writer.add(_Failed(index, item.reason))
                elif item.doc.content_hash in known:
                    writer.add(_Known(index, item.doc.content_hash))
                else:
                    docs.append((index, item.doc))
            if docs:
                inflight[executor.submit(docs)] = docs
            while len(inflight) >= executor.slots:
                _collect(executor, inflight, writer)
    while inflight:
        _collect(executor, inflight, writer)


_LOOKUP_SIZE = 64  # documents whose texts are looked up in the store together


def _collect(executor: _Inline, inflight: dict[Any, list[tuple[int, Document]]], writer: _Writer) -> None:
    for task, result in executor.finished(set(inflight)):
        docs = inflight.pop(task)
        if isinstance(result, BaseException):
            # a worker that died takes only its chunk with it
            result = [_Failed(i, f"worker failed: {type(result).__name__}: {result}") for i, _ in docs]
        for outcome in result:
            writer.add(outcome)
