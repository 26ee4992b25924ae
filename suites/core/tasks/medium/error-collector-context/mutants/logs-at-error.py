# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
"""Suppress, log and collect failures of batch steps; report them as an ExceptionGroup."""
import logging
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager


class TooManyErrors(RuntimeError):
    """More errors than the collector's limit."""


class ErrorCollector:
    def __init__(self, logger: logging.Logger, *, limit: int | None = None) -> None:
        self._logger = logger
        self._limit = limit
        self._caught: list[tuple[str, Exception]] = []

    def catch(self, step: str, *exc_types: type[Exception]) -> AbstractContextManager[None]:
        return self._catch(step, exc_types or (Exception,))

    @contextmanager
    def _catch(self, step: str, exc_types: tuple[type[Exception], ...]) -> Iterator[None]:
        try:
            yield
        except Exception as error:
            if not isinstance(error, exc_types):
                raise
            if self._limit is not None and len(self._caught) >= self._limit:
                raise TooManyErrors(f"more than {self._limit} errors") from error
            self._caught.append((step, error))
            self._logger.error("%s failed: %s: %s", step, type(error).__name__, error)

    @property
    def errors(self) -> list[tuple[str, str, str]]:
        return [(step, type(error).__name__, str(error)) for step, error in self._caught]

    def raise_if_any(self) -> None:
        if self._caught:
            raise ExceptionGroup(f"{len(self._caught)} step(s) failed", [error for _, error in self._caught])
