"""What the interpreter and the machine it runs on are.

python_implementation() names this interpreter, 'Minnow' (CPython's says
'CPython'; code that tests for it should not take Minnow for CPython).
The operating system's names come from /proc/sys/kernel on Linux, the
machine and word size from the interpreter's own ELF header; what cannot
be found is an empty string, as in CPython."""

import collections
import sys

__all__ = [
    "architecture",
    "machine",
    "node",
    "platform",
    "processor",
    "python_branch",
    "python_build",
    "python_compiler",
    "python_implementation",
    "python_revision",
    "python_version",
    "python_version_tuple",
    "release",
    "system",
    "uname",
    "version",
]

# ELF e_machine values and the names uname gives those machines.
_ELF_MACHINES = {
    0x03: "i686",
    0x08: "mips",
    0x14: "ppc",
    0x15: "ppc64le",
    0x16: "s390x",
    0x28: "armv7l",
    0x2B: "sparc64",
    0x3E: "x86_64",
    0xB7: "aarch64",
    0xF3: "riscv64",
    0x102: "loongarch64",
}


def _read_kernel(name):
    try:
        with open("/proc/sys/kernel/" + name) as f:
            return f.read().strip()
    except OSError:
        return ""


def _elf_header(executable):
    try:
        with open(executable, "rb") as f:
            header = f.read(20)
    except (OSError, TypeError):
        return None
    if len(header) < 20 or header[:4] != b"\x7fELF":
        return None
    return header


def architecture(executable=sys.executable, bits="", linkage=""):
    """(bits, linkage) of an executable, such as ('64bit', 'ELF'); by
    default the interpreter's."""
    header = _elf_header(executable)
    if header is None:
        return (bits or "64bit" if sys.maxsize > 2**32 else "32bit", linkage)
    return ({1: "32bit", 2: "64bit"}.get(header[4], bits), "ELF")


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """The system, node, release, version and machine names, then the
    processor (iteration and indexing see six items)."""

    @property
    def processor(self):
        return ""

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:5]


_uname_cache = None


def uname():
    """The uname_result of this machine."""
    global _uname_cache
    if _uname_cache is None:
        system = _read_kernel("ostype") or {"linux": "Linux", "darwin": "Darwin", "win32": "Windows"}.get(
            sys.platform, ""
        )
        header = _elf_header(sys.executable)
        machine_name = ""
        if header is not None:
            order = "little" if header[5] == 1 else "big"
            machine_name = _ELF_MACHINES.get(int.from_bytes(header[18:20], order), "")
        _uname_cache = uname_result(
            system, _read_kernel("hostname"), _read_kernel("osrelease"), _read_kernel("version"), machine_name
        )
    return _uname_cache


def system():
    """The operating system's name, such as 'Linux'."""
    return uname().system


def node():
    """The computer's network name."""
    return uname().node


def release():
    """The operating system's release."""
    return uname().release


def version():
    """The operating system's version."""
    return uname().version


def machine():
    """The machine type, such as 'x86_64'."""
    return uname().machine


def processor():
    """The processor's name; '' when unknown, as here."""
    return uname().processor


def platform(aliased=False, terse=False):
    """One string naming the platform, such as 'Linux-6.1.0-x86_64'
    (terse, except on Linux: 'Darwin-23.1.0'). CPython adds the C
    library's version on Linux, which is not known here."""
    result = uname()
    if terse and result.system != "Linux":
        parts = [result.system, result.release]
    else:
        parts = [result.system, result.release, result.machine]
    text = "-".join(part.replace(" ", "_") for part in parts if part)
    while "--" in text:
        text = text.replace("--", "-")
    return text


def python_implementation():
    """The interpreter's name: 'Minnow'."""
    return "Minnow"


def python_version():
    """The Python version as 'major.minor.micro'."""
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    """The Python version as a tuple of strings."""
    return tuple(str(part) for part in sys.version_info[:3])


def python_build():
    """(build number, build date): unknown for Minnow."""
    return ("", "")


def python_compiler():
    """The compiler that built the interpreter."""
    return "rustc"


def python_branch():
    return ""


def python_revision():
    return ""


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(library, version) of the C library: unknown here."""
    return (lib, version)


def mac_ver(release="", versioninfo=("", "", ""), machine=""):
    return (release, versioninfo, machine)


def win32_ver(release="", version="", csd="", ptype=""):
    return (release, version, csd, ptype)


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release)."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path) as f:
                lines = f.read().splitlines()
        except OSError:
            continue
        info = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in lines:
            key, sep, value = line.partition("=")
            if not sep or not key.strip() or key.startswith("#"):
                continue
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            info[key.strip()] = value
        return info
    raise OSError("/etc/os-release and /usr/lib/os-release not found")
