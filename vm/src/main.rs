//! The `minnow` command.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::process::ExitCode;

use minnow_heap::HeapConfig;
use minnow_vm::compiler::{compile, Mode};
use minnow_vm::disasm::disassemble;
use minnow_vm::session::{Outcome, Session};

const USAGE: &str =
    "usage: minnow [-X option[=value]] ... [--dis FILE | -c cmd | -m mod | file | -] [arg] ...";

/// The interpreter's thread gets a large stack: Python recursion is bounded
/// by `sys.getrecursionlimit()`, and native code that calls back into Python
/// (`__repr__`, key functions, ...) nests Rust frames per level.
const INTERPRETER_STACK_BYTES: usize = 1 << 30;

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

#[derive(Debug, PartialEq)]
struct Options {
    heap: HeapConfig,
    command: Command,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut heap = HeapConfig::from_env().map_err(|e| e.to_string())?;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        match arg.as_str() {
            "-X" => {
                let opt = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -X option")?;
                let (name, value) = match opt.split_once('=') {
                    Some((n, v)) => (n, Some(v)),
                    None => (opt.as_str(), None),
                };
                heap.set(name, value).map_err(|e| e.to_string())?;
                i += 2;
            }
            "--dis" => {
                let path = args.get(i + 1).ok_or(USAGE)?;
                return Ok(Options {
                    heap,
                    command: Command::Disassemble(path.clone()),
                });
            }
            "-c" => {
                let code = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -c option")?;
                let rest = args[i + 2..].to_vec();
                return Ok(Options {
                    heap,
                    command: Command::Code(code.clone(), rest),
                });
            }
            "-m" => {
                let module = args
                    .get(i + 1)
                    .ok_or("Argument expected for the -m option")?;
                let rest = args[i + 2..].to_vec();
                return Ok(Options {
                    heap,
                    command: Command::Module(module.clone(), rest),
                });
            }
            "-u" | "-B" | "-E" | "-s" | "-S" => i += 1,
            a if a.starts_with("-X") && a.len() > 2 => {
                let opt = &a[2..];
                let (name, value) = match opt.split_once('=') {
                    Some((n, v)) => (n, Some(v)),
                    None => (opt, None),
                };
                heap.set(name, value).map_err(|e| e.to_string())?;
                i += 1;
            }
            a if a.starts_with('-') && a != "-" => {
                return Err(format!("unknown option {a}\n{USAGE}"))
            }
            _ => {
                let rest = args[i + 1..].to_vec();
                return Ok(Options {
                    heap,
                    command: Command::Script(arg.clone(), rest),
                });
            }
        }
    }
    Ok(Options {
        heap,
        command: Command::Interactive,
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
    match options.command {
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
            repl(&mut session)
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
    let worker = std::thread::Builder::new()
        .name("minnow".into())
        .stack_size(INTERPRETER_STACK_BYTES)
        .spawn(move || run(options));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => code,
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
    }
}
