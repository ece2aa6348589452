"""Where cleaning work runs: here, on worker processes, or on a Dask cluster.

An `Executor` maps a work function (`batch.clean_file`, `corpus.clean_entry`:
the run's options and one item in, an Outcome out) over a stream of items and
yields the outcomes in input order, holding only a bounded number of items at
a time. Each worker process builds its Cleaner once (`run.cleaner_for`).
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager, suppress
from functools import partial
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .progress import LOGGER, STOP_SIGNALS
from .run import Outcome, RunOptions

if TYPE_CHECKING:
    import multiprocessing.connection

    from distributed import Client, Event, Future, LocalCluster

class Named(Protocol):
    """An item of work: a file's Job, a corpus's Entry; failures name its source."""

    @property
    def source(self) -> object: ...

    def failed(self, options: RunOptions, reason: str) -> Outcome:
        """The item failed for ``reason`` where its work could not say (its worker died)."""
        ...


Item = TypeVar("Item", bound=Named)
Work = Callable[[RunOptions, Item], Outcome]


class Executor(Protocol):
    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        """The outcome of ``work`` on each item, in input order. Stopped (a signal's stop raised in it,
        SIGINT or SIGTERM; or thrown in by its consumer: an output the disk cannot hold, see `finished`), it
        yields the outcomes of the items its workers finish still, then raises the stop: the signal's when
        there is one, which came before or while it waited for the workers (the user stopped the run; the
        other is its ``__context__``). Its consumer may stop it again as it yields them: they still come."""
        ...

    def close(self) -> None:
        """Stop the workers; outcomes not yet consumed are dropped."""
        ...


def default_jobs() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _freezing_after_first(function: Callable[[Item], Outcome]) -> Callable[[Item], Outcome]:
    """``function``, the objects alive after its first call frozen (``gc.freeze``) in a process whose imports
    were frozen: the command's own (``cli.run`` freezes them; its forked workers inherit that), never a
    caller's that runs the command in its own process (a test's CliRunner): the collector is the process's.
    The Cleaner's patterns, tables and caches, made as the first page needs them and kept for the process's
    life, are then out of every later full collection's reach, which went through them all for nothing
    (perf20: some 40 ms each → 15)."""
    frozen = False

    def call(item: Item) -> Outcome:
        nonlocal frozen
        outcome = function(item)
        if not frozen and gc.get_freeze_count():
            gc.freeze()
            frozen = True
        return outcome

    return call


STOP_SECONDS = 5.0
"""How long a stop waits for the items being cleaned to be done; one still being cleaned then is named as
stopped (an output written in the last instant is whole)."""


class SerialExecutor:
    """Runs the work in this process, one item at a time. A stop (SIGINT, SIGTERM) lets the item being
    cleaned be done, STOP_SECONDS at most, and its outcome counted: raised as it came, it lost an output
    written but not yet counted."""

    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        return self._map(_freezing_after_first(partial(work, options)), iter(items), options)

    def _map(self, function: Callable[[Item], Outcome], items: Iterator[Item], options: RunOptions
             ) -> Iterator[Outcome]:
        with _StopGate() as gate:
            while True:
                with gate.taking():  # a slow input (stdin) must not hold a stop off
                    item = next(items, None)
                if item is None:
                    return
                try:
                    with gate.working():
                        outcome = function(item)
                except GeneratorExit:
                    raise
                except BaseException:  # a stop after STOP_SECONDS, or a second one
                    if gate.first is None:
                        raise
                    # Drained: its consumer's stop on it (its record meeting a full disk, thrown in) does not
                    # replace the run's, which was lost so (exit 1).
                    yield from _draining([item.failed(options, "its cleaning was stopped with the run (any output "
                                                              "it has is whole)")])
                    raise
                yield outcome

    def close(self) -> None:
        pass


class _StopGate:
    """Where a stop (SIGINT, SIGTERM) ends a map run in this process: at once while it reads its input or
    waits for work done elsewhere (`taking`); once the item being cleaned is done (`working`: STOP_SECONDS at
    most, a second stop at once); else (an outcome being counted) when it next takes a stop, or as the map
    ends. The handlers set (the command's) are swapped for one that keeps the stop meanwhile: the signal mask
    cannot hold one off where other threads run (Dask's client), as Python runs the handler in the main thread
    whichever thread the signal came to."""

    def __init__(self) -> None:
        self.first: int | None = None
        """The run's first stop, which it ends with."""
        self.raised: BaseException | None = None
        """What the first stop's handler raised: what the map raises in the end, whatever else stopped it."""
        self._pending = False
        """The first stop came where it was kept, and is not raised yet."""
        self._mode = "holding"
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> _StopGate:
        if not _in_main_thread():  # handlers are set and run there only
            return self
        for stop in STOP_SIGNALS:
            if callable(handler := signal.getsignal(stop)):  # not where a stop is ignored or ends the process
                self._previous[stop] = handler
                signal.signal(stop, self._keep)
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        self._disarm()
        for stop, handler in self._previous.items():
            signal.signal(stop, handler)
        if kind is not GeneratorExit:  # closed by its consumer, it has no one to raise to
            # A stop kept while the last outcome was counted, or while its consumer's stop (a full disk,
            # thrown in at it) ended the map: raised in place of that, which is its context.
            self.raise_kept()

    def _keep(self, signum: int, frame: object) -> None:
        second = self.first is not None
        if not second:
            self.first = signum
        if self._mode == "taking" or self._mode == "working" and second:
            self._raise(frame)
        elif not second:
            self._pending = True
            if self._mode == "working":  # the alarm's handler set only now: nothing else's alarm is taken
                self._previous[signal.SIGALRM] = signal.signal(signal.SIGALRM, self._overdue) or signal.SIG_DFL
                signal.setitimer(signal.ITIMER_REAL, STOP_SECONDS)

    def _disarm(self) -> None:
        if signal.SIGALRM in self._previous:
            signal.setitimer(signal.ITIMER_REAL, 0)

    def _overdue(self, _signum: int, frame: object) -> None:
        if self._pending and self._mode == "working":
            self._raise(frame)

    def _raise(self, frame: object) -> None:
        """Raise the run's stop as the handler it came to first does (the command's: it ends the run)."""
        assert self.first is not None
        self._pending = False
        try:
            self._previous[self.first](self.first, frame)
        except BaseException as stop:
            if self.raised is None:
                self.raised = stop
            raise

    def outranking(self, stop: BaseException) -> BaseException:
        """What a map stopped by ``stop`` raises once it has yielded what its workers finished: the stop of
        the run's first signal if one came, before ``stop`` or while the map waited for the workers after
        it (the user ended the run: its status is the signal's), else ``stop``."""
        return stop if self.raised is None else self.raised

    def raise_kept(self) -> None:
        if self._pending:
            self._raise(None)

    @contextmanager
    def taking(self) -> Iterator[None]:
        self.raise_kept()
        self._mode = "taking"
        try:
            yield
        finally:
            self._mode = "holding"

    @contextmanager
    def working(self) -> Iterator[None]:
        self._mode = "working"
        try:
            yield
        finally:
            self._mode = "holding"
            self._disarm()


class ProcessPoolExecutor:
    """Runs work on ``jobs`` worker processes (in this process for 1 item).

    Each worker is handed a few items at a time and sends back each outcome
    as soon as it has it, so this process always knows which item a worker
    is on: when a worker dies (the OOM killer, kill -9), that item fails by
    name, the items handed to it after that go to a new worker, and the run
    goes on instead of waiting forever for the lost outcome.

    The stops (SIGINT, SIGTERM, SIGHUP) are taken only while it waits for the workers or
    reads its input, not between an outcome's arrival and its counting (`_StopGate`). On a
    stop no more work is handed out, each worker finishes the item it is on
    (the output it writes is counted) and cleans no more, and the outcomes
    received are yielded before the stop goes on.
    """

    # Items handed to a worker at a time: large enough to amortise the pipe,
    # small enough that all workers stay busy to the end of a small batch.
    CHUNKSIZE = 8

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._workers: list[_Worker] = []

    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        items = iter(items)
        head = list(islice(items, 2))
        if len(head) < 2:
            # One item: starting workers would only add their start-up time.
            return SerialExecutor().map(work, options, head)
        return self._map(partial(work, options), chain(head, items), options)

    def _map(self, function: Callable[[Item], Outcome], items: Iterator[Item], options: RunOptions
             ) -> Iterator[Outcome]:
        from multiprocessing.connection import wait

        # Items read but not yet yielded stay under `limit`, so a huge folder
        # or JSONL file never sits in memory.
        limit = self.jobs * self.CHUNKSIZE * 4
        numbered = enumerate(items)
        waiting: deque[tuple[int, Item]] = deque()  # read, or handed to a worker that died before them
        done: dict[int, Outcome] = {}
        read = next_out = 0
        exhausted = False
        self._workers = []
        with _StopGate() as gate:
            try:
                while True:
                    while next_out in done:
                        yield done.pop(next_out)
                        next_out += 1
                    idle = [worker for worker in self._workers if not worker.handed]
                    free = len(idle) + self.jobs - len(self._workers)  # idle workers and those not started
                    wanted = min(free * self.CHUNKSIZE - len(waiting), limit - (read - next_out))
                    if not exhausted and wanted > 0:
                        with gate.taking():  # a slow input (stdin) must not hold a stop off
                            more = list(islice(numbered, wanted))
                        read += len(more)
                        exhausted = len(more) < wanted
                        waiting += more
                    # What waits is shared among the free workers (near the end of the input, or of a small
                    # batch, each gets a few, not the first all), and a worker starts only when there is work
                    # for it: 3 documents start at most 3 workers, whatever --jobs says.
                    share = -(-len(waiting) // max(free, 1))
                    while waiting and free:
                        free -= 1
                        worker = idle.pop() if idle else self._start(function)
                        chunk = [waiting.popleft() for _ in range(min(share, len(waiting)))]
                        if not worker.hand(chunk):
                            waiting.extendleft(reversed(chunk))
                            self._bury(worker, done, waiting, options)
                    busy = [worker for worker in self._workers if worker.handed]
                    if not busy:
                        if waiting:
                            continue  # handed to workers that were gone: new ones take it
                        break  # nothing handed out, nothing left to read
                    with gate.taking():
                        wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
                    for worker in busy:
                        alive = worker.process.is_alive()  # before reading: what it sent before dying is read
                        done.update(worker.receive())
                        if not alive:
                            self._bury(worker, done, waiting, options)
            except GeneratorExit:
                raise
            except BaseException as stop:  # a stop: SIGINT, SIGTERM, an output the disk cannot hold (thrown in)
                self._finish(done, options, gate)
                yield from _draining(done[index] for index in sorted(done))
                raise gate.outranking(stop)  # noqa: B904 (its context is the stop it outranks, or none)
            finally:
                self.close()

    def _finish(self, done: dict[int, Outcome], options: RunOptions, gate: _StopGate) -> None:
        """After a stop: each busy worker finishes the item it is on and cleans no more; their outcomes go
        into ``done``. One still on its item after STOP_SECONDS is killed, its item failed as stopped."""
        from multiprocessing.connection import wait

        stopping = [worker for worker in self._workers if worker.handed and worker.stop()]
        deadline = time.monotonic() + STOP_SECONDS
        ending = list(stopping)
        while ending and (left := deadline - time.monotonic()) > 0:
            try:
                with gate.taking():
                    wait([w.connection for w in ending] + [w.process.sentinel for w in ending], left)
            except BaseException:  # noqa: BLE001 (a stop does not wait: what was received is yielded still)
                break
            for worker in list(ending):
                ended = not worker.process.is_alive()  # before reading, as in _map
                done.update(worker.receive())
                if ended:
                    ending.remove(worker)
        for worker in stopping:
            worker.process.kill()
            worker.process.join()
            done.update(worker.receive())
            if worker.handed and worker.process.exitcode:  # killed, here or before, on its item
                index, item = worker.handed[0]
                died = ("was stopped with the run (any output it has is whole)" if worker in ending
                        else worker.death())
                done[index] = item.failed(options, f"the worker process cleaning it {died}")

    def _start(self, function: Callable[[Item], Outcome]) -> _Worker:
        worker = _Worker(function)
        self._workers.append(worker)
        return worker

    def _bury(self, dead: _Worker, done: dict[int, Outcome], waiting: deque[tuple[int, Item]],
              options: RunOptions) -> None:
        """Forget ``dead``: the item it was on fails with the reason it died;
        those handed to it after that wait for another worker."""
        dead.process.kill()  # gone already, or no longer reading its pipe
        dead.process.join()
        if dead.handed:
            index, item = dead.handed.popleft()
            done[index] = item.failed(options, f"the worker process cleaning it {dead.death()}")
            waiting.extendleft(reversed(dead.handed))
        dead.connection.close()
        self._workers.remove(dead)

    def close(self) -> None:
        for worker in self._workers:
            worker.process.kill()
        for worker in self._workers:
            worker.process.join()
            worker.connection.close()
        self._workers = []


class _Worker:
    """A worker process and the items it has been handed, in order."""

    def __init__(self, function: Callable[[Any], Outcome]) -> None:
        self.function = function
        import multiprocessing  # only for workers: one document never starts them

        self.connection, theirs = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_serve, args=(theirs, function, self.connection), daemon=True)
        self.process.start()
        theirs.close()
        self.handed: deque[tuple[int, Any]] = deque()

    def hand(self, chunk: list[tuple[int, Any]] | None) -> bool:
        """Send ``chunk`` to the worker (None: stop); False if it is gone."""
        try:
            self.connection.send(chunk)
        except OSError:
            return False
        self.handed.extend(chunk or ())
        return True

    def stop(self) -> bool:
        """Ask the worker to finish the item it is on and end; False if it is gone."""
        return self.hand(None)

    def receive(self) -> list[tuple[int, Outcome]]:
        """The outcomes the worker has sent so far."""
        outcomes = []
        try:
            while self.handed and self.connection.poll():
                index, outcome = self.connection.recv()
                self.handed.popleft()
                outcomes.append((index, outcome))
        except (EOFError, OSError):  # it died; what it sent before is read
            pass
        return outcomes

    def death(self) -> str:
        code = self.process.exitcode or 0
        if code < 0:
            name = signal.Signals(-code).name
            return f"was killed by {name}" + (" (out of memory?)" if -code == signal.SIGKILL else "")
        return f"exited with status {code}"


def _serve(connection: multiprocessing.connection.Connection, function: Callable[[Item], Outcome],
           commands_end: multiprocessing.connection.Connection) -> None:
    """A worker: clean each item handed to it, sending back each outcome at once;
    when the command is gone (killed by SIGKILL, the OOM killer), it ends too."""
    # A forked worker holds the command's end of its own pipe: open here, it hid the command's death, and a
    # worker of a killed command waited for work forever.
    commands_end.close()
    for stop in _TO_EVERY_PROCESS:  # they stop the command, which stops its workers
        signal.signal(stop, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the command's handler, inherited by the fork
    function = _freezing_after_first(function)
    try:
        while (chunk := connection.recv()) is not None:  # None: a stop, sent as it sent its last outcome
            for index, item in chunk:
                # The command sends nothing to a worker it waits for but a stop: the rest of the chunk is left.
                if connection.poll():
                    return
                connection.send((index, function(item)))
    # The command is gone: nobody to clean for. A reset, where it died with our outcomes unread.
    except (EOFError, BrokenPipeError, ConnectionResetError):
        return


_TO_EVERY_PROCESS = frozenset({signal.SIGINT, signal.SIGHUP})
"""The stops a terminal sends to every process of the command (Ctrl-C; a hangup, as it closes): workers that
died of them lost the outputs they had written from the count."""
_ANY_PORT = "127.0.0.1:0"  # a local cluster's scheduler HTTP server: the loopback, a port the system picks


def _in_main_thread() -> bool:
    """Where signal handlers are set and run."""
    return threading.current_thread() is threading.main_thread()


def finished(outcomes: Iterator[Outcome], stop: BaseException) -> Iterator[Outcome]:
    """What a map's ``outcomes`` yields still once its consumer stops with ``stop`` (an output the disk
    cannot hold): the outcomes of the items its workers finish; then the stop of a signal that came before
    or as the map waited for its workers is raised (``stop`` itself, thrown back, is not)."""
    if not isinstance(outcomes, Generator):  # a plain iterator: no work runs elsewhere
        return
    try:
        yield outcomes.throw(stop)
        yield from outcomes
    except BaseException as raised:  # noqa: BLE001 (the stop, thrown back)
        if raised is not stop:
            raise


def _draining(outcomes: Iterable[Outcome]) -> Iterator[Outcome]:
    """The outcomes a stopped map yields still: its consumer stopping it again meanwhile (a full disk met in
    them, thrown in) does not end them, as they are outputs written, to be counted."""
    for outcome in outcomes:
        try:
            yield outcome
        except GeneratorExit:
            raise
        except BaseException:  # noqa: BLE001 (the map is stopping already; what stopped it ends it)
            pass


class ClusterLost(Exception):
    """The Dask scheduler of the run is gone (it died, or the connection to it): the run stops, as at a full
    disk. Its client, reconnecting in vain and then closed, waited for ever for the tasks given it meanwhile."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.unwritten = "no output is left half-written"
        """What the run did not write, as the output being written when it stopped says (cli's _naming_unwritten)."""

    def __str__(self) -> str:
        return f"{self.reason}: the run stops; {self.unwritten}"


def _answers_as_a_scheduler(address: str, seconds: float) -> None:
    """OSError unless what listens at ``address`` answers Dask's handshake within ``seconds``. distributed's
    Client reads the handshake without a timeout, so a service that does not speak first (an HTTP server)
    held the run for ever; and it takes the bytes of one that speaks something else (SSH) for a frame's
    size, and allocated exabytes (a MemoryError traceback)."""
    import asyncio

    from distributed.comm.core import connect

    async def shake_hands() -> None:
        comm = await connect(address, timeout=seconds)
        await comm.close()

    try:
        # Past connect's own timeout, which says why a connection failed (refused, no route)
        asyncio.run(asyncio.wait_for(shake_hands(), 2 * seconds))
    except TimeoutError:  # an OSError: said first
        raise OSError(f"no Dask scheduler answered within {2 * seconds:g} s") from None
    except OSError:
        raise
    except (ValueError, TypeError) as exc:  # an address distributed cannot read (`foo`: no port), or use (ucx://)
        raise OSError(f"not an address of a Dask scheduler ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # noqa: BLE001 (whatever the bytes of another service made of the handshake)
        raise OSError(f"what answers is no Dask scheduler ({type(exc).__name__})") from None


class DaskExecutor:
    """Runs work on a Dask cluster in batches (needs the `dask` extra here and
    `cleaner` on every worker). For folders the workers read the inputs and
    write the outputs themselves: both must be at the same path on every
    worker (shared storage). JSONL records travel to the workers and back."""

    BATCH = 32
    """Items per task: enough to hide the scheduler's per-task cost."""
    CONNECT_TIMEOUT = 10.0
    """Seconds to try to reach a scheduler, and for it to answer as one, before giving up."""

    def __init__(self, client: Client, cluster: LocalCluster | None = None) -> None:
        self.client = client
        self._cluster = cluster
        self.address = str(getattr(client.scheduler, "address", client.scheduler))
        """The scheduler's, for messages: the client forgets it once closed."""

    @classmethod
    def connect(cls, scheduler: str | None = None, jobs: int | None = None) -> DaskExecutor:
        """A client of the scheduler at ``scheduler``, or of a new local cluster
        of ``jobs`` single-threaded worker processes (one per core) when it is None.
        Raises ImportError without Dask, OSError when the scheduler cannot be reached."""
        from multiprocessing import resource_tracker

        from distributed import Client, LocalCluster

        if scheduler:
            _answers_as_a_scheduler(scheduler, cls.CONNECT_TIMEOUT)
            return cls(Client(scheduler, timeout=cls.CONNECT_TIMEOUT))
        started: list[LocalCluster] = []
        failed: list[BaseException] = []

        def start() -> None:
            # The worker processes never see SIGINT, as local workers ignore it: a terminal's Ctrl-C comes to
            # every process of the command, and they died of it before the command had counted what they wrote
            # (it named all their documents as stopped, 128 failed with 64 written). The command stops them.
            # Blocked in this thread, it is blocked in the threads it starts and the processes they spawn.
            signal.pthread_sigmask(signal.SIG_BLOCK, _TO_EVERY_PROCESS)
            try:
                # Its scheduler's HTTP server (health, metrics; no dashboard) on a free port: on Dask's 8787, taken
                # by any other cluster of the machine, Dask warned in four lines on the run's stderr, in every run.
                started.append(LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                                            dashboard_address=None, scheduler_kwargs={"dashboard_address": _ANY_PORT},
                                            silence_logs=logging.ERROR))
            except BaseException as exc:  # noqa: BLE001 (raised in the caller's thread)
                failed.append(exc)

        # Started in a thread of its own, waited for here with the command's handlers on: a stop during the
        # 2-3 s of the start ends the run at once, its half-started workers exiting with this process (each
        # watches its parent). Before, SIGINT was ignored meanwhile, for the workers to inherit: a Ctrl-C was lost.
        # multiprocessing's resource tracker, started by the first worker's spawn, unblocks SIGINT in the
        # thread that starts it (it blocks it for its own start): started here first, it is only looked up there.
        # It ignores SIGINT, not a hangup: it is started with SIGHUP blocked, which it keeps (it died of one, was
        # restarted, and printed a traceback for each resource of the run).
        hangups = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP})
        try:
            resource_tracker.ensure_running()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, hangups)
        starting = threading.Thread(target=start, name="cleaner-dask-start", daemon=True)
        starting.start()
        starting.join()
        if failed:
            raise failed[0]
        return cls(Client(started[0]), started[0])

    def map(self, work: Work[Item], options: RunOptions, items: Iterable[Item]) -> Iterator[Outcome]:
        return self._map(work, options, iter(items))

    def _map(self, work: Work[Item], options: RunOptions, items: Iterator[Item]) -> Iterator[Outcome]:
        from distributed import Event

        # At most two batches per worker thread are queued or running, so the
        # input is read as fast as the cluster cleans it, never all at once.
        threads = sum(self.client.nthreads().values())
        if not threads:  # its tasks wait for workers to join: said, not a run that hangs without a word
            LOGGER.warning("the Dask scheduler %s has no workers: the run waits until some join", self.address)
        limit = 2 * max(threads, 1)
        in_flight: deque[tuple[Future[list[Outcome]], list[Item]]] = deque()
        # Set while the run goes on, cleared as it ends: a scheduler that outlives many runs keeps none of
        # their events (an event set to stop the tasks was kept for good, one a stopped run).
        going = Event(f"cleaner-run-{uuid.uuid4().hex}", client=self.client)
        going.set()
        try:
            with _StopGate() as gate:
                try:
                    while True:
                        with gate.taking():
                            batch = list(islice(items, self.BATCH))
                        if batch:
                            try:
                                task = self.client.submit(run_batch, work, options, batch, going.name, pure=False)
                            except Exception:  # a client closed, having lost its scheduler
                                if self.client.status == "running":
                                    raise
                                raise self._lost() from None
                            in_flight.append((task, batch))
                        if not in_flight:
                            break
                        if len(in_flight) >= limit or not batch:
                            with gate.taking():
                                outcomes = self._results(*in_flight[0], options)
                            in_flight.popleft()  # after: a stop while it waited finds it in flight still
                            yield from outcomes
                except GeneratorExit:
                    raise
                except ClusterLost as lost:  # the results of the tasks in flight are lost with it
                    reason = f"not cleaned: {lost.reason} before the result of the Dask task cleaning it came"
                    batches = [batch for _, batch in in_flight]
                    in_flight.clear()
                    yield from (item.failed(options, reason) for batch in batches for item in batch)
                    raise
                except BaseException as stop:  # SIGINT, SIGTERM, an output the disk cannot hold (thrown in)
                    yield from _draining(self._drain(in_flight, going, gate, options))
                    raise gate.outranking(stop)  # noqa: B904 (its context is the stop it outranks, or none)
        finally:
            if self.client.status == "running":  # else it waited for the client to give up reconnecting
                with suppress(Exception):  # the scheduler gone (its events with it), or the client closed
                    going.clear()

    def _drain(self, in_flight: deque[tuple[Future[list[Outcome]], list[Item]]], going: Event,
               gate: _StopGate, options: RunOptions) -> Iterator[Outcome]:
        """After a stop: the tasks clean no more items (``going`` cleared), and the outcomes of those done
        within STOP_SECONDS are yielded; the items of a task still running then are named as stopped. (Dropped,
        they were outputs written and never counted.)"""
        from distributed import wait

        going.clear()
        try:
            with gate.taking():  # a stop (a second, or the first after a full disk) does not wait: the gate keeps it
                wait([task for task, _ in in_flight], timeout=STOP_SECONDS)
        except BaseException:  # noqa: BLE001 (waited enough, or a stop: what is done is yielded)
            pass
        for task, batch in in_flight:
            if task.done():
                yield from _results(task, batch, options)
            else:
                task.cancel()
                reason = "the Dask task cleaning it was stopped with the run (any output it has is whole)"
                yield from (item.failed(options, reason) for item in batch)

    def _results(self, task: Future[list[Outcome]], batch: list[Item], options: RunOptions) -> list[Outcome]:
        """The outcomes of a Dask task (its items failed by name if it failed); ClusterLost once the
        client has lost its scheduler: a task given it then never ends."""
        while True:
            try:
                return task.result(timeout=LOST_CHECK_SECONDS)  # once: each call fetches the outcomes again
            except TimeoutError:
                if self.client.status in ("closing", "closed"):  # it gave up reconnecting
                    raise self._lost() from None
            except Exception as exc:  # noqa: BLE001 (the task's items fail, unless the scheduler went with it)
                # Before the client knows (a result fetched as the scheduler died: CommClosedError, an OSError), or
                # the reason given to its tasks as it lost the scheduler: it may be "running" again by now,
                # reconnected to a scheduler shutting down that then closes (SIGTERM's graceful exit).
                if (self.client.status != "running" or isinstance(exc, OSError)
                        or getattr(exc, "reason", None) == "scheduler-connection-lost"):
                    raise self._lost() from None
                return _failed_task(task, batch, options, exc)

    def _lost(self) -> ClusterLost:
        _mute_distributed()
        return ClusterLost(f"the Dask scheduler {self.address} was lost")

    def close(self) -> None:
        if self.client.status != "running":
            _mute_distributed()
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def _mute_distributed() -> None:
    """Closed as it reconnects to a lost scheduler, or closing itself for it, a Dask client logs the cancelling
    as errors with their tracebacks, from its own thread, after its close returns too: the run says the loss in
    one line, and ends."""
    for name in ("distributed", "distributed.client", "distributed.core", "distributed.utils"):
        logging.getLogger(name).setLevel(logging.CRITICAL)  # each its own: distributed sets some


def _results(task: Future[list[Outcome]], batch: list[Item], options: RunOptions) -> list[Outcome]:
    """The outcomes of a Dask task; if it failed (its workers killed, KilledWorker), each of its items
    fails by name, rather than the run with a traceback."""
    try:
        return task.result()
    except Exception as exc:  # noqa: BLE001 (whatever the cluster raises: KilledWorker, a lost connection)
        return _failed_task(task, batch, options, exc)


def _failed_task(task: Future[list[Outcome]], batch: list[Item], options: RunOptions, exc: Exception
                 ) -> list[Outcome]:
    """The items of a task that failed with ``exc``, each failed by name."""
    said = str(exc).split(". ")[0].splitlines()[0] if str(exc) else ""  # its first sentence
    # Without the task's key, which each task has its own: one reason for all, counted as one (the
    # 20 failures shown for each reason, the report's failure_reasons), not a new one every 32 documents.
    said = said.replace(str(task.key), run_batch.__name__)
    reason = f"the Dask task cleaning it failed: {type(exc).__name__}: {said}"
    return [item.failed(options, reason) for item in batch]


LOST_CHECK_SECONDS = 1.0
"""How often a run waiting for a Dask task's result looks whether its client has lost the scheduler."""

STOP_CHECK_SECONDS = 0.5
"""How often a Dask task asks whether its run was stopped: each asking is a round trip to the scheduler
(1.5 ms here, a tenth of a small page's cleaning)."""


def run_batch(work: Work[Item], options: RunOptions, batch: list[Item], going: str | None = None
              ) -> list[Outcome]:
    """One Dask task: ``work`` on each item of ``batch``, while the run's ``going`` (a Dask Event's name) is
    set: the items after it is cleared have no outcome, as those a stopped run never reached."""
    from distributed import Event

    outcomes = []
    asked = -STOP_CHECK_SECONDS
    for item in batch:
        if going is not None and time.monotonic() - asked >= STOP_CHECK_SECONDS:
            if not Event(going).is_set():
                break
            asked = time.monotonic()
        outcomes.append(work(options, item))
    return outcomes


def open_executor(kind: str, jobs: int, scheduler: str | None = None) -> Executor:
    """``local``: ``jobs`` worker processes (this process for 1); ``dask``: a
    Dask cluster, of ``jobs`` workers if it is started here (see DaskExecutor.connect for what it raises)."""
    if kind == "dask":
        return DaskExecutor.connect(scheduler, jobs)
    return SerialExecutor() if jobs == 1 else ProcessPoolExecutor(jobs)
