# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
import time


class RetryError(Exception):
    def __init__(self, attempts, last_exception):
        super().__init__(f"failed after {attempts} attempts")
        self.attempts = attempts
        self.last_exception = last_exception


def retry_call(func, *, attempts=3, retry_on=(Exception,), base_delay=0.1, factor=2.0,
               max_delay=None, sleep=time.sleep):
    if attempts < 1:
        raise ValueError("attempts must be >= 1")
    last = None
    result = None
    for i in range(attempts):
        if i:
            d = base_delay * factor ** (i - 1)
            sleep(min(d, max_delay) if max_delay is not None else d)
        try:
            result = func()
        except retry_on as e:
            last = e
            continue
        if result:
            return result
    if last is None:
        return result
    raise RetryError(attempts, last) from last
