//! A PDF (recognised from its content, `import::is_pdf`): its text as `pdftotext -layout`
//! (poppler-utils) prints it, since the library reads text and not PDF.

use std::process::Command;

/// How to install pdftotext, for the message when it is missing.
pub const INSTALL: &str = "pdftotext is not installed; install poppler-utils \
(Debian/Ubuntu: sudo apt-get install poppler-utils; Fedora: sudo dnf install poppler-utils; \
macOS: brew install poppler), or export the document as text yourself";

/// The layout text of the PDF `bytes`, read from `arg` (a path, or `-` for standard input,
/// whose bytes are handed to pdftotext through a temporary file).
///
/// # Errors
///
/// That the library does not read PDF and [`INSTALL`] when `which pdftotext` finds no
/// pdftotext; pdftotext's own message when it fails.
pub fn text(arg: &str, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let installed = Command::new("which")
        .arg("pdftotext")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        let name = if arg == "-" { "standard input" } else { arg };
        return Err(format!(
            "{name} is a PDF file, which the library does not read directly: its text is \
             extracted with pdftotext -layout, but {INSTALL}"
        ));
    }
    let temporary = (arg == "-").then(|| {
        std::env::temp_dir().join(format!("final-accounts-stdin-{}.pdf", std::process::id()))
    });
    let path = match &temporary {
        Some(path) => {
            std::fs::write(path, bytes)
                .map_err(|e| format!("cannot hand standard input to pdftotext: {e}"))?;
            path.to_string_lossy().into_owned()
        }
        None => arg.to_owned(),
    };
    let out = Command::new("pdftotext")
        .args(["-layout", &path, "-"])
        .output();
    if let Some(path) = &temporary {
        let _ = std::fs::remove_file(path);
    }
    let out = out.map_err(|e| format!("cannot run pdftotext: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "pdftotext cannot read {arg}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(out.stdout)
}
