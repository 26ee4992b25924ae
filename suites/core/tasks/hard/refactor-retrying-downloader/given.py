# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
async def download_all(urls, fetch, sleep, max_attempts=3, base_delay=0.5, max_delay=10.0):
    # downloads the urls one after the other (the CDN bans us if we go parallel)
    if max_attempts < 1:
        raise ValueError("max_attempts must be >= 1")
    out = []
    done = {}
    for i in range(len(urls)):
        u = urls[i]
        if u in done.keys():
            out.append(dict(done[u]))
            continue
        n = 0
        d = base_delay
        res = None
        while res == None:
            n = n + 1
            try:
                data = await fetch(u)
                res = {}
                res["url"] = u
                res["ok"] = True
                res["size"] = len(data)
                res["attempts"] = n
            except ConnectionError as e:
                if n >= max_attempts:
                    res = {}
                    res["url"] = u
                    res["ok"] = False
                    res["error"] = type(e).__name__
                    res["attempts"] = n
                else:
                    await sleep(d)
                    d = d * 2
                    if d > max_delay:
                        d = max_delay
            except TimeoutError as e:
                if n >= max_attempts:
                    res = {}
                    res["url"] = u
                    res["ok"] = False
                    res["error"] = type(e).__name__
                    res["attempts"] = n
                else:
                    await sleep(d)
                    d = d * 2
                    if d > max_delay:
                        d = max_delay
            except Exception as e:
                res = {}
                res["url"] = u
                res["ok"] = False
                res["error"] = type(e).__name__
                res["attempts"] = n
        done[u] = res
        out.append(dict(res))
    return out
