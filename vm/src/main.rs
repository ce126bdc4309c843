//! The `minnow` command.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use minnow_heap::HeapConfig;
use minnow_vm::compiler::{compile, Mode};
use minnow_vm::disasm::disassemble;
use minnow_vm::observe::{stats_summary, GcLog};
use minnow_vm::session::{Outcome, Session};

const USAGE: &str = "usage: minnow [-X option[=value]] [--gc-stats] [--gc-log=FILE] ... \
                     [--dis FILE | -c cmd | -m mod | file | -] [arg] ...";

/// The interpreter's thread gets a large stack: Python recursion is bounded
/// by `sys.getrecursionlimit()`, and native code that calls back into Python
/// (`__repr__`, key functions, ...) nests Rust frames per level.
const INTERPRETER_STACK_BYTES: usize = 1 << 30;

/// Blocks of native memory from this size up are unmapped when freed, so
/// that a large temporary does not stay resident (the heap maps its own
/// pages; this is for buffers native code allocates).
const UNMAPPED_WHEN_FREED_BYTES: usize = 128 * 1024;

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
enum Command {
    /// Print the disassembly of a source file.
    Disassemble(String),
    /// Run a script file (or `-` for stdin) with its arguments.
    Script(String, Vec<String>),
    /// `-c CODE`.
    Code(String, Vec<String>),
    /// `-m MODULE`.
    Module(String, Vec<String>),
    /// No script: a REPL on a terminal, else the program read from stdin.
    Interactive,
}

/// What the collector reports about the run.
#[derive(Debug, Default, PartialEq, Eq)]
struct Observe {
    /// `--gc-stats`: a summary on stderr at exit.
    stats: bool,
    /// `--gc-log=FILE`: one JSON line per collection.
    log: Option<String>,
}

#[derive(Debug, PartialEq)]
struct Options {
    heap: HeapConfig,
    /// `-X int_max_str_digits=N` or `PYTHONINTMAXSTRDIGITS`.
    int_max_str_digits: Option<usize>,
    observe: Observe,
    command: Command,
}

/// A command-line mistake, followed by the usage line, as python3 prints it.
fn usage_error(message: impl std::fmt::Display) -> String {
    format!("{message}\n{USAGE}")
}

/// A digit limit as `-X int_max_str_digits` or `PYTHONINTMAXSTRDIGITS`
/// gives it (`source` names which, for the error).
fn parse_int_max_str_digits(source: &str, value: Option<&str>) -> Result<usize, String> {
    value
        .and_then(|v| v.parse::<i64>().ok())
        .and_then(minnow_vm::builtins::int::valid_max_str_digits)
        .ok_or_else(|| format!("{source}: invalid limit; must be >= 640 or 0 for unlimited."))
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut heap = HeapConfig::from_env().map_err(|e| e.to_string())?;
    let mut int_max_str_digits = match std::env::var("PYTHONINTMAXSTRDIGITS") {
        Ok(v) if !v.is_empty() => {
            Some(parse_int_max_str_digits("PYTHONINTMAXSTRDIGITS", Some(&v))?)
        }
        _ => None,
    };
    let mut observe = Observe::default();
    let mut set_option = |heap: &mut HeapConfig, opt: &str| {
        let (name, value) = match opt.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (opt, None),
        };
        if name == "int_max_str_digits" {
            int_max_str_digits = Some(parse_int_max_str_digits("-X int_max_str_digits", value)?);
            return Ok(());
        }
        heap.set(name, value).map_err(usage_error)
    };
    let mut i = 0;
    let command = loop {
        let Some(arg) = args.get(i) else {
            break Command::Interactive;
        };
        match arg.as_str() {
            "-X" => {
                let opt = args
                    .get(i + 1)
                    .ok_or_else(|| usage_error("Argument expected for the -X option"))?;
                set_option(&mut heap, opt)?;
                i += 2;
            }
            "--gc-stats" => {
                observe.stats = true;
                i += 1;
            }
            "--gc-log" => {
                let path = args
                    .get(i + 1)
                    .ok_or_else(|| usage_error("Argument expected for the --gc-log option"))?;
                observe.log = Some(path.clone());
                i += 2;
            }
            a if a.starts_with("--gc-log=") => {
                let path = &a["--gc-log=".len()..];
                if path.is_empty() {
                    return Err(usage_error("--gc-log= needs a file name"));
                }
                observe.log = Some(path.to_string());
                i += 1;
            }
            "--dis" => {
                let path = args.get(i + 1).ok_or(USAGE)?;
                break Command::Disassemble(path.clone());
            }
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or_else(|| usage_error("Argument expected for the -c option"))?;
                break Command::Code(code.clone(), args[i + 2..].to_vec());
            }
            "-m" => {
                let module = args
                    .get(i + 1)
                    .ok_or_else(|| usage_error("Argument expected for the -m option"))?;
                break Command::Module(module.clone(), args[i + 2..].to_vec());
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => i += 1,
            a if a.starts_with("-X") && a.len() > 2 => {
                set_option(&mut heap, &a[2..])?;
                i += 1;
            }
            a if a.starts_with('-') && a != "-" => {
                return Err(usage_error(format!("unknown option {a}")))
            }
            _ => break Command::Script(arg.clone(), args[i + 1..].to_vec()),
        }
    };
    Ok(Options {
        heap,
        int_max_str_digits,
        observe,
        command,
    })
}

fn disassemble_file(path: &str) -> ExitCode {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("minnow: can't open file '{path}': {error}");
            return ExitCode::from(2);
        }
    };
    match compile(&source, path, Mode::Exec) {
        Ok(code) => {
            print!("{}", disassemble(&code));
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("{}", error.render());
            ExitCode::from(1)
        }
    }
}

fn exit_code(outcome: Outcome) -> ExitCode {
    match outcome {
        Outcome::Exit(code) => ExitCode::from(code),
    }
}

fn run(options: Options) -> ExitCode {
    let mut session = match Session::new(options.heap) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("minnow: cannot start: {e}");
            return ExitCode::from(1);
        }
    };
    if let Some(limit) = options.int_max_str_digits {
        session.set_int_max_str_digits(limit);
    }
    let log = match &options.observe.log {
        Some(path) => match GcLog::start(&mut session.vm.heap, path) {
            Ok(log) => Some(log),
            Err(error) => {
                eprintln!("minnow: can't open --gc-log file '{path}': {error}");
                return ExitCode::from(2);
            }
        },
        None => None,
    };
    let code = run_command(&mut session, options.command);
    if let Some(log) = log {
        if let Err(error) = log.finish(&mut session.vm.heap) {
            eprintln!("minnow: writing the --gc-log file failed: {error}");
        }
    }
    if options.observe.stats {
        session.vm.flush_stdout();
        eprint!("{}", stats_summary(&session.vm.heap.stats()));
    }
    code
}

fn run_command(session: &mut Session, command: Command) -> ExitCode {
    match command {
        Command::Disassemble(path) => disassemble_file(&path),
        Command::Script(path, rest) if path == "-" => {
            let mut source = String::new();
            if std::io::stdin().read_to_string(&mut source).is_err() {
                eprintln!("minnow: cannot read stdin");
                return ExitCode::from(1);
            }
            exit_code(session.run_source(&source, "<stdin>", "-", &rest))
        }
        Command::Script(path, rest) => {
            let source = match std::fs::read_to_string(&path) {
                Ok(s) => s,
                Err(e) => {
                    let code = e.raw_os_error().unwrap_or(2);
                    eprintln!("minnow: can't open file '{path}': [Errno {code}] {e}");
                    return ExitCode::from(2);
                }
            };
            exit_code(session.run_source(&source, &path, &path, &rest))
        }
        Command::Code(code, rest) => exit_code(session.run_source(&code, "<string>", "-c", &rest)),
        Command::Module(module, rest) => exit_code(session.run_module(&module, &rest)),
        Command::Interactive => {
            let stdin = std::io::stdin();
            if !stdin.is_terminal() {
                let mut source = String::new();
                if stdin.lock().read_to_string(&mut source).is_err() {
                    eprintln!("minnow: cannot read stdin");
                    return ExitCode::from(1);
                }
                return exit_code(session.run_source(&source, "<stdin>", "", &[]));
            }
            repl(session)
        }
    }
}

/// A read-eval-print loop: a statement is complete at an empty line when
/// it opened a block, else at the end of its line.
fn repl(session: &mut Session) -> ExitCode {
    eprintln!("Minnow (Python 3.11 compatible)\nType an expression or statement; Ctrl-D exits.");
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        eprint!(">>> ");
        let _ = std::io::stderr().flush();
        let Some(Ok(first)) = lines.next() else {
            eprintln!();
            return ExitCode::SUCCESS;
        };
        let mut source = first.clone();
        let block = first.trim_end().ends_with(':') || session.needs_more(&source);
        if block {
            loop {
                eprint!("... ");
                let _ = std::io::stderr().flush();
                match lines.next() {
                    Some(Ok(line)) if !line.trim().is_empty() => {
                        source.push('\n');
                        source.push_str(&line);
                    }
                    _ => break,
                }
            }
        }
        if let Some(code) = session.run_interactive(&source) {
            return ExitCode::from(code);
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    minnow_heap::unmap_freed_blocks_from(UNMAPPED_WHEN_FREED_BYTES);
    let worker = std::thread::Builder::new()
        .name("minnow".into())
        .stack_size(INTERPRETER_STACK_BYTES)
        .spawn(move || run(options));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
        // A panic gets here only in the builds that unwind (the test
        // profiles); the release build aborts at the panic.
        _ => {
            eprintln!("minnow: internal error");
            ExitCode::from(70)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn arguments() {
        let command = |list: &[&str]| parse_args(&args(list)).map(|o| o.command);
        assert_eq!(
            command(&["--dis", "x.py"]),
            Ok(Command::Disassemble("x.py".into()))
        );
        assert_eq!(
            command(&["x.py", "a", "-c"]),
            Ok(Command::Script("x.py".into(), args(&["a", "-c"])))
        );
        assert_eq!(
            command(&["-c", "pass", "1"]),
            Ok(Command::Code("pass".into(), args(&["1"])))
        );
        assert_eq!(
            command(&["-m", "mod"]),
            Ok(Command::Module("mod".into(), vec![]))
        );
        assert_eq!(command(&[]), Ok(Command::Interactive));
        assert!(command(&["--dis"]).is_err());
        assert!(command(&["--bogus"]).is_err());
        assert!(command(&["-c"]).is_err());
    }

    #[test]
    fn heap_options() {
        let o = parse_args(&args(&["-X", "heap=16M", "-Xgc-stress", "x.py"])).unwrap();
        assert_eq!(o.heap.heap_limit, Some(16 << 20));
        assert!(o.heap.stress);
        assert!(parse_args(&args(&["-X", "heap=lots", "x.py"])).is_err());
        assert!(parse_args(&args(&["-X", "nonsense", "x.py"])).is_err());
        let error = parse_args(&args(&["-X", "gc-growth=0", "x.py"])).unwrap_err();
        assert!(error.starts_with("-X gc-growth=0: expected a number >= 1.0"));
        assert!(error.ends_with(USAGE));
    }

    #[test]
    fn observation_options() {
        let observe = |list: &[&str]| parse_args(&args(list)).map(|o| (o.observe, o.command));
        assert_eq!(
            observe(&["--gc-stats", "--gc-log=gc.jsonl", "x.py", "--gc-stats"]),
            Ok((
                Observe {
                    stats: true,
                    log: Some("gc.jsonl".into())
                },
                Command::Script("x.py".into(), args(&["--gc-stats"]))
            ))
        );
        assert_eq!(
            observe(&["--gc-log", "a.log", "-c", "pass"]).map(|(o, _)| o.log),
            Ok(Some("a.log".into()))
        );
        assert!(observe(&["--gc-log"]).is_err());
        assert!(observe(&["--gc-log="]).is_err());
    }
}
