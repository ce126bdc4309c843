# An uncaught exception with a cause chain: exit status 1.
class ConfigError(Exception):
    pass


def load():
    try:
        {}["missing"]
    except KeyError as e:
        raise ConfigError("cannot load config") from e


print("loading")
load()
print("never printed")
