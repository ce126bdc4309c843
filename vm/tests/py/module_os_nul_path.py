# A path with a NUL character is refused before it reaches the system,
# which would read it cut short.
import os

CALLS = [
    ('open', lambda path: open(path)),
    ('os.open', lambda path: os.open(path, os.O_RDONLY)),
    ('os.stat', lambda path: os.stat(path)),
    ('os.listdir', lambda path: os.listdir(path)),
]
for name, call in CALLS:
    for path in ['a\x00b', b'a\x00b']:
        try:
            call(path)
            print(name, 'opened')
        except ValueError as e:
            print(name, type(path).__name__, 'ValueError', e)
