# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
class SettingsError(ValueError):
    pass


class Settings:
    def __init__(self, env, prefix="APP_"):
        self.prefix = prefix
        e = env
        p = prefix
        # host
        if p + "HOST" in e:
            v = e[p + "HOST"].strip()
            if v == "":
                raise SettingsError(p + "HOST must not be empty")
            self.host = v
        else:
            self.host = "localhost"
        # port
        if p + "PORT" in e:
            v = e[p + "PORT"].strip()
            ok = True
            if v[:1] == "-" or v[:1] == "+":
                if len(v) == 1 or not v[1:].isdigit() or not v[1:].isascii():
                    ok = False
            elif not v.isdigit() or not v.isascii():
                ok = False
            if ok == False:
                raise SettingsError(p + "PORT must be an integer, got " + repr(e[p + "PORT"]))
            n = int(v)
            if n < 1 or n > 65535:
                raise SettingsError(p + "PORT must be between 1 and 65535, got " + str(n))
            self.port = n
        else:
            self.port = 8080
        # debug
        if p + "DEBUG" in e:
            v = e[p + "DEBUG"].strip().lower()
            if v == "1" or v == "true" or v == "yes" or v == "on":
                self.debug = True
            elif v == "0" or v == "false" or v == "no" or v == "off":
                self.debug = False
            else:
                raise SettingsError(p + "DEBUG must be a boolean, got " + repr(e[p + "DEBUG"]))
        else:
            self.debug = False
        # workers
        if p + "WORKERS" in e:
            v = e[p + "WORKERS"].strip()
            ok = True
            if v[:1] == "-" or v[:1] == "+":
                if len(v) == 1 or not v[1:].isdigit() or not v[1:].isascii():
                    ok = False
            elif not v.isdigit() or not v.isascii():
                ok = False
            if ok == False:
                raise SettingsError(p + "WORKERS must be an integer, got " + repr(e[p + "WORKERS"]))
            n = int(v)
            if n < 1:
                raise SettingsError(p + "WORKERS must be at least 1, got " + str(n))
            self.workers = n
        else:
            self.workers = 4
        # timeout
        if p + "TIMEOUT" in e:
            try:
                f = float(e[p + "TIMEOUT"])
            except ValueError:
                raise SettingsError(p + "TIMEOUT must be a number, got " + repr(e[p + "TIMEOUT"]))
            if not f > 0 or f == float("inf"):
                raise SettingsError(p + "TIMEOUT must be positive and finite, got " + repr(e[p + "TIMEOUT"]))
            self.timeout = f
        else:
            self.timeout = 30.0
        # allowed hosts
        self.allowed_hosts = []
        if p + "ALLOWED_HOSTS" in e:
            parts = e[p + "ALLOWED_HOSTS"].split(",")
            seen = {}
            for i in range(len(parts)):
                h = parts[i].strip().lower()
                if h != "":
                    if h not in seen:
                        seen[h] = 1
                        self.allowed_hosts.append(h)
        # log level
        if p + "LOG_LEVEL" in e:
            v = e[p + "LOG_LEVEL"].strip().upper()
            if v != "DEBUG" and v != "INFO" and v != "WARNING" and v != "ERROR":
                raise SettingsError(p + "LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, got " + repr(e[p + "LOG_LEVEL"]))
            self.log_level = v
        else:
            self.log_level = "INFO"
        # database url (required)
        if p + "DATABASE_URL" in e and e[p + "DATABASE_URL"].strip() != "":
            self.database_url = e[p + "DATABASE_URL"].strip()
        else:
            raise SettingsError(p + "DATABASE_URL is required")

    def as_dict(self):
        d = {}
        d["host"] = self.host
        d["port"] = self.port
        d["debug"] = self.debug
        d["workers"] = self.workers
        d["timeout"] = self.timeout
        d["allowed_hosts"] = list(self.allowed_hosts)
        d["log_level"] = self.log_level
        d["database_url"] = self.database_url
        return d


class WorkerSettings(Settings):
    def __init__(self, env, prefix="APP_"):
        Settings.__init__(self, env, prefix)
        e = env
        p = prefix
        # queue
        if p + "QUEUE" in e:
            v = e[p + "QUEUE"].strip()
            if v == "":
                raise SettingsError(p + "QUEUE must not be empty")
            self.queue = v
        else:
            self.queue = "default"
        # concurrency
        if p + "CONCURRENCY" in e:
            v = e[p + "CONCURRENCY"].strip()
            ok = True
            if v[:1] == "-" or v[:1] == "+":
                if len(v) == 1 or not v[1:].isdigit() or not v[1:].isascii():
                    ok = False
            elif not v.isdigit() or not v.isascii():
                ok = False
            if ok == False:
                raise SettingsError(p + "CONCURRENCY must be an integer, got " + repr(e[p + "CONCURRENCY"]))
            n = int(v)
            if n < 1:
                raise SettingsError(p + "CONCURRENCY must be at least 1, got " + str(n))
            self.concurrency = n
        else:
            self.concurrency = self.workers * 2
        # retry delays
        if p + "RETRY_DELAYS" in e:
            self.retry_delays = []
            parts = e[p + "RETRY_DELAYS"].split(",")
            for i in range(len(parts)):
                try:
                    f = float(parts[i])
                except ValueError:
                    raise SettingsError(p + "RETRY_DELAYS must be a list of numbers, got " + repr(e[p + "RETRY_DELAYS"]))
                if not f > 0 or f == float("inf"):
                    raise SettingsError(p + "RETRY_DELAYS must be positive and finite, got " + repr(e[p + "RETRY_DELAYS"]))
                self.retry_delays.append(f)
        else:
            self.retry_delays = [1.0, 5.0, 30.0]

    def as_dict(self):
        d = Settings.as_dict(self)
        d["queue"] = self.queue
        d["concurrency"] = self.concurrency
        d["retry_delays"] = list(self.retry_delays)
        return d
