"""A reader process of the pool (`infoview.research.worker`): limits first, then files.

Run as `python -m infoview.research.reader_process MEMORY_MB CPU_SECONDS`: it answers each
(name, data, max_bytes, then, grouping) message on stdin with the ResearchFile on stdout (or
`then` of it, when `then` is given, after the word `READ` once the read is over) until stdin
closes.
"""

from __future__ import annotations

import faulthandler
import os
import resource
import sys


def main(memory_mb: int, cpu_seconds: int) -> None:
    """Set this process's limits, import the readers, say ready, then read until stdin ends."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # A backstop for a reader whose server is gone: the server stops each slow file itself.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    # A reader that runs out of memory prints its own backtrace; the error it sends says it all.
    faulthandler.disable()
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    from infoview.research.reader import read_research
    from infoview.research.worker import READ, _failed, _too_costly, receive, send

    requests, answers = sys.stdin.buffer, sys.stdout.buffer
    send(answers, "ready")
    while True:
        try:
            name, data, max_bytes, then, grouping = receive(requests)
        except EOFError:
            return
        try:
            result = read_research(name, data, max_bytes, grouping)
            if then is not None:
                send(answers, READ)  # what `then` makes of the file is timed on its own
            answer = result if then is None else then(result)
        except MemoryError:
            answer = _failed(name, "file-too-costly", _too_costly(name, memory_mb), then)
        send(answers, answer)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]))
