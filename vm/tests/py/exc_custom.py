class AppError(Exception):
    """Base for application errors."""


class ConfigError(AppError):
    def __init__(self, key, reason):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason

    def __str__(self):
        return "config key %r: %s" % (self.key, self.reason)


class RetryableError(AppError):
    def __init__(self, msg, attempts=3):
        super().__init__(msg)
        self.attempts = attempts


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


try:
    raise ConfigError("port", "must be an int")
except AppError as e:
    print(type(e).__name__, e, e.args, e.key, repr(e))

try:
    raise RetryableError("timeout", attempts=5)
except AppError as e:
    print(type(e).__name__, e, e.attempts, e.args)

try:
    raise NoSuper(99)
except NoSuper as e:
    print(type(e).__name__, repr(str(e)), e.args, e.value, repr(e))

print(issubclass(ConfigError, Exception), AppError.__doc__)


class WithRepr(ValueError):
    def __repr__(self):
        return "WithRepr!"


print(repr(WithRepr("x")), str(WithRepr("x")), [WithRepr()])


class MultiBase(KeyError, AttributeError):
    pass


for exc_type in (KeyError, AttributeError, LookupError):
    try:
        raise MultiBase("m")
    except exc_type as e:
        print("caught MultiBase as", exc_type.__name__, e)

e = AppError("a", 1, None)
print(e.args, str(e), repr(e))
e.args = ("changed",)
print(str(e))
print(str(AppError()), repr(AppError()), str(AppError(None)), str(AppError(1)))
