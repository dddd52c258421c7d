//! Input as users have it, shared by the examples: a path or `-` for standard input, a UTF-8
//! byte order mark (which Windows editors write) accepted, UTF-16 and invalid UTF-8 reported
//! with the byte offset where they start, and JSON errors worded for the person who has to
//! fix the file.

use std::io::Read;

/// A document read from a file or from standard input.
pub struct Input {
    /// How to name the document in messages: the path, or "standard input".
    pub name: String,
    /// The text, without a byte order mark.
    pub text: String,
}

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads `arg`: a path, or `-` for standard input.
///
/// # Errors
///
/// A message naming the document: it cannot be read, or it is not UTF-8 text.
pub fn read(arg: &str) -> Result<Input, String> {
    let (name, bytes) = if arg == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        ("standard input".to_owned(), bytes)
    } else {
        let bytes = std::fs::read(arg).map_err(|e| format!("cannot read {arg}: {e}"))?;
        (arg.to_owned(), bytes)
    };
    let text = decode(&bytes).map_err(|reason| format!("{name} {reason}"))?;
    Ok(Input { name, text })
}

/// Decodes UTF-8 text, dropping a byte order mark.
///
/// # Errors
///
/// Why the bytes are not UTF-8 text, with the byte offset (counted from the start of the file,
/// byte order mark included) and the line of the first bad byte.
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(
            "is UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8".to_owned(),
        );
    }
    let (skipped, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (BOM.len(), rest),
        None => (0, bytes),
    };
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_owned()),
        Err(e) => {
            let good = body.get(..e.valid_up_to()).unwrap_or_default();
            let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
            let offset = skipped + e.valid_up_to();
            let bad: Vec<String> = body
                .get(e.valid_up_to()..)
                .unwrap_or_default()
                .iter()
                .take(e.error_len().unwrap_or(1).max(1))
                .map(|b| format!("{b:#04X}"))
                .collect();
            Err(format!(
                "is not valid UTF-8: byte offset {offset} (line {line}; the first byte is offset \
                 0) holds {}; save the file as UTF-8 (a GBK or GB 18030 file must be converted \
                 first)",
                bad.join(" ")
            ))
        }
    }
}

/// Words a JSON decoding error for the person who has to fix the document.
pub fn json_error(name: &str, error: &serde_json::Error) -> String {
    use serde_json::error::Category;
    let what = match error.classify() {
        Category::Syntax => "is not well-formed JSON",
        Category::Eof => "ends before its JSON is complete",
        Category::Data | Category::Io => "is not a valid disclosure",
    };
    let mut message = error.to_string();
    // serde's "invalid length 0, expected …" is an array where an object belongs.
    if let Some(rest) = message.strip_prefix("invalid length ")
        && let Some(at) = rest.find(", expected ")
    {
        message = format!("found an array […]{}", rest.get(at..).unwrap_or_default());
    }
    let message = message
        .replace("invalid type: sequence", "found an array")
        .replace("invalid type: map", "found an object")
        .replace("invalid type: floating point", "found the number")
        .replace("invalid type: integer", "found the number")
        .replace("invalid type: string", "found the text")
        .replace("invalid type: null", "found null")
        .replace("invalid type: boolean", "found");
    format!("{name} {what}: {message}")
}

/// Whether `args` asks for help.
pub fn wants_help(args: &[String]) -> bool {
    args.iter().any(|a| a == "-h" || a == "--help")
}
