//! Input as users have it, shared by the examples: a path or `-` for standard input, decoded by
//! the library (`final_accounts::import::decode`: a UTF-8 byte order mark accepted; an empty
//! file, a PDF, UTF-16 and invalid UTF-8 reported precisely), and JSON errors worded for the
//! person who has to fix the file.

use std::io::Read;

/// A document read from a file or from standard input.
pub struct Input {
    /// How to name the document in messages: the path, or "standard input".
    pub name: String,
    /// The text, without a byte order mark.
    pub text: String,
}

/// Reads the bytes of `arg`: a path, or `-` for standard input; with the name to use in
/// messages.
///
/// # Errors
///
/// A message naming the document when it cannot be read.
pub fn read_bytes(arg: &str) -> Result<(String, Vec<u8>), String> {
    if arg == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        Ok(("standard input".to_owned(), bytes))
    } else {
        let bytes = std::fs::read(arg).map_err(|e| format!("cannot read {arg}: {e}"))?;
        Ok((arg.to_owned(), bytes))
    }
}

/// Reads `arg`: a path, or `-` for standard input, as text.
///
/// # Errors
///
/// A message naming the document: it cannot be read, or it is not text (see [`decode`]).
pub fn read(arg: &str) -> Result<Input, String> {
    let (name, bytes) = read_bytes(arg)?;
    let text = into_text(bytes).map_err(|reason| format!("{name} {reason}"))?;
    Ok(Input { name, text })
}

/// [`decode`] that keeps the bytes' own buffer (no copy of a large document).
///
/// # Errors
///
/// As [`decode`].
pub fn into_text(mut bytes: Vec<u8>) -> Result<String, String> {
    let bom = match final_accounts::import::decode(&bytes) {
        Ok(text) => bytes.len().saturating_sub(text.len()),
        Err(e) => return Err(e.to_string()),
    };
    bytes.drain(..bom);
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The text of a document's bytes, through the library's [`final_accounts::import::decode`]:
/// a byte order mark dropped; an empty file, a PDF, UTF-16 or bytes that are not UTF-8 said
/// precisely.
///
/// # Errors
///
/// What the bytes are instead, completing a sentence that starts with the document's name.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    final_accounts::import::decode(bytes)
        .map(std::borrow::Cow::into_owned)
        .map_err(|e| e.to_string())
}

/// Words a JSON decoding error of a disclosure for the person who has to fix the document.
pub fn json_error(name: &str, error: &serde_json::Error) -> String {
    let what = category(error).unwrap_or("is not a valid disclosure");
    format!("{name} {what}: {}", serde_words(&error.to_string()))
}

/// What is wrong with the whole file, for a syntax error or a file that ends too early; `None`
/// when the JSON is well formed and its content is wrong.
fn category(error: &serde_json::Error) -> Option<&'static str> {
    use serde_json::error::Category;
    match error.classify() {
        Category::Syntax => Some("is not well-formed JSON"),
        Category::Eof => Some("ends before its JSON is complete"),
        Category::Data | Category::Io => None,
    }
}

/// serde's words for what it found replaced by the JSON the person wrote.
fn serde_words(message: &str) -> String {
    let mut message = message.to_owned();
    // serde's "invalid length 0, expected …" is an array where an object belongs.
    if let Some(rest) = message.strip_prefix("invalid length ")
        && let Some(at) = rest.find(", expected ")
    {
        message = format!("found an array […]{}", rest.get(at..).unwrap_or_default());
    }
    message
        .replace("invalid type: sequence", "found an array")
        .replace("invalid type: map", "found an object")
        .replace("invalid type: floating point", "found the number")
        .replace("invalid type: integer", "found the number")
        .replace("invalid type: string", "found the text")
        .replace("invalid type: null", "found null")
        .replace("invalid type: boolean", "found")
}

/// Words a JSON decoding error for the person who has to fix the file: `invalid` says what the
/// file is not ("does not hold valid accounts"), `path` is the key path of the place (`.` or
/// empty for the whole file), given with the line and column, and serde's vocabulary (`u16`,
/// `missing field`, `unknown variant`) is replaced by the format's.
pub fn json_error_at(name: &str, invalid: &str, path: &str, error: &serde_json::Error) -> String {
    let what = category(error).unwrap_or(invalid);
    let mut message = error.to_string();
    if let Some(at) = message.rfind(" at line ") {
        message.truncate(at);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        message = format!("the key \"{}\" is missing", rest.trim_end_matches('`'));
    }
    for (serde, kind) in [("unknown field `", "key"), ("unknown variant `", "value")] {
        if let Some(rest) = message.strip_prefix(serde)
            && let Some((given, known)) = rest.split_once("`, expected ")
        {
            let known = known.replace('`', "\"").replace("one of ", "");
            message =
                format!("the {kind} \"{given}\" is not one of the {kind}s allowed here ({known})");
        }
    }
    let mut message = serde_words(&message).replace("invalid value: integer", "found the number");
    for (serde, words) in [
        ("expected u8", "expected a whole number from 0 to 255"),
        (
            "expected u16",
            "expected a whole number from 0 to 65535 (a year such as 2023)",
        ),
        (
            "expected u32",
            "expected a whole number, 0 or more (a count)",
        ),
        ("expected u64", "expected a whole number, 0 or more"),
        ("expected a string", "expected a text in quotes"),
        ("expected a sequence", "expected an array […]"),
        ("expected a map", "expected an object {…}"),
        ("expected a tuple of size 2", "expected a pair [key, value]"),
    ] {
        message = message.replace(serde, words);
    }
    // A map key serde cannot name is `?`: the place is the map.
    let path = path.replace(".?", "");
    let path = path.trim_start_matches('.');
    let line =
        (error.line() > 0).then(|| format!("line {}, column {}", error.line(), error.column()));
    let place = match (path.is_empty() || path == "?", line) {
        (false, Some(line)) => format!(" at {path} ({line})"),
        (false, None) => format!(" at {path}"),
        (true, Some(line)) => format!(" ({line})"),
        (true, None) => String::new(),
    };
    format!("{name} {what}{place}: {message}")
}

/// Whether `args` asks for help.
pub fn wants_help(args: &[String]) -> bool {
    args.iter().any(|a| a == "-h" || a == "--help")
}
