"""Asynchronous I/O: gilvm's asyncio, one module.

Written in Python, as CPython's Lib/asyncio is, and laid out like it so a reader who knows
CPython's finds each piece under the same name: the event loop (base_events.py), Handle and
TimerHandle (events.py), Future (futures.py), Task, gather, wait, wait_for, as_completed, shield,
sleep (tasks.py), timeout (timeouts.py), Lock, Event, Condition, Semaphore (locks.py), Queue
(queues.py), asyncio.run (runners.py), to_thread (threads.py) and a small thread pool for
run_in_executor (concurrent/futures/thread.py).

The loop schedules callbacks in CPython's order: a FIFO of ready handles, a heap of timers with
heapq's algorithm (so timers due at the same moment come out as in CPython), and each iteration
runs only the handles that were ready when it began. That is why the output of a deterministic
program is CPython's. There are no sockets: when nothing is ready the loop waits for the next
timer on a lock that call_soon_threadsafe releases, the way CPython's selector waits on its
self-pipe; the wait releases the GIL.
"""

import _gilvm
import _thread
import sys
import threading
import time
import types
import queue as _queue

# ---------------------------------------------------------------- exceptions.py


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


# In 3.11 asyncio.TimeoutError is the built-in one.
TimeoutError = TimeoutError

# The timers' heap: queue.py's, which makes heapq's comparisons and so gives CPython's order to
# timers due at the same time.
_heappush = _queue._heap_push
_heappop = _queue._heap_pop


# ---------------------------------------------------------------- format_helpers.py


def _format_callback_source(func, args):
    if hasattr(func, "__self__") and hasattr(func, "__func__"):
        name = type(func.__self__).__name__ + "." + func.__func__.__name__
    else:
        name = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    text = name + "(" + ", ".join([repr(a) for a in args]) + ")"
    code = getattr(getattr(func, "__func__", func), "__code__", None)
    if code is not None:
        text += " at %s:%d" % (code.co_filename, code.co_firstlineno)
    return text


def _format_coroutine(coro):
    # CPython reads cr_frame.f_lineno; gilvm has no frame objects, and gives the line as _lineno.
    name = coro.__qualname__ + "()"
    code = coro.cr_code
    lineno = coro._lineno
    if lineno is not None:
        return "%s running at %s:%d" % (name, code.co_filename, lineno)
    return "%s done, defined at %s:%d" % (name, code.co_filename, code.co_firstlineno)


# ---------------------------------------------------------------- events.py


class Handle:
    """A callback registered with a loop, with its arguments."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return "<%s>" % " ".join(self._repr_info())

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            # Let go of the callback at once: it may keep large objects (a task, its coroutine) alive.
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback_source(self._callback, self._args)
            self._loop.call_exception_handler({
                "message": "Exception in callback " + cb,
                "exception": exc,
                "handle": self,
            })


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock; ordered by that time in the loop's heap."""

    def __init__(self, when, callback, args, loop):
        Handle.__init__(self, callback, args, loop)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = Handle._repr_info(self)
        pos = 2 if self._cancelled else 1
        info.insert(pos, "when=%s" % self._when)
        return info

    def __lt__(self, other):
        return self._when < other._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        Handle.cancel(self)

    def when(self):
        return self._when


# The loop running in this thread; asyncio.run sets it for its loop's life.
_running = threading.local()


def _get_running_loop():
    return getattr(_running, "loop", None)


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


_event_loop = None


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    global _event_loop
    if _event_loop is None:
        _event_loop = new_event_loop()
    return _event_loop


def set_event_loop(loop):
    global _event_loop
    _event_loop = loop


def new_event_loop():
    return BaseEventLoop()


# ---------------------------------------------------------------- base_events.py

# Slow callback threshold: CPython's loop.slow_callback_duration (0.1 s), which CPython checks only
# in debug mode; gilvm always does, because a loop held up by a blocking call is the lesson.
# --slow-callback=MS sets it, and 0 turns the warning off.
_SLOW_CALLBACK_MS = getattr(sys, "_gilvm_slow_callback", 100)

_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, "__self__", None), Task):
        return repr(cb.__self__)
    return str(handle)


class BaseEventLoop:
    """The event loop: call_soon appends to _ready; call_at pushes onto the _scheduled heap;
    _run_once moves due timers to _ready and runs what was ready when it began."""

    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        self._default_executor = None
        # Released by call_soon_threadsafe to wake the loop (CPython's self-pipe); held otherwise.
        self._wakeup = _thread.allocate_lock()
        self._wakeup.acquire()
        self.slow_callback_duration = _SLOW_CALLBACK_MS / 1000

    def __repr__(self):
        return "<_UnixSelectorEventLoop running=%s closed=%s debug=False>" % (self._running, self._closed)

    def time(self):
        return time.monotonic()

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError("Event loop is closed")

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _get_running_loop() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _running.loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running.loop = None

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The exception goes up from here: the task's copy must not be reported too.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def call_soon(self, callback, *args):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        _heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        self._write_to_self()
        return handle

    def _write_to_self(self):
        try:
            self._wakeup.release()
        except RuntimeError:
            pass  # already released: the loop has a wake-up pending

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                executor = ThreadPoolExecutor(thread_name_prefix="asyncio")
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def shutdown_default_executor(self):
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=True)

    def default_exception_handler(self, context):
        message = context.get("message") or "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key not in ("message", "exception"):
                lines.append("%s: %r" % (key, context[key]))
        exception = context.get("exception")
        text = "\n".join(lines) + "\n"
        if exception is not None:
            # Without the frames of Future and Task, which CPython writes in C (Vm.formatTraceback).
            text += _thread._format_exception(exception)
        sys.stdout.flush()
        sys.stderr.write(text)
        sys.stderr.flush()

    def call_exception_handler(self, context):
        self.default_exception_handler(context)

    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            # Too many cancelled timers: sweep them out and rebuild the heap.
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            _heapify(new_scheduled)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heappop(self._scheduled)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
        # The selector's select(timeout): a wait for a wake-up that releases the GIL. CPython's
        # epoll rounds the timeout up to a whole millisecond, so timers due within that
        # millisecond run in the same iteration; this rounds the same way, for the same order.
        if timeout is not None and timeout > 0:
            timeout = -(-timeout * 1000 // 1) / 1000
        if timeout is None:
            self._wakeup.acquire()
        elif timeout > 0:
            self._wakeup.acquire(True, timeout)
        else:
            self._wakeup.acquire(False)

        end_time = self.time()
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when > end_time:
                break
            handle = _heappop(self._scheduled)
            handle._scheduled = False
            self._ready.append(handle)

        # Only what is ready now runs in this iteration: callbacks scheduled by these run in the next.
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.pop(0)
            if handle._cancelled:
                continue
            if self.slow_callback_duration > 0:
                t0 = self.time()
                handle._run()
                dt = self.time() - t0
                if dt >= self.slow_callback_duration:
                    sys.stdout.flush()
                    sys.stderr.write("Executing %s took %.3f seconds\n" % (_format_handle(handle), dt))
                    sys.stderr.flush()
            else:
                handle._run()
        handle = None


# ---------------------------------------------------------------- futures.py

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


def isfuture(obj):
    return getattr(obj, "_asyncio_future_blocking", None) is not None


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def _format_callbacks(cb):
    size = len(cb)
    if size == 1:
        text = _format_callback_source(cb[0], ())
    elif size == 2:
        text = "%s, %s" % (_format_callback_source(cb[0], ()), _format_callback_source(cb[1], ()))
    else:
        text = "%s, <%d more>, %s" % (_format_callback_source(cb[0], ()), size - 2,
                                       _format_callback_source(cb[-1], ()))
    return "cb=[%s]" % text


class Future:
    """A result that is not there yet. Awaiting it yields the future itself up to its task, which
    adds a done callback and sleeps; set_result schedules the callbacks with call_soon."""

    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = loop if loop is not None else get_event_loop()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._log_traceback = False

    def __del__(self):
        if not self._log_traceback:
            return
        self._loop.call_exception_handler({
            "message": "%s exception was never retrieved" % type(self).__name__,
            "exception": self._exception,
            "future": self,
        })

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append("exception=%r" % (self._exception,))
            else:
                info.append("result=%r" % (self._result,))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, " ".join(self._repr_info()))

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Result is not set.")
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError("Exception is not set.")
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError("%s: %r" % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def wrap_future(cfut, *, loop=None):
    """An asyncio Future that follows a thread pool's future: the worker thread completes the
    pool's future, whose callback hands the result to the loop with call_soon_threadsafe."""
    if isfuture(cfut):
        return cfut
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _set_state(future, source):
        if future.cancelled():
            return
        exc = source.exception()
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(source.result())

    def _call_set_state(source):
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_set_state, new_future, source)

    cfut.add_done_callback(_call_set_state)
    return new_future


# ---------------------------------------------------------------- tasks.py

_task_name_counter = 0
# Tasks not yet done, in creation order (CPython keeps a WeakSet; gilvm has no weak references,
# so a task leaves this dict when it finishes).
_all_tasks = {}


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return set([t for t in _all_tasks.values() if t._loop is loop and not t.done()])


class Task(Future):
    """A coroutine driven by the loop: each __step sends into it (or throws into it) until it
    yields a future to wait for; the future's done callback, __wakeup, schedules the next step."""

    def __init__(self, coro, *, loop=None, name=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError("a coroutine was expected, got %r" % (coro,))
        global _task_name_counter
        _task_name_counter += 1
        self._name = "Task-%d" % _task_name_counter if name is None else str(name)
        self._log_destroy_pending = True
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop.call_soon(self.__step)
        _all_tasks[id(self)] = self

    def __del__(self):
        if self._state == _PENDING and self._log_destroy_pending:
            self._loop.call_exception_handler({
                "task": self,
                "message": "Task was destroyed but it is pending!",
            })
        Future.__del__(self)

    def _repr_info(self):
        info = Future._repr_info(self)
        if self._num_cancels_requested and not self.done():
            info[0] = "cancelling"
        info.insert(1, "name=%r" % self._name)
        info.insert(2, "coro=<%s>" % _format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, "wait_for=%r" % (self._fut_waiter,))
        return info

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                # The waiter's callback, __wakeup, throws CancelledError into the coroutine.
                return True
        # It is ready to run: its next __step throws CancelledError in.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self.done():
            raise InvalidStateError("_step(): already done: %r, %r" % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        self._loop._current_task = self
        # The --trace timeline shows each step on a lane of the loop's thread.
        if _gilvm.tracing:
            _gilvm.trace_task_step(self._name + ": " + coro.__qualname__ + "()")
        try:
            try:
                if exc is None:
                    result = coro.send(None)
                else:
                    result = coro.throw(exc)
            finally:
                if _gilvm.tracing:
                    _gilvm.trace_task_step(None)
        except StopIteration as e:
            if self._must_cancel:
                # The task was cancelled right before it returned.
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancelled_exc = e
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            blocking = getattr(result, "_asyncio_future_blocking", None)
            if blocking is not None:
                if result._loop is not self._loop:
                    new_exc = RuntimeError("Task %r got Future %r attached to a different loop" % (self, result))
                    self._loop.call_soon(self.__step, new_exc)
                elif blocking:
                    if result is self:
                        new_exc = RuntimeError("Task cannot await on itself: %r" % (self,))
                        self._loop.call_soon(self.__step, new_exc)
                    else:
                        result._asyncio_future_blocking = False
                        result.add_done_callback(self.__wakeup)
                        self._fut_waiter = result
                        if self._must_cancel:
                            if self._fut_waiter.cancel(msg=self._cancel_message):
                                self._must_cancel = False
                else:
                    new_exc = RuntimeError("yield was used instead of yield from in task %r with %r" % (self, result))
                    self._loop.call_soon(self.__step, new_exc)
            elif result is None:
                # A bare yield (sleep(0)): run again in the next iteration.
                self._loop.call_soon(self.__step)
            else:
                new_exc = RuntimeError("Task got bad yield: %r" % (result,))
                self._loop.call_soon(self.__step, new_exc)
        finally:
            self._loop._current_task = None
            if self._state != _PENDING:
                del _all_tasks[id(self)]

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()


def create_task(coro, *, name=None):
    return get_running_loop().create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError("The future belongs to a different loop than the one specified as the loop argument")
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if hasattr(coro_or_future, "__await__"):
            return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
        raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


async def _wrap_awaitable(awaitable):
    return await awaitable


@types.coroutine
def _sleep0():
    """A bare yield: the task steps again in the loop's next iteration (sleep(0))."""
    yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    """gather()'s future: cancelling it cancels its children."""

    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            # The children's CancelledError reaches this future's callback, which cancels it.
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    children = []
    arg_to_fut = {}

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved.
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError("" if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        if id(arg) not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            if fut is not arg:
                # A task made here is gather's to report on: it cannot be "destroyed but pending".
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[id(arg)] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[id(arg)]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        # The timeout: cancel the inner task and wait until it has finished cancelling.
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not %s" % type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: %s" % return_when)
    loop = get_running_loop()
    fs = set([ensure_future(f, loop=loop) for f in set(fs)])
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables, each giving the next result to arrive (a generator, as CPython's)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect an iterable of futures, not %s" % type(fs).__name__)
    done = Queue()
    loop = get_event_loop()
    todo = set([ensure_future(f, loop=loop) for f in set(fs)])
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---------------------------------------------------------------- timeouts.py


class Timeout:
    """`async with asyncio.timeout(delay):` cancels the task when the delay is over, and turns the
    CancelledError into TimeoutError as it leaves the block."""

    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            raise RuntimeError("Cannot change state of %s Timeout" % self._state)
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = [self._state]
        if self._state == "active":
            info.append("when=%s" % (self._when,))
        return "<Timeout [%s]>" % " ".join(info)

    async def __aenter__(self):
        self._state = "active"
        self._task = current_task()
        if self._task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------- locks.py


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError("%r is bound to a different event loop" % (self,))
        return loop


class Lock(_LoopBound):
    """A lock for tasks: acquire() waits on a future that release() completes, first come first served."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = "locked" if self._locked else "unlocked"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<asyncio.locks.Lock [%s]>" % extra

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if self._waiters:
            extra = "%s, waiters:%d" % (extra, len(self._waiters))
        return "<asyncio.locks.Event [%s]>" % extra

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_LoopBound):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock must be held again on the way out, even if this task is cancelled meanwhile.
            err = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    err = e
            if err:
                try:
                    raise err
                finally:
                    err = None

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_LoopBound):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                # Woken, but not acquiring after all: give the place to the next waiter.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        Semaphore.release(self)


# ---------------------------------------------------------------- queues.py


class Queue(_LoopBound):
    """A FIFO queue for tasks: get() waits while it is empty, put() while it is full."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # The three methods a subclass overrides to change the order (CPython's design).
    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def __repr__(self):
        result = "maxsize=%r" % (self._maxsize,)
        if self._queue:
            result += " _queue=%r" % (self._queue,)
        if self._getters:
            result += " _getters[%d]" % len(self._getters)
        if self._putters:
            result += " _putters[%d]" % len(self._putters)
        if self._unfinished_tasks:
            result += " tasks=%d" % self._unfinished_tasks
        return "<%s %s>" % (type(self).__name__, result)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Lowest first: entries are typically (priority, data) tuples."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """Last in, first out."""

    def _get(self):
        return self._queue.pop()


# ---------------------------------------------------------------- concurrent/futures/thread.py,
# the part run_in_executor needs


class _PoolFuture:
    """concurrent.futures.Future: completed by a worker thread, read by whoever holds it."""

    def __init__(self):
        self._condition = threading.Condition()
        self._done = False
        self._result = None
        self._exception = None
        self._callbacks = []

    def set_result(self, result):
        with self._condition:
            self._result = result
            self._done = True
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._exception = exception
            self._done = True
            self._condition.notify_all()
        self._invoke_callbacks()

    def _invoke_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            fn(self)

    def add_done_callback(self, fn):
        with self._condition:
            if not self._done:
                self._callbacks.append(fn)
                return
        fn(self)

    def result(self):
        with self._condition:
            while not self._done:
                self._condition.wait()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        with self._condition:
            while not self._done:
                self._condition.wait()
        return self._exception


def _worker(work_queue, idle):
    while True:
        item = work_queue.get()
        if item is None:
            # Shutting down: pass the sentinel on to the next worker.
            work_queue.put(None)
            return
        future, fn, args = item
        item = None
        try:
            result = fn(*args)
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        result = None
        future = None
        idle.release()


class ThreadPoolExecutor:
    """A pool of worker threads: a new one only when no worker is idle, up to max_workers."""

    def __init__(self, max_workers=None, thread_name_prefix=""):
        if max_workers is None:
            max_workers = 5
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = []
        self._shutdown = False
        self._thread_name_prefix = thread_name_prefix or "ThreadPoolExecutor-0"

    def submit(self, fn, *args):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = _PoolFuture()
        self._work_queue.put((f, fn, args))
        self._adjust_thread_count()
        return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = "%s_%d" % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=_worker, args=(self._work_queue, self._idle_semaphore))
            t.start()
            self._threads.append(t)

    def shutdown(self, wait=True):
        self._shutdown = True
        self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()


# ---------------------------------------------------------------- threads.py


async def to_thread(func, *args, **kwargs):
    """Runs func in a thread of the loop's pool: the loop goes on while the thread blocks (and,
    with the GIL off, while it computes)."""
    loop = get_running_loop()

    def func_call():
        return func(*args, **kwargs)

    return await loop.run_in_executor(None, func_call)


# ---------------------------------------------------------------- runners.py


def _cancel_all_tasks(loop):
    # In creation order (CPython's all_tasks() is a set, whose order depends on addresses).
    to_cancel = [t for t in _all_tasks.values() if t._loop is loop and not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


def run(main, *, debug=None):
    """Runs the coroutine main in a new loop, cancels what is left, and closes the loop.

    debug is accepted for CPython's sake: the one debug check gilvm has, the slow-callback
    warning, is always on (--slow-callback)."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    if not iscoroutine(main):
        raise ValueError("a coroutine was expected, got %r" % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.shutdown_default_executor()
        finally:
            set_event_loop(None)
            loop.close()
