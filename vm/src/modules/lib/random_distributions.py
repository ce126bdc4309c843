"""The parts of random written in Python: weighted choices, sampling with
counts, and the distributions built on random(). This source runs in the
random module's namespace when the module is made, after the native
generator (the Random class and _inst); each function draws from
random() exactly as CPython's does, so a seed gives CPython's values."""

from math import (
    acos as _acos, cos as _cos, e as _e, exp as _exp, floor as _floor,
    isfinite as _isfinite, log as _log, pi as _pi, sqrt as _sqrt,
)

_TWOPI = 2.0 * _pi
_LOG4 = _log(4.0)
_NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
_SG_MAGICCONST = 1.0 + _log(4.5)


def _bisect_right(items, x, hi):
    """The index after the last item <= x in the sorted items[:hi]."""
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if x < items[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _running_totals(values):
    totals = []
    total = None
    for v in values:
        total = v if total is None else total + v
        totals.append(total)
    return totals


def _choices(self, population, weights=None, *, cum_weights=None, k=1):
    """k items of population, chosen with replacement, each with
    probability proportional to its weight."""
    random = self.random
    n = len(population)
    if cum_weights is None:
        if weights is None:
            return [population[_floor(random() * n)] for _ in range(k)]
        cum_weights = _running_totals(weights)
    elif weights is not None:
        raise TypeError("Cannot specify both weights and cumulative weights")
    if len(cum_weights) != n:
        raise ValueError("The number of weights does not match the population")
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError("Total of weights must be greater than zero")
    if not _isfinite(total):
        raise ValueError("Total of weights must be finite")
    last = n - 1
    return [population[_bisect_right(cum_weights, random() * total, last)]
            for _ in range(k)]


_sample_distinct = Random.sample


def _sample(self, population, k, *, counts=None):
    """k distinct items of population; with counts, population[i] is
    present counts[i] times."""
    if counts is None:
        return _sample_distinct(self, population, k)
    totals = _running_totals(counts)
    if len(totals) != len(population):
        raise ValueError("The number of counts does not match the population")
    total = totals.pop()
    if not isinstance(total, int):
        raise TypeError("Counts must be integers")
    if total <= 0:
        raise ValueError("Total of counts must be greater than zero")
    picks = _sample_distinct(self, range(total), k)
    return [population[_bisect_right(totals, s, len(totals))] for s in picks]


def _triangular(self, low=0.0, high=1.0, mode=None):
    u = self.random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def _normalvariate(self, mu=0.0, sigma=1.0):
    # Kinderman and Monahan's ratio-of-uniforms method.
    random = self.random
    while True:
        u1 = random()
        u2 = 1.0 - random()
        z = _NV_MAGICCONST * (u1 - 0.5) / u2
        if z * z / 4.0 <= -_log(u2):
            return mu + z * sigma


def _lognormvariate(self, mu, sigma):
    return _exp(self.normalvariate(mu, sigma))


def _expovariate(self, lambd):
    return -_log(1.0 - self.random()) / lambd


def _vonmisesvariate(self, mu, kappa):
    # Best and Fisher's rejection method.
    random = self.random
    if kappa <= 1e-6:
        return _TWOPI * random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        z = _cos(_pi * random())
        d = z / (r + z)
        u = random()
        if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    if random() > 0.5:
        return (mu + _acos(f)) % _TWOPI
    return (mu - _acos(f)) % _TWOPI


def _gammavariate(self, alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError("gammavariate: alpha and beta must be > 0.0")
    random = self.random
    if alpha > 1.0:
        # Cheng's rejection algorithm GB.
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - _LOG4
        ccc = alpha + ainv
        while True:
            u1 = random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + _SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    if alpha == 1.0:
        return -_log(1.0 - random()) * beta
    # Ahrens and Dieter's algorithm GS for alpha < 1.
    while True:
        b = (_e + alpha) / _e
        p = b * random()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
        else:
            x = -_log((b - p) / alpha)
        u = random()
        if p > 1.0:
            if u <= x ** (alpha - 1.0):
                break
        elif u <= _exp(-x):
            break
    return x * beta


def _betavariate(self, alpha, beta):
    y = self.gammavariate(alpha, 1.0)
    if y:
        return y / (y + self.gammavariate(beta, 1.0))
    return 0.0


def _paretovariate(self, alpha):
    return (1.0 - self.random()) ** (-1.0 / alpha)


def _weibullvariate(self, alpha, beta):
    return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


for _name, _function in [
    ("choices", _choices), ("sample", _sample), ("triangular", _triangular),
    ("normalvariate", _normalvariate), ("lognormvariate", _lognormvariate),
    ("expovariate", _expovariate), ("vonmisesvariate", _vonmisesvariate),
    ("gammavariate", _gammavariate), ("betavariate", _betavariate),
    ("paretovariate", _paretovariate), ("weibullvariate", _weibullvariate),
]:
    _function.__name__ = _name
    _function.__qualname__ = "Random." + _name
    setattr(Random, _name, _function)
    globals()[_name] = getattr(_inst, _name)
del _name, _function


from _os import urandom as _urandom


class SystemRandom(Random):
    """Random numbers from the operating system's source (os.urandom):
    not reproducible, so it has no seed and no state."""

    def random(self):
        return (int.from_bytes(_urandom(7), "big") >> 3) * 2.0 ** -53

    def getrandbits(self, k):
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        size = (k + 7) // 8
        return int.from_bytes(_urandom(size), "big") >> (size * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


SystemRandom.__module__ = "random"

NV_MAGICCONST = _NV_MAGICCONST
TWOPI = _TWOPI
LOG4 = _LOG4
SG_MAGICCONST = _SG_MAGICCONST
BPF = 53
RECIP_BPF = 2.0 ** -BPF

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
    "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
    "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
    "vonmisesvariate", "weibullvariate",
]
