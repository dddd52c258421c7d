//! How error messages list many problems: the first few, then how many more. A leaf: it
//! imports nothing of the crate, so every module's errors can use it.

/// How many problems an error message lists before it says "… and N more". The error value
/// itself keeps every problem (`TableError::problems`, `DisclosureError::Invalid`,
/// `CatalogError::problems`): only the message is capped, so that a document with twenty
/// thousand faulty rows gives a message a person can read.
pub(crate) const LISTED_PROBLEMS: usize = 10;

/// Writes the first [`LISTED_PROBLEMS`] items separated by "; ", then "; … and N more".
pub(crate) struct CappedList<'a, T>(pub(crate) &'a [T]);

impl<T: core::fmt::Display> core::fmt::Display for CappedList<'_, T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        for (i, p) in self.0.iter().take(LISTED_PROBLEMS).enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(f, "{p}")?;
        }
        let rest = self.0.len().saturating_sub(LISTED_PROBLEMS);
        if rest > 0 {
            write!(f, "; … and {rest} more")?;
        }
        Ok(())
    }
}
