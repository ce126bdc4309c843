//! `_os`: the operating system calls under the bundled `os`, `os.path` and
//! `io` modules (CPython's `posix`).
//!
//! A descriptor from `_os.open` is the real file descriptor of a
//! `std::fs::File` kept in `Vm::files`; closing it drops the file.
//! Descriptors 0, 1 and 2 not opened that way are the process's standard
//! streams, and writes to 1 go through the same buffer as `print`. The
//! flag constants are Linux's values on every platform: only this module
//! interprets them.

use std::io::{Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::PathBuf;

use minnow_heap::Value;
use minnow_objects::layout;

use crate::builtins::bytes::{bytes_of, new_bytes};
use crate::runtime::natives::Args;
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Raised, Vm};

const O_RDONLY: i64 = 0;
const O_WRONLY: i64 = 1;
const O_RDWR: i64 = 2;
const O_ACCMODE: i64 = 3;
const O_CREAT: i64 = 0o100;
const O_EXCL: i64 = 0o200;
const O_TRUNC: i64 = 0o1000;
const O_APPEND: i64 = 0o2000;

const EBADF: i32 = 9;
const EINVAL: i32 = 22;

/// The text C's `strerror` gives for an errno (Rust appends the number).
fn strerror(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Raises the OSError (subclass by errno) for `err`, naming the file(s).
fn os_error(vm: &mut Vm, err: &std::io::Error, files: &[Value]) -> Raised {
    let code = err.raw_os_error().unwrap_or(EINVAL);
    let made = (|| {
        let text = vm.new_str(&strerror(code))?;
        let mut args = vec![Value::small_int_const(code as i64), text];
        match files {
            [] => {}
            [one] => args.push(*one),
            [one, two, ..] => args.extend_from_slice(&[*one, Value::small_int_const(0), *two]),
        }
        vm.call(vm.ty(TypeId::OSError), &args)
    })();
    match made {
        Ok(exc) => vm.raise(exc),
        Err(raised) => raised,
    }
}

fn bad_fd(vm: &mut Vm) -> Raised {
    os_error(vm, &std::io::Error::from_raw_os_error(EBADF), &[])
}

/// A path argument: str, bytes or an object with `__fspath__`. Returns the
/// path and whether it was bytes (names then come back as bytes).
fn path_arg(vm: &mut Vm, v: Value, func: &str) -> PyResult<(PathBuf, bool)> {
    match vm.layout_of(v) {
        Some(layout::STR) => {
            let path = PathBuf::from(vm.str_text(v));
            return without_nul(vm, path, false, func);
        }
        Some(layout::BYTES) => {
            let raw = bytes_of(vm, v).to_vec();
            let path = PathBuf::from(std::ffi::OsString::from_vec(raw));
            return without_nul(vm, path, true, func);
        }
        _ => {}
    }
    if let Some(m) = vm.lookup_special(v, "__fspath__")? {
        let p = vm.call_descriptor_method(m, v, &[])?;
        if matches!(vm.layout_of(p), Some(layout::STR | layout::BYTES)) {
            return path_arg(vm, p, func);
        }
        let msg = format!(
            "expected {}.__fspath__() to return str or bytes, not {}",
            vm.type_name_of(v),
            vm.type_name_of(p)
        );
        return Err(vm.type_error(&msg));
    }
    let msg = format!(
        "{func}: path should be string, bytes or os.PathLike, not {}",
        vm.type_name_of(v)
    );
    Err(vm.type_error(&msg))
}

/// A path the system can take: one with a NUL byte would be cut short.
fn without_nul(
    vm: &mut Vm,
    path: PathBuf,
    as_bytes: bool,
    func: &str,
) -> PyResult<(PathBuf, bool)> {
    if path.as_os_str().as_bytes().contains(&0) {
        let msg = if as_bytes {
            format!("{func}: embedded null character in path")
        } else {
            "embedded null byte".to_string()
        };
        return Err(vm.value_error(&msg));
    }
    Ok((path, as_bytes))
}

/// A file name as the caller gave it: bytes or str.
fn name_value(vm: &mut Vm, name: &std::ffi::OsStr, as_bytes: bool) -> PyResult<Value> {
    if as_bytes {
        new_bytes(vm, name.as_bytes())
    } else {
        vm.new_str(&name.to_string_lossy())
    }
}

fn fd_arg(vm: &mut Vm, v: Value) -> PyResult<i32> {
    let n = vm.as_index(v)?;
    i32::try_from(n).map_err(|_| vm.raise_msg(TypeId::OverflowError, "fd is greater than maximum"))
}

fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path, flags, mode] = vm.range_args::<3>(args, 2, "open")?;
    let (p, _) = path_arg(vm, path, "open")?;
    let flags = vm.as_index(flags)?;
    let mode = if mode.is_empty() {
        0o777
    } else {
        vm.as_index(mode)?
    };
    let mut options = std::fs::OpenOptions::new();
    match flags & O_ACCMODE {
        O_RDONLY => options.read(true),
        O_WRONLY => options.write(true),
        O_RDWR => options.read(true).write(true),
        _ => {
            return Err(os_error(
                vm,
                &std::io::Error::from_raw_os_error(EINVAL),
                &[path],
            ))
        }
    };
    if flags & O_APPEND != 0 {
        options.append(true);
    }
    if flags & O_TRUNC != 0 {
        options.truncate(true);
    }
    if flags & O_CREAT != 0 {
        if flags & O_EXCL != 0 {
            options.create_new(true);
        } else {
            options.create(true);
        }
    }
    options.mode(mode as u32);
    match options.open(&p) {
        Ok(file) => {
            let fd = file.as_raw_fd();
            vm.files.insert(fd, file);
            Ok(Value::small_int_const(fd as i64))
        }
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd] = vm.exact_args::<1>(args, "close")?;
    let fd = fd_arg(vm, fd)?;
    match vm.files.remove(&fd) {
        Some(file) => {
            drop(file);
            Ok(Value::NONE)
        }
        None => Err(bad_fd(vm)),
    }
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, n] = vm.exact_args::<2>(args, "read")?;
    let fd = fd_arg(vm, fd)?;
    let n = vm.as_index(n)?;
    if n < 0 {
        return Err(os_error(
            vm,
            &std::io::Error::from_raw_os_error(EINVAL),
            &[],
        ));
    }
    let mut buf = vec![0u8; n as usize];
    let got = match vm.files.get_mut(&fd) {
        Some(file) => file.read(&mut buf),
        None if fd == 0 => {
            vm.flush_stdout();
            std::io::stdin().read(&mut buf)
        }
        None => return Err(bad_fd(vm)),
    };
    match got {
        Ok(k) => new_bytes(vm, &buf[..k]),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, data] = vm.exact_args::<2>(args, "write")?;
    let fd = fd_arg(vm, fd)?;
    if !matches!(vm.layout_of(data), Some(layout::BYTES | layout::BYTEARRAY)) {
        let msg = format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name_of(data)
        );
        return Err(vm.type_error(&msg));
    }
    let data = bytes_of(vm, data).to_vec();
    let written = match vm.files.get_mut(&fd) {
        Some(file) => file.write(&data),
        None if fd == 1 => vm.stdout.write_all(&data).map(|()| data.len()),
        None if fd == 2 => {
            vm.flush_stdout();
            std::io::stderr().write_all(&data).map(|()| data.len())
        }
        None => return Err(bad_fd(vm)),
    };
    match written {
        Ok(k) => Ok(Value::small_int_const(k as i64)),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, pos, how] = vm.exact_args::<3>(args, "lseek")?;
    let fd = fd_arg(vm, fd)?;
    let pos = vm.as_index(pos)?;
    let how = vm.as_index(how)?;
    let target = match how {
        0 if pos >= 0 => SeekFrom::Start(pos as u64),
        1 => SeekFrom::Current(pos),
        2 => SeekFrom::End(pos),
        _ => {
            return Err(os_error(
                vm,
                &std::io::Error::from_raw_os_error(EINVAL),
                &[],
            ))
        }
    };
    let Some(file) = vm.files.get_mut(&fd) else {
        return Err(bad_fd(vm));
    };
    match file.seek(target) {
        Ok(at) => vm.new_int_i128(at as i128),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd, length] = vm.exact_args::<2>(args, "ftruncate")?;
    let fd = fd_arg(vm, fd)?;
    let length = vm.as_index(length)?;
    let Some(file) = vm.files.get_mut(&fd) else {
        return Err(bad_fd(vm));
    };
    match file.set_len(length.max(0) as u64) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let [fd] = vm.exact_args::<1>(args, "isatty")?;
    let fd = fd_arg(vm, fd)?;
    let tty = match vm.files.get(&fd) {
        Some(file) => file.is_terminal(),
        None => match fd {
            0 => std::io::stdin().is_terminal(),
            1 => std::io::stdout().is_terminal(),
            2 => std::io::stderr().is_terminal(),
            _ => false,
        },
    };
    Ok(Value::from_bool(tty))
}

/// A stat result as a tuple: the ten fields of `os.stat_result` (times as
/// whole seconds), then the three times as floats.
fn stat_tuple(vm: &mut Vm, m: &std::fs::Metadata) -> PyResult<Value> {
    let seconds = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let ints = [
        m.mode() as i128,
        m.ino() as i128,
        m.dev() as i128,
        m.nlink() as i128,
        m.uid() as i128,
        m.gid() as i128,
        m.size() as i128,
        m.atime() as i128,
        m.mtime() as i128,
        m.ctime() as i128,
    ];
    let mut items = Vec::with_capacity(13);
    for n in ints {
        items.push(vm.new_int_i128(n)?);
    }
    for t in [
        seconds(m.atime(), m.atime_nsec()),
        seconds(m.mtime(), m.mtime_nsec()),
        seconds(m.ctime(), m.ctime_nsec()),
    ] {
        items.push(vm.new_float(t)?);
    }
    vm.new_tuple(&items)
}

fn stat_path(vm: &mut Vm, args: Args, name: &str, follow: bool) -> PyResult<Value> {
    let [path] = vm.exact_args::<1>(args, name)?;
    let (p, _) = path_arg(vm, path, name)?;
    let meta = if follow {
        std::fs::metadata(&p)
    } else {
        std::fs::symlink_metadata(&p)
    };
    match meta {
        Ok(m) => stat_tuple(vm, &m),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_path(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_path(vm, args, "lstat", false)
}

fn fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [fd] = vm.exact_args::<1>(args, "fstat")?;
    let fd = fd_arg(vm, fd)?;
    let Some(file) = vm.files.get(&fd) else {
        return Err(bad_fd(vm));
    };
    match file.metadata() {
        Ok(m) => stat_tuple(vm, &m),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "getcwd")?;
    match std::env::current_dir() {
        Ok(p) => vm.new_str(&p.to_string_lossy()),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = vm.exact_args::<1>(args, "chdir")?;
    let (p, _) = path_arg(vm, path, "chdir")?;
    match std::env::set_current_dir(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = vm.range_args::<1>(args, 0, "listdir")?;
    let (p, as_bytes) = if path.is_empty() || path == Value::NONE {
        (PathBuf::from("."), false)
    } else {
        path_arg(vm, path, "listdir")?
    };
    let entries = match std::fs::read_dir(&p) {
        Ok(entries) => entries,
        Err(e) => {
            let shown = if path.is_empty() || path == Value::NONE {
                vm.new_str(".")?
            } else {
                path
            };
            return Err(os_error(vm, &e, &[shown]));
        }
    };
    let names: Vec<std::ffi::OsString> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    let base = vm.stack.len();
    let made = names
        .iter()
        .try_for_each(|name| name_value(vm, name, as_bytes).map(|v| vm.stack.push(v)));
    let list = made.and_then(|()| {
        let items = vm.stack[base..].to_vec();
        vm.new_list(&items)
    });
    vm.stack.truncate(base);
    list
}

/// A call taking one path and returning nothing.
fn path_call(
    vm: &mut Vm,
    args: Args,
    name: &str,
    op: fn(&std::path::Path) -> std::io::Result<()>,
) -> PyResult<Value> {
    let [path] = vm.exact_args::<1>(args, name)?;
    let (p, _) = path_arg(vm, path, name)?;
    match op(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_call(vm, args, "remove", |p| std::fs::remove_file(p))
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_call(vm, args, "unlink", |p| std::fs::remove_file(p))
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    path_call(vm, args, "rmdir", |p| std::fs::remove_dir(p))
}

fn mkdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let [path, mode] = vm.range_args::<2>(args, 1, "mkdir")?;
    let (p, _) = path_arg(vm, path, "mkdir")?;
    let mode = if mode.is_empty() {
        0o777
    } else {
        vm.as_index(mode)?
    };
    match std::fs::DirBuilder::new().mode(mode as u32).create(&p) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [src, dst] = vm.exact_args::<2>(args, "rename")?;
    let (from, _) = path_arg(vm, src, "rename")?;
    let (to, _) = path_arg(vm, dst, "rename")?;
    match std::fs::rename(&from, &to) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[src, dst])),
    }
}

fn chmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let [path, mode] = vm.exact_args::<2>(args, "chmod")?;
    let (p, _) = path_arg(vm, path, "chmod")?;
    let mode = vm.as_index(mode)?;
    match std::fs::set_permissions(&p, std::fs::Permissions::from_mode(mode as u32)) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn readlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [path] = vm.exact_args::<1>(args, "readlink")?;
    let (p, is_bytes) = path_arg(vm, path, "readlink")?;
    match std::fs::read_link(&p) {
        Ok(target) if is_bytes => new_bytes(vm, target.as_os_str().as_bytes()),
        Ok(target) => vm.new_str(&target.to_string_lossy()),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn symlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [src, dst] = vm.exact_args::<2>(args, "symlink")?;
    let (from, _) = path_arg(vm, src, "symlink")?;
    let (to, _) = path_arg(vm, dst, "symlink")?;
    match std::os::unix::fs::symlink(&from, &to) {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[src, dst])),
    }
}

/// `utime(path, (atime, mtime))` in seconds, or now when `times` is None.
fn utime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};
    let [path, times] = vm.range_args::<2>(args, 1, "utime")?;
    let (p, _) = path_arg(vm, path, "utime")?;
    let (accessed, modified) = if times.is_empty() || times == Value::NONE {
        let now = SystemTime::now();
        (now, now)
    } else {
        if !vm.is_layout(times, layout::TUPLE) || vm.tuple_items(times).len() != 2 {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        }
        let items = vm.tuple_items(times);
        let mut moments = [UNIX_EPOCH; 2];
        for (moment, item) in moments.iter_mut().zip(items) {
            let seconds = vm.float_value_of(item)?;
            let offset = Duration::from_secs_f64(seconds.abs());
            *moment = if seconds >= 0.0 {
                UNIX_EPOCH + offset
            } else {
                UNIX_EPOCH - offset
            };
        }
        (moments[0], moments[1])
    };
    let set = std::fs::File::options()
        .write(true)
        .open(&p)
        .or_else(|_| std::fs::File::open(&p))
        .and_then(|f| {
            f.set_times(
                std::fs::FileTimes::new()
                    .set_accessed(accessed)
                    .set_modified(modified),
            )
        });
    match set {
        Ok(()) => Ok(Value::NONE),
        Err(e) => Err(os_error(vm, &e, &[path])),
    }
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [size] = vm.exact_args::<1>(args, "urandom")?;
    let size = vm.as_index(size)?;
    if size < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut bytes = vec![0u8; size as usize];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut bytes));
    match read {
        Ok(()) => new_bytes(vm, &bytes),
        Err(e) => Err(os_error(vm, &e, &[])),
    }
}

fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.exact_args::<0>(args, "getpid")?;
    Ok(Value::small_int_const(std::process::id() as i64))
}

fn str_arg(vm: &mut Vm, v: Value, func: &str) -> PyResult<String> {
    if !vm.is_layout(v, layout::STR) {
        let msg = format!("{func}: str expected, not {}", vm.type_name_of(v));
        return Err(vm.type_error(&msg));
    }
    Ok(vm.str_text(v).to_string())
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [key, value] = vm.exact_args::<2>(args, "putenv")?;
    let key = str_arg(vm, key, "putenv")?;
    let value = str_arg(vm, value, "putenv")?;
    if key.is_empty() || key.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    if key.contains('\0') || value.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(key, value);
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [key] = vm.exact_args::<1>(args, "unsetenv")?;
    let key = str_arg(vm, key, "unsetenv")?;
    if key.is_empty() || key.contains('=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    std::env::remove_var(key);
    Ok(Value::NONE)
}

fn os_strerror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [code] = vm.exact_args::<1>(args, "strerror")?;
    let code = vm.as_index(code)?;
    vm.new_str(&strerror(code as i32))
}

/// The environment at startup, as a dict of strs.
fn environ(vm: &mut Vm) -> PyResult<Value> {
    let dict = vm.new_dict()?;
    vm.rooted(&[dict], |vm, base| {
        for (k, v) in std::env::vars_os() {
            let k = vm.new_str(&k.to_string_lossy())?;
            vm.stack.push(k);
            let v = vm.new_str(&v.to_string_lossy());
            let k = vm.stack.pop().expect("the key");
            vm.dict_set(vm.stack[base], k, v?)?;
        }
        Ok(vm.stack[base])
    })
}

pub fn install(vm: &mut Vm, module: Value) -> PyResult<()> {
    super::add_functions(
        vm,
        module,
        &[
            ("open", open),
            ("close", close),
            ("read", read),
            ("write", write),
            ("lseek", lseek),
            ("ftruncate", ftruncate),
            ("isatty", isatty),
            ("stat", stat),
            ("lstat", lstat),
            ("fstat", fstat),
            ("getcwd", getcwd),
            ("chdir", chdir),
            ("listdir", listdir),
            ("remove", remove),
            ("unlink", unlink),
            ("rmdir", rmdir),
            ("mkdir", mkdir),
            ("rename", rename),
            ("getpid", getpid),
            ("chmod", chmod),
            ("readlink", readlink),
            ("symlink", symlink),
            ("utime", utime),
            ("urandom", urandom),
            ("putenv", putenv),
            ("unsetenv", unsetenv),
            ("strerror", os_strerror),
        ],
    )?;
    for (name, value) in [
        ("O_RDONLY", O_RDONLY),
        ("O_WRONLY", O_WRONLY),
        ("O_RDWR", O_RDWR),
        ("O_CREAT", O_CREAT),
        ("O_EXCL", O_EXCL),
        ("O_TRUNC", O_TRUNC),
        ("O_APPEND", O_APPEND),
    ] {
        super::set(vm, module, name, Value::small_int_const(value))?;
    }
    vm.rooted(&[module], |vm, base| {
        let env = environ(vm)?;
        super::set(vm, vm.stack[base], "environ", env)
    })
}
