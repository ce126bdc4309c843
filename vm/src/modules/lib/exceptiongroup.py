"""BaseExceptionGroup and ExceptionGroup (PEP 654), made on first use of
either name, and the two steps of an ``except*`` statement: the
interpreter's CHECK_EG_MATCH calls ``_except_star_match`` and
PREP_RERAISE_STAR calls ``_prep_reraise_star``."""


def _is_exception_class(t):
    return isinstance(t, type) and issubclass(t, BaseException)


def _condition_of(condition):
    """split()/subgroup()'s argument as a predicate on exceptions."""
    if _is_exception_class(condition):
        return lambda e: isinstance(e, condition)
    if (isinstance(condition, tuple) and condition
            and all(_is_exception_class(t) for t in condition)):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def _copy_metadata(source, target):
    target.__traceback__ = source.__traceback__
    target.__cause__ = source.__cause__
    target.__context__ = source.__context__
    if '__notes__' in source.__dict__:
        target.__notes__ = source.__notes__


class BaseExceptionGroup(BaseException):
    def __new__(cls, message, exceptions, *more):
        if more:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({2 + len(more)} given)")
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, "
                            f"not {type(message).__name__}")
        if isinstance(exceptions, (str, bytes, dict, set, frozenset)) or not hasattr(exceptions, '__getitem__') \
                or not hasattr(exceptions, '__len__'):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        all_exceptions = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            if not all_exceptions:
                if cls is ExceptionGroup:
                    raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        super().__init__(*args)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_subset(self, excs):
        eg = self.derive(excs)
        _copy_metadata(self, eg)
        return eg

    def split(self, condition):
        predicate = _condition_of(condition)
        return self._split(predicate)

    def subgroup(self, condition):
        predicate = _condition_of(condition)
        return self._split(predicate)[0]

    def _split(self, predicate):
        if predicate(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e._split(predicate)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif predicate(e):
                matched.append(e)
            else:
                rest.append(e)
        match = self._derive_subset(matched) if matched else None
        rest = self._derive_subset(rest) if rest else None
        return match, rest

    def __class_getitem__(cls, item):
        return cls


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


BaseExceptionGroup.__module__ = 'builtins'
ExceptionGroup.__module__ = 'builtins'


def _check_except_star_type(match_type):
    types = match_type if isinstance(match_type, tuple) else (match_type,)
    for t in types:
        if not _is_exception_class(t):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def _except_star_match(exc, match_type):
    """(rest, match) of exception ``exc`` against an ``except*`` type."""
    _check_except_star_type(match_type)
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return None, exc
        wrapped = BaseExceptionGroup("", (exc,))
        wrapped.__traceback__ = exc.__traceback__
        return None, wrapped
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return rest, match
    return exc, None


def _leaf_ids(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaf_ids(e, into)
    else:
        into.add(id(exc))


def _same_metadata(a, b):
    return (a.__dict__.get('__notes__') is b.__dict__.get('__notes__')
            and a.__traceback__ is b.__traceback__
            and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


def _prep_reraise_star(orig, excs):
    """What an ``except*`` statement raises: ``orig`` is what it caught,
    ``excs`` what its clauses raised and, last, the unmatched rest."""
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised, reraised = [], set()
    for e in excs:
        if e is None:
            continue
        if _same_metadata(e, orig):
            _leaf_ids(e, reraised)
        else:
            raised.append(e)
    if reraised:
        kept = orig._split(lambda e: id(e) in reraised)[0]
        if kept is not None:
            raised.append(kept)
    if not raised:
        return None
    if len(raised) == 1:
        return raised[0]
    return BaseExceptionGroup("", raised)
