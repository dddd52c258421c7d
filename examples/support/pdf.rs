//! A `.pdf` argument: its text as `pdftotext -layout FILE -` (poppler-utils) prints it.

use std::process::Command;

/// How to install pdftotext, for the message when it is missing.
pub const INSTALL: &str = "pdftotext is not installed; install poppler-utils \
(Debian/Ubuntu: sudo apt-get install poppler-utils; Fedora: sudo dnf install poppler-utils; \
macOS: brew install poppler), or export the document as text yourself";

/// Whether the path names a PDF file (by its extension, in any case).
pub fn is_pdf(path: &str) -> bool {
    std::path::Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"))
}

/// The layout text of the PDF at `path`.
///
/// # Errors
///
/// [`INSTALL`] when `which pdftotext` finds no pdftotext; pdftotext's own message when it
/// fails.
pub fn text(path: &str) -> Result<Vec<u8>, String> {
    let installed = Command::new("which")
        .arg("pdftotext")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        return Err(INSTALL.to_owned());
    }
    let out = Command::new("pdftotext")
        .args(["-layout", path, "-"])
        .output()
        .map_err(|e| format!("cannot run pdftotext: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "pdftotext cannot read {path}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}
