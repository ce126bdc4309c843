//! Source text to AST. The only module that uses `rustpython-parser`: the
//! rest of the crate sees its AST through [`ast`] and positions through
//! [`SourceMap`], so a move to another parser touches this file and the
//! compiler's pattern matches only.

use std::fmt;

use rustpython_parser::lexer::{self, LexResult, LexicalError, LexicalErrorType};
use rustpython_parser::source_code::{LineIndex, SourceCode};
use rustpython_parser::text_size::TextSize;
use rustpython_parser::{Mode, ParseErrorType, Tok};

pub use rustpython_parser::ast;
pub use rustpython_parser::text_size::TextRange;

/// CPython's limit on nested brackets.
const MAX_BRACKET_NESTING: usize = 200;
/// CPython's limit on indentation levels.
const MAX_INDENT_LEVELS: usize = 100;
/// An upper bound on expression nesting that the compiler (which recurses
/// on the AST) accepts; see [`DepthBound`]. It keeps an unoptimised build
/// within a 2 MiB thread stack. CPython's own limit is higher (about 1000
/// to 3000 levels, depending on the expression).
const MAX_EXPRESSION_DEPTH: usize = 400;

/// The Python exception class a [`SyntaxError`] is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// An expression too deeply nested to compile (CPython raises
    /// `RecursionError` then).
    RecursionError,
}

impl SyntaxErrorKind {
    /// The exception class name.
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// A compile-time error, with CPython's `SyntaxError` attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column in characters (CPython's `offset`).
    pub column: u32,
    /// 1-based end line and end column (exclusive), when known.
    pub end: Option<(u32, u32)>,
    /// The source line the error is on, without its line ending.
    pub text: Option<String>,
}

impl SyntaxError {
    /// An error at `range` of the source `map` describes.
    pub fn at(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        map: &SourceMap,
        range: TextRange,
    ) -> SyntaxError {
        let (line, column) = map.line_column(range.start());
        let (end_line, end_column) = map.line_column(range.end());
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: map.filename.clone(),
            line,
            column: column + 1,
            end: Some((end_line, end_column + 1)),
            text: map.line_text(line),
        }
    }

    /// The lines CPython prints for an uncaught syntax error: the file and
    /// line, the source line, carets, then `Kind: message`.
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            let trimmed = text.trim_start();
            let indent = text.chars().count() - trimmed.chars().count();
            let shown = trimmed.trim_end();
            out.push_str("    ");
            out.push_str(shown);
            out.push('\n');
            let length = shown.chars().count() as i64;
            let start = (self.column as i64 - 1 - indent as i64).clamp(0, length);
            let end = match self.end {
                Some((end_line, end_column)) if end_line == self.line => {
                    (end_column as i64 - 1 - indent as i64).clamp(start + 1, length.max(start + 1))
                }
                _ => start + 1,
            };
            out.push_str("    ");
            out.push_str(&" ".repeat(start as usize));
            out.push_str(&"^".repeat((end - start) as usize));
            out.push('\n');
        }
        out.push_str(&format!("{}: {}", self.kind.class_name(), self.msg));
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.line)
    }
}

impl std::error::Error for SyntaxError {}

/// Converts byte offsets into the source to lines and columns.
pub struct SourceMap<'a> {
    pub source: &'a str,
    pub filename: String,
    index: LineIndex,
}

impl<'a> SourceMap<'a> {
    pub fn new(source: &'a str, filename: &str) -> SourceMap<'a> {
        SourceMap {
            source,
            filename: filename.to_owned(),
            index: LineIndex::from_source_text(source),
        }
    }

    /// 1-based line and 0-based character column of a byte offset.
    pub fn line_column(&self, offset: TextSize) -> (u32, u32) {
        let offset = offset.min(TextSize::of(self.source));
        let location = SourceCode::new(self.source, &self.index).source_location(offset);
        (location.row.get(), location.column.to_zero_indexed())
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: u32) -> Option<String> {
        let text = self.source.lines().nth(line.checked_sub(1)? as usize)?;
        Some(text.trim_end_matches(['\r', '\n']).to_owned())
    }
}

/// Parses a module (a file, `exec` mode).
pub fn parse_module(source: &str, filename: &str) -> Result<Vec<ast::Stmt>, SyntaxError> {
    match parse(source, filename, Mode::Module)? {
        ast::Mod::Module(module) => Ok(module.body),
        _ => Ok(Vec::new()),
    }
}

/// Parses one interactive input (the REPL's `single` mode): one statement,
/// possibly compound, or several simple statements on one line.
pub fn parse_interactive(source: &str, filename: &str) -> Result<Vec<ast::Stmt>, SyntaxError> {
    match parse(source, filename, Mode::Interactive)? {
        ast::Mod::Interactive(interactive) => Ok(interactive.body),
        _ => Ok(Vec::new()),
    }
}

/// Parses a single expression (`eval` mode).
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    match parse(source, filename, Mode::Expression)? {
        ast::Mod::Expression(expression) => Ok(*expression.body),
        _ => Err(SyntaxError::at(
            SyntaxErrorKind::SyntaxError,
            "invalid syntax",
            &SourceMap::new(source, filename),
            TextRange::default(),
        )),
    }
}

fn parse(source: &str, filename: &str, mode: Mode) -> Result<ast::Mod, SyntaxError> {
    let map = SourceMap::new(source, filename);
    // The lexer keeps yielding after an error; everything up to the first
    // error or the end of file is what the parser would consume.
    let mut tokens: Vec<LexResult> = Vec::new();
    for token in lexer::lex(source, mode) {
        let last = matches!(token, Err(_) | Ok((Tok::EndOfFile, _)));
        tokens.push(token);
        if last {
            break;
        }
    }
    check_tokens(&tokens, &map)?;
    rustpython_parser::parse_tokens(tokens, mode, filename)
        .map_err(|error| convert_parse_error(error.error, error.offset, &map))
}

/// Checks what the parser does not, or reports badly: bracket matching and
/// nesting, indentation depth, expression depth. Also reports lexical
/// errors, with more context than the parser has.
fn check_tokens(tokens: &[LexResult], map: &SourceMap) -> Result<(), SyntaxError> {
    let mut brackets: Vec<(char, TextRange)> = Vec::new();
    let mut indent_levels = 0usize;
    let mut depth_bound = DepthBound::default();
    let mut last_token_end = TextSize::default();
    for token in tokens {
        let (token, range) = match token {
            Ok((token, range)) => (token, *range),
            Err(error) => {
                if let Some(&(open, open_range)) = brackets.last() {
                    if matches!(error.error, LexicalErrorType::Eof) {
                        return Err(never_closed(open, open_range, map));
                    }
                }
                return Err(convert_lexical_error(error, last_token_end, map));
            }
        };
        last_token_end = range.end();
        let error = |msg: String| SyntaxError::at(SyntaxErrorKind::SyntaxError, msg, map, range);
        match token {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                let open = match token {
                    Tok::Lpar => '(',
                    Tok::Lsqb => '[',
                    _ => '{',
                };
                brackets.push((open, range));
                if brackets.len() > MAX_BRACKET_NESTING {
                    return Err(error("too many nested parentheses".into()));
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let (close, expected_open) = match token {
                    Tok::Rpar => (')', '('),
                    Tok::Rsqb => (']', '['),
                    _ => ('}', '{'),
                };
                match brackets.pop() {
                    None => return Err(error(format!("unmatched '{close}'"))),
                    Some((open, open_range)) if open != expected_open => {
                        let open_line = map.line_column(open_range.start()).0;
                        let close_line = map.line_column(range.start()).0;
                        let msg = if open_line == close_line {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                            )
                        } else {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {open_line}"
                            )
                        };
                        return Err(error(msg));
                    }
                    Some(_) => {}
                }
            }
            Tok::Indent => {
                indent_levels += 1;
                if indent_levels > MAX_INDENT_LEVELS {
                    return Err(SyntaxError::at(
                        SyntaxErrorKind::IndentationError,
                        "too many levels of indentation",
                        map,
                        range,
                    ));
                }
            }
            Tok::Dedent => indent_levels = indent_levels.saturating_sub(1),
            _ => {}
        }
        if depth_bound.add(token, brackets.len()) > MAX_EXPRESSION_DEPTH {
            return Err(SyntaxError::at(
                SyntaxErrorKind::RecursionError,
                "maximum recursion depth exceeded during compilation",
                map,
                range,
            ));
        }
    }
    if let Some(&(open, open_range)) = brackets.last() {
        return Err(never_closed(open, open_range, map));
    }
    Ok(())
}

fn never_closed(open: char, range: TextRange, map: &SourceMap) -> SyntaxError {
    let mut error = SyntaxError::at(
        SyntaxErrorKind::SyntaxError,
        format!("'{open}' was never closed"),
        map,
        range,
    );
    error.end = None;
    error
}

/// A conservative bound on the AST depth of the expression being lexed.
///
/// The parser builds, and drops, the AST recursively, and so does the
/// compiler, so an absurdly deep expression would overflow the Rust stack
/// before any check on the AST could run. Every token that may add a level
/// to the tree (operators, keywords, attribute dots, brackets) counts one
/// level for the current "segment": the tokens since the last comma or
/// statement boundary at the same bracket level. Separators start a new
/// segment, so long flat lists and argument lists do not count.
#[derive(Default)]
struct DepthBound {
    /// Per open bracket level (index 0 = outside brackets): levels counted
    /// in the current segment of that level.
    segments: Vec<usize>,
}

impl DepthBound {
    /// Accounts for `token` (bracket nesting is `nesting` after it) and
    /// returns the current bound.
    fn add(&mut self, token: &Tok, nesting: usize) -> usize {
        self.segments.resize(nesting + 1, 0);
        let last = self.segments.len() - 1;
        match token {
            Tok::Comma | Tok::Semi | Tok::Newline | Tok::Equal => self.segments[last] = 0,
            Tok::Name { .. }
            | Tok::Int { .. }
            | Tok::Float { .. }
            | Tok::Complex { .. }
            | Tok::String { .. }
            | Tok::Indent
            | Tok::Dedent
            | Tok::Rpar
            | Tok::Rsqb
            | Tok::Rbrace
            | Tok::Colon
            | Tok::EndOfFile
            | Tok::True
            | Tok::False
            | Tok::None => {}
            // A lambda or comprehension opens a code unit in the compiler,
            // which costs several times the stack of other levels.
            Tok::Lambda | Tok::For => self.segments[last] += 4,
            _ => self.segments[last] += 1,
        }
        self.segments.iter().sum::<usize>() + nesting
    }
}

fn convert_lexical_error(
    error: &LexicalError,
    last_token_end: TextSize,
    map: &SourceMap,
) -> SyntaxError {
    let at = |kind: SyntaxErrorKind, msg: String, range: TextRange| {
        SyntaxError::at(kind, msg, map, range)
    };
    let point = TextRange::empty(error.location.min(TextSize::of(map.source)));
    let detected_at = if error.location >= TextSize::of(map.source) && map.source.ends_with('\n') {
        TextSize::of(map.source) - TextSize::of('\n')
    } else {
        error.location
    };
    let detected_line = map.line_column(detected_at).0;
    match &error.error {
        LexicalErrorType::StringError | LexicalErrorType::Eof => {
            let start = string_start(map.source, last_token_end);
            let literal = map.source[start.to_usize()..]
                .trim_start_matches(|c: char| c.is_ascii_alphabetic());
            let triple = literal.starts_with("'''") || literal.starts_with("\"\"\"");
            if let Some(start) = Some(start).filter(|s| *s < TextSize::of(map.source)) {
                let kind = if triple {
                    "triple-quoted string"
                } else {
                    "string"
                };
                let mut error = at(
                    SyntaxErrorKind::SyntaxError,
                    format!("unterminated {kind} literal (detected at line {detected_line})"),
                    TextRange::empty(start),
                );
                error.end = None;
                return error;
            }
            at(
                SyntaxErrorKind::SyntaxError,
                "unexpected EOF while parsing".into(),
                point,
            )
        }
        LexicalErrorType::NestingError => {
            // The lexer reports the position after the unmatched bracket.
            let before = &map.source[..point.start().to_usize()];
            match before.chars().next_back() {
                Some(close @ (')' | ']' | '}')) => {
                    let start = point.start() - TextSize::of(close);
                    at(
                        SyntaxErrorKind::SyntaxError,
                        format!("unmatched '{close}'"),
                        TextRange::empty(start),
                    )
                }
                _ => at(SyntaxErrorKind::SyntaxError, "invalid syntax".into(), point),
            }
        }
        LexicalErrorType::OtherError(msg) if msg == "EOL while scanning string literal" => {
            let start = string_start(map.source, last_token_end);
            let line = map.line_column(start).0;
            at(
                SyntaxErrorKind::SyntaxError,
                format!("unterminated string literal (detected at line {line})"),
                TextRange::empty(start),
            )
        }
        other => {
            let (kind, msg) = lexical_message(other);
            at(kind, msg, point)
        }
    }
}

/// Where the string literal that starts after `from` begins.
fn string_start(source: &str, from: TextSize) -> TextSize {
    let rest = &source[from.to_usize().min(source.len())..];
    let skipped = rest.len() - rest.trim_start().len();
    from + TextSize::new(skipped as u32)
}

fn lexical_message(error: &LexicalErrorType) -> (SyntaxErrorKind, String) {
    use SyntaxErrorKind::*;
    match error {
        LexicalErrorType::IndentationError => (
            IndentationError,
            "unindent does not match any outer indentation level".into(),
        ),
        LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces => (
            TabError,
            "inconsistent use of tabs and spaces in indentation".into(),
        ),
        LexicalErrorType::UnrecognizedToken { tok } if !tok.is_ascii() => (
            SyntaxError,
            format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
        ),
        LexicalErrorType::UnrecognizedToken { .. } | LexicalErrorType::NestingError => {
            (SyntaxError, "invalid syntax".into())
        }
        LexicalErrorType::UnicodeError => (
            SyntaxError,
            "(unicode error) malformed escape sequence".into(),
        ),
        LexicalErrorType::OtherError(msg) if msg == "Invalid Syntax" || msg == "Invalid Token" => {
            (SyntaxError, "invalid syntax".into())
        }
        LexicalErrorType::OtherError(msg) if msg == "Invalid decimal literal" => {
            (SyntaxError, "invalid decimal literal".into())
        }
        LexicalErrorType::FStringError(error) => {
            let text = error.to_string();
            let text = text
                .strip_prefix("Got unexpected EOF")
                .map(|_| "expecting '}'".to_owned())
                .unwrap_or(text);
            (SyntaxError, format!("f-string: {text}"))
        }
        other => (SyntaxError, other.to_string()),
    }
}

fn convert_parse_error(error: ParseErrorType, offset: TextSize, map: &SourceMap) -> SyntaxError {
    let offset = offset.min(TextSize::of(map.source));
    let point = TextRange::empty(offset);
    match error {
        ParseErrorType::Lexical(LexicalErrorType::IndentationError)
            if map.source[offset.to_usize()..].trim().is_empty() =>
        {
            expected_indented_block(map, offset)
        }
        ParseErrorType::Lexical(lexical) => {
            let (kind, msg) = lexical_message(&lexical);
            SyntaxError::at(kind, msg, map, point)
        }
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => {
            let mut error = SyntaxError::at(
                SyntaxErrorKind::IndentationError,
                "unexpected indent",
                map,
                point,
            );
            error.end = None;
            error
        }
        ParseErrorType::UnrecognizedToken(_, Some(expected)) if expected == "Indent" => {
            expected_indented_block(map, offset)
        }
        ParseErrorType::UnrecognizedToken(Tok::Newline | Tok::EndOfFile, _)
        | ParseErrorType::Eof => {
            SyntaxError::at(SyntaxErrorKind::SyntaxError, "invalid syntax", map, point)
        }
        ParseErrorType::UnrecognizedToken(_, _)
        | ParseErrorType::ExtraToken(_)
        | ParseErrorType::InvalidToken => {
            let token_end = token_end(map.source, offset);
            SyntaxError::at(
                SyntaxErrorKind::SyntaxError,
                "invalid syntax",
                map,
                TextRange::new(offset, token_end),
            )
        }
    }
}

/// The end of the identifier-like run starting at `offset` (at least one
/// character), to underline an unexpected token.
fn token_end(source: &str, offset: TextSize) -> TextSize {
    let rest = &source[offset.to_usize()..];
    let length: usize = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    let length = if length == 0 {
        rest.chars().next().map_or(0, char::len_utf8)
    } else {
        length
    };
    offset + TextSize::new(length as u32)
}

/// CPython's "expected an indented block after 'if' statement on line N":
/// the block opener is the last line before `offset` that ends with ':'.
fn expected_indented_block(map: &SourceMap, offset: TextSize) -> SyntaxError {
    let mut msg = String::from("expected an indented block");
    let before = &map.source[..offset.to_usize()];
    let opener = before
        .lines()
        .enumerate()
        .filter(|(_, text)| text.trim_end().ends_with(':'))
        .last();
    if let Some((index, text)) = opener {
        let first_word: String = text
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let line = index + 1;
        let what = match first_word.as_str() {
            "def" | "async" => Some("function definition".to_owned()),
            "class" => Some("class definition".to_owned()),
            "if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally" => {
                Some(format!("'{first_word}' statement"))
            }
            _ => None,
        };
        if let Some(what) = what {
            msg = format!("expected an indented block after {what} on line {line}");
        }
    }
    let mut error = SyntaxError::at(
        SyntaxErrorKind::IndentationError,
        msg,
        map,
        TextRange::empty(offset),
    );
    error.end = None;
    error
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(source: &str) -> SyntaxError {
        match parse_module(source, "x.py") {
            Ok(_) => panic!("{source:?} parsed"),
            Err(error) => error,
        }
    }

    #[test]
    fn parses_a_module() {
        let body = parse_module("x = 1\nprint(x)\n", "x.py").unwrap();
        assert_eq!(body.len(), 2);
        assert!(parse_expression("1 + 2", "<string>").is_ok());
        assert_eq!(
            parse_interactive("x = 1; y = 2\n", "<stdin>")
                .unwrap()
                .len(),
            2
        );
    }

    #[test]
    fn bracket_errors() {
        let error = error_of("x = (");
        assert_eq!(error.msg, "'(' was never closed");
        assert_eq!((error.line, error.column), (1, 5));
        let error = error_of("x = (1,\n2");
        assert_eq!(error.msg, "'(' was never closed");
        assert_eq!((error.line, error.column), (1, 5));
        let error = error_of("x = )");
        assert_eq!(error.msg, "unmatched ')'");
        assert_eq!((error.line, error.column), (1, 5));
        let error = error_of("x = (]");
        assert_eq!(
            error.msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
        assert_eq!((error.line, error.column), (1, 6));
    }

    #[test]
    fn nesting_limits() {
        let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
        assert!(parse_module(&ok, "x.py").is_ok());
        let deep = format!("x = {}1{}", "(".repeat(201), ")".repeat(201));
        let error = error_of(&deep);
        assert_eq!(error.msg, "too many nested parentheses");
        assert_eq!(error.column, 205);
        let error = error_of(&"(".repeat(100_000));
        assert_eq!(error.msg, "too many nested parentheses");
    }

    #[test]
    fn deep_expressions_without_brackets_are_rejected_not_crashed() {
        for source in [
            format!("x = {}1", "-".repeat(100_000)),
            format!("x = {}", vec!["1"; 100_000].join("+")),
            format!("x = a{}", ".b".repeat(100_000)),
            format!("x = {}1", "not ".repeat(50_000)),
            format!("x = {}1", "lambda: ".repeat(50_000)),
        ] {
            let error = error_of(&source);
            assert_eq!(error.kind, SyntaxErrorKind::RecursionError);
        }
        let long_flat_list = format!("x = [{}]", vec!["-1"; 50_000].join(", "));
        assert!(parse_module(&long_flat_list, "x.py").is_ok());
    }

    #[test]
    fn indentation_errors() {
        let error = error_of("if x:\n");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(
            error.msg,
            "expected an indented block after 'if' statement on line 1"
        );
        let error = error_of("if x:\npass");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(error.line, 2);
        let error = error_of("x = 1\n  y = 2");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(error.msg, "unexpected indent");
        assert_eq!(error.line, 2);
        let error = error_of("if x:\n    a\n  b");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(error.line, 3);
        let deep: String = (0..120)
            .map(|level| format!("{}if x:\n", " ".repeat(level)))
            .collect::<String>()
            + &" ".repeat(120)
            + "pass\n";
        assert_eq!(error_of(&deep).msg, "too many levels of indentation");
    }

    #[test]
    fn string_and_token_errors() {
        let error = error_of("'abc");
        assert_eq!(
            error.msg,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!((error.line, error.column), (1, 1));
        let error = error_of("x = 1\ny = '''abc\n\n");
        assert_eq!(
            error.msg,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert_eq!((error.line, error.column), (2, 5));
        let error = error_of("x = 'abc\ny = 2\n");
        assert_eq!(
            error.msg,
            "unterminated string literal (detected at line 1)"
        );
        assert_eq!((error.line, error.column), (1, 5));
        let error = error_of("x = €");
        assert_eq!(error.msg, "invalid character '€' (U+20AC)");
        let error = error_of("a b");
        assert_eq!(error.msg, "invalid syntax");
        assert_eq!((error.line, error.column), (1, 3));
        let error = error_of("x = 1\nx = ");
        assert_eq!(error.msg, "invalid syntax");
        assert_eq!(error.line, 2);
    }

    #[test]
    fn render_matches_cpython_shape() {
        let error = error_of("x = 1\n    y = 2");
        let text = error.render();
        assert!(text.starts_with("  File \"x.py\", line 2\n"), "{text}");
        assert!(
            text.ends_with("IndentationError: unexpected indent"),
            "{text}"
        );
        let error = error_of("foo = (]");
        assert_eq!(
            error.render(),
            "  File \"x.py\", line 1\n    foo = (]\n           ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('"
        );
    }

    #[test]
    fn garbage_never_panics() {
        let fragments = [
            "(", ")", "[", "]", "{", "}", "def", "class", "lambda", ":", "=", "if", "else", "for",
            "in", "'", "\"", "'''", "f'{", "}", "\\", "\n", "    ", "\t", "x", "1", "1.5e", "0x",
            "*", "**", "@", ",", ";", "yield", "async", "await", "match", "case", "€", "\u{0}",
            "#", "...", "->", ":=", "not", "import", "from", ".", "global",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..3000 {
            let mut source = String::new();
            let length = (seed % 24) as usize;
            for _ in 0..length {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                source.push_str(fragments[(seed % fragments.len() as u64) as usize]);
                if seed.is_multiple_of(3) {
                    source.push(' ');
                }
            }
            let _ = parse_module(&source, "fuzz.py");
            let _ = parse_interactive(&source, "fuzz.py");
            let _ = parse_expression(&source, "fuzz.py");
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        }
    }
}
