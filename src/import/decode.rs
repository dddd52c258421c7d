//! Bytes as users have them, made text: a UTF-8 byte order mark (which Windows editors write)
//! dropped, and everything else that is not UTF-8 text said precisely — UTF-16, a PDF, an empty
//! file, or the byte offset and line of the first byte that is not UTF-8 (with the hint that a
//! GBK or GB 18030 file must be converted). No I/O: the caller reads the bytes.

use std::borrow::Cow;

/// The UTF-8 byte order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why bytes are not the text of a document. Each message completes a sentence that starts
/// with the document's name ("report.txt is not valid UTF-8: …").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// Nothing but white space (or nothing at all).
    #[error("is empty: there is no document in it")]
    Empty,
    /// A PDF file (it starts with `%PDF-`): its text must be extracted first.
    #[error(
        "is a PDF file, which this crate does not read directly: extract its text first with \
         `pdftotext -layout FILE -` (poppler-utils) and read that text"
    )]
    Pdf,
    /// UTF-16 text (a UTF-16 byte order mark).
    #[error("is UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8")]
    Utf16,
    /// A byte sequence that is not UTF-8.
    #[error(
        "is not valid UTF-8: byte offset {offset} (line {line}; the first byte is offset 0) \
         holds {}; save the file as UTF-8 (a GBK or GB 18030 file must be converted first)",
        hex(.bytes)
    )]
    NotUtf8 {
        /// The offset of the first bad byte, counted from the start (byte order mark included).
        offset: usize,
        /// The line it is on, from 1.
        line: usize,
        /// The bad bytes (one to three).
        bytes: Vec<u8>,
    },
}

fn hex(bytes: &[u8]) -> String {
    let shown: Vec<String> = bytes.iter().map(|b| format!("{b:#04X}")).collect();
    shown.join(" ")
}

/// Whether `bytes` are a PDF file: they start with the `%PDF-` magic (after at most a few bytes
/// of leading white space or a byte order mark, as some tools write them).
///
/// ```
/// use final_accounts::import::is_pdf;
/// assert!(is_pdf(b"%PDF-1.7\n..."));
/// assert!(!is_pdf("收入支出决算总表".as_bytes()));
/// ```
#[must_use]
pub fn is_pdf(bytes: &[u8]) -> bool {
    let start = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let start = start.get(..start.len().min(16)).unwrap_or_default();
    start
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .and_then(|at| start.get(at..))
        .is_some_and(|rest| rest.starts_with(b"%PDF-"))
}

/// The text of a document's bytes: UTF-8, a byte order mark dropped.
///
/// # Errors
///
/// [`DecodeError::Empty`] for no text, [`DecodeError::Pdf`] for a PDF file,
/// [`DecodeError::Utf16`] for UTF-16 text, and [`DecodeError::NotUtf8`] with the offset and line
/// of the first byte that is not UTF-8.
///
/// ```
/// use final_accounts::import::{decode, DecodeError};
/// assert_eq!(decode(b"\xEF\xBB\xBF{}")?, "{}");
/// assert_eq!(decode(b"  \n"), Err(DecodeError::Empty));
/// assert_eq!(decode(b"%PDF-1.4"), Err(DecodeError::Pdf));
/// // "收入" in GBK: the first byte is not UTF-8.
/// let err = decode(b"ok\n\xCA\xD5\xC8\xEB").unwrap_err();
/// assert_eq!(err, DecodeError::NotUtf8 { offset: 3, line: 2, bytes: vec![0xCA] });
/// assert!(err.to_string().contains("GBK"));
/// # Ok::<(), DecodeError>(())
/// ```
pub fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, DecodeError> {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(DecodeError::Utf16);
    }
    if is_pdf(bytes) {
        return Err(DecodeError::Pdf);
    }
    let (skipped, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (BOM.len(), rest),
        None => (0, bytes),
    };
    match std::str::from_utf8(body) {
        Ok(text) if text.trim().is_empty() => Err(DecodeError::Empty),
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(e) => {
            let good = body.get(..e.valid_up_to()).unwrap_or_default();
            let line = good
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                .saturating_add(1);
            let bad = body
                .get(e.valid_up_to()..)
                .unwrap_or_default()
                .iter()
                .take(e.error_len().unwrap_or(1).max(1))
                .copied()
                .collect();
            Err(DecodeError::NotUtf8 {
                offset: skipped.saturating_add(e.valid_up_to()),
                line,
                bytes: bad,
            })
        }
    }
}
