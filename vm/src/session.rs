//! A `Session` runs programs the way the `python3` command does: as the
//! `__main__` module, with `sys.argv` and `sys.path` set, uncaught
//! exceptions printed as tracebacks on stderr, and `SystemExit` honoured.

use std::path::Path;

use minnow_heap::{HeapConfig, HeapError, Value};
use minnow_objects::{field, layout};

use crate::compiler::Mode;
use crate::import::{compile_source, module_dict, new_module, run_code};
use crate::runtime::types::TypeId;
use crate::runtime::{PyResult, Raised, Static, Vm};

/// How a program ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// With this process exit status.
    Exit(u8),
}

pub struct Session {
    pub vm: Vm,
}

impl Session {
    pub fn new(config: HeapConfig) -> Result<Session, HeapError> {
        Ok(Session {
            vm: Vm::new(config)?,
        })
    }

    /// The int <-> str digit limit the command line or the environment
    /// asks for, also shown as `sys.flags.int_max_str_digits`.
    pub fn set_int_max_str_digits(&mut self, limit: usize) {
        self.vm.int_max_str_digits = limit;
        self.vm.int_max_str_digits_flag = limit as i64;
    }

    /// Sets `sys.argv` and puts `path0` first on `sys.path`, then the
    /// directories of `PYTHONPATH`.
    fn set_argv(&mut self, argv0: &str, rest: &[String], path0: &str) -> PyResult<()> {
        let vm = &mut self.vm;
        let mut argv = vec![vm.new_str(argv0)?];
        for a in rest {
            argv.push(vm.new_str(a)?);
        }
        let argv_list = crate::builtins::sys::sys_attr(vm, "argv").expect("sys.argv exists");
        let r = minnow_objects::list::replace_all(
            &mut vm.heap,
            argv_list.as_obj().expect("a list"),
            &argv,
        );
        vm.heap_ok(r)?;
        let p = vm.new_str(path0)?;
        let path = crate::builtins::sys::sys_attr(vm, "path").expect("sys.path exists");
        let r = minnow_objects::list::insert(&mut vm.heap, path.as_obj().expect("a list"), 0, p);
        vm.heap_ok(r)?;
        // As CPython: the directories of PYTHONPATH come right after the
        // script's own, in their order; empty entries are skipped.
        let extra = std::env::var("PYTHONPATH").unwrap_or_default();
        for (i, dir) in extra.split(':').filter(|d| !d.is_empty()).enumerate() {
            let d = vm.new_str(dir)?;
            let path = crate::builtins::sys::sys_attr(vm, "path").expect("sys.path exists");
            let r = minnow_objects::list::insert(
                &mut vm.heap,
                path.as_obj().expect("a list"),
                i + 1,
                d,
            );
            vm.heap_ok(r)?;
        }
        Ok(())
    }

    fn main_module(&mut self, filename: Option<&str>) -> PyResult<Value> {
        let vm = &mut self.vm;
        let main = new_module(vm, "__main__")?;
        let dict = module_dict(vm, main);
        if let Some(f) = filename {
            let key = vm.intern_static("__file__")?;
            let v = vm.new_str(f)?;
            vm.dict_set(dict, key, v)?;
        }
        let modules = vm.stat(Static::Modules);
        // As in CPython, the main module's `__builtins__` is the builtins
        // module itself (imported modules get its dict).
        if let Some(builtins) = crate::builtins::dict_get_str(vm, modules, "builtins") {
            let key = vm.intern_static("__builtins__")?;
            vm.dict_set(dict, key, builtins)?;
        }
        let key = vm.intern_static("__main__")?;
        vm.dict_set(modules, key, main)?;
        Ok(main)
    }

    /// Runs `source` as the main program.
    pub fn run_source(
        &mut self,
        source: &str,
        filename: &str,
        argv0: &str,
        rest: &[String],
    ) -> Outcome {
        let dir = if argv0 == "-c" || argv0.is_empty() || argv0 == "-" {
            String::new()
        } else {
            Path::new(filename)
                .parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        };
        let result = (|| {
            self.set_argv(argv0, rest, &dir)?;
            let main = self.main_module(Some(filename).filter(|_| !filename.starts_with('<')))?;
            let code = compile_source(&mut self.vm, source, filename, Mode::Exec)?;
            let dict = module_dict(&self.vm, main);
            run_code(&mut self.vm, code, dict, dict).map(|_| ())
        })();
        self.finish(result)
    }

    /// `minnow -m module`.
    pub fn run_module(&mut self, module: &str, rest: &[String]) -> Outcome {
        let result = (|| {
            self.set_argv(module, rest, "")?;
            let cwd = std::env::current_dir()
                .map(|p| p.display().to_string())
                .unwrap_or_default();
            let mut found = None;
            for candidate in [
                format!("{cwd}/{module}.py"),
                format!("{cwd}/{module}/__main__.py"),
            ] {
                if Path::new(&candidate).is_file() {
                    found = Some(candidate);
                    break;
                }
            }
            let Some(path) = found else {
                let msg = format!("No module named {module}");
                return Err(self.vm.raise_msg(TypeId::ModuleNotFoundError, &msg));
            };
            let source = std::fs::read_to_string(&path)
                .map_err(|e| self.vm.raise_msg(TypeId::OSError, &e.to_string()))?;
            let main = self.main_module(Some(&path))?;
            let code = compile_source(&mut self.vm, &source, &path, Mode::Exec)?;
            let dict = module_dict(&self.vm, main);
            run_code(&mut self.vm, code, dict, dict).map(|_| ())
        })();
        self.finish(result)
    }

    /// True when `source` is an incomplete statement (more lines needed).
    pub fn needs_more(&self, source: &str) -> bool {
        match crate::compiler::compile(source, "<stdin>", Mode::Single) {
            Ok(_) => false,
            Err(e) => e.msg.contains("unexpected EOF") || e.msg.contains("was never closed"),
        }
    }

    /// Runs one REPL entry; `Some(status)` when the program asked to exit.
    pub fn run_interactive(&mut self, source: &str) -> Option<u8> {
        if self.vm.stat(Static::Modules) != Value::NONE
            && crate::builtins::dict_get_str(&self.vm, self.vm.stat(Static::Modules), "__main__")
                .is_none()
        {
            if self.main_module(None).is_err() {
                return Some(1);
            }
        }
        let result = (|| {
            let modules = self.vm.stat(Static::Modules);
            let main = crate::builtins::dict_get_str(&self.vm, modules, "__main__")
                .expect("created above");
            let code = compile_source(&mut self.vm, source, "<stdin>", Mode::Single)?;
            let dict = module_dict(&self.vm, main);
            run_code(&mut self.vm, code, dict, dict).map(|_| ())
        })();
        match result {
            Ok(()) => {
                self.vm.flush_stdout();
                None
            }
            Err(Raised) => {
                let exc = self.vm.take_exception();
                if self.vm.isinstance_id(exc, TypeId::SystemExit) {
                    return Some(self.system_exit_status(exc));
                }
                self.print_exception(exc);
                None
            }
        }
    }

    fn finish(&mut self, result: PyResult<()>) -> Outcome {
        let status = match result {
            Ok(()) => 0,
            Err(Raised) => {
                let exc = self.vm.take_exception();
                if self.vm.isinstance_id(exc, TypeId::SystemExit) {
                    self.system_exit_status(exc)
                } else {
                    self.print_exception(exc);
                    1
                }
            }
        };
        // As CPython at shutdown, objects still waiting for `__del__` get it.
        self.vm.heap.finalize_all_registered();
        self.vm.run_lifetime_work();
        self.vm.flush_stdout();
        Outcome::Exit(status)
    }

    /// Hands an uncaught exception to `sys.excepthook`, as CPython does: the
    /// builtin one prints it to `sys.stderr`, a program's own is called.
    fn print_exception(&mut self, exc: Value) {
        let vm = &mut self.vm;
        let hook = crate::builtins::sys::sys_attr(vm, "excepthook");
        vm.rooted(&[exc], |vm, root| {
            let Some(hook) = hook.filter(|&h| h != vm.stat(Static::Excepthook)) else {
                if hook.is_none() {
                    eprint_flushed(vm, "sys.excepthook is missing\n");
                }
                let text = crate::traceback::format_exception(vm, exc);
                if crate::builtins::sys::write_stderr(vm, &text).is_err() {
                    vm.take_exception();
                    eprint_flushed(vm, &text);
                }
                return;
            };
            let (class, tb) = (
                vm.type_of(exc),
                vm.exception_field(exc, field::EXCEPTION::traceback),
            );
            if vm.call(hook, &[class, exc, tb]).is_err() {
                let failure = vm.take_exception();
                let failure = crate::traceback::format_exception(vm, failure);
                let original = crate::traceback::format_exception(vm, vm.stack[root]);
                eprint_flushed(
                    vm,
                    &format!(
                        "Error in sys.excepthook:\n{failure}\nOriginal exception was:\n{original}"
                    ),
                );
            }
        });
    }

    /// The exit status of `SystemExit(code)`: None is 0, an int is itself,
    /// anything else is printed and gives 1.
    fn system_exit_status(&mut self, exc: Value) -> u8 {
        let args = self.vm.exception_field(exc, field::EXCEPTION::args);
        let items = self.vm.tuple_items(args);
        let code = match items.len() {
            0 => Value::NONE,
            1 => items[0],
            _ => args,
        };
        if code == Value::NONE {
            return 0;
        }
        if let Some(i) = self
            .vm
            .small_of(code)
            .filter(|_| !self.vm.is_layout(code, layout::FLOAT))
        {
            return (i & 0xff) as u8;
        }
        self.vm.flush_stdout();
        match self.vm.str_string(code) {
            Ok(text) => eprintln!("{text}"),
            Err(_) => {
                self.vm.take_exception();
            }
        }
        1
    }
}

/// Writes to the process's stderr, after what is buffered for stdout.
fn eprint_flushed(vm: &mut Vm, text: &str) {
    vm.flush_stdout();
    eprint!("{text}");
}
