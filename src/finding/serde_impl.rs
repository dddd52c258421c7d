//! Serialized findings carry their messages and places in words, computed when serialized.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{Area, Finding, Lang, Names, Place, Unnamed};

pub(super) fn area<S: Serializer>(area: &Area, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(area.prefix())
}

/// A finding with the names of its document, for serialization: see [`Finding::view`].
pub struct FindingView<'a> {
    finding: &'a Finding,
    names: &'a dyn Names,
}

impl Finding {
    /// The finding as consumers read it, its places named by `names`:
    /// `{"rule", "severity", "locations", "expected", "actual", "allowance", "message_zh",
    /// "message_en"}`, every value a string.
    #[must_use]
    pub fn view<'a>(&'a self, names: &'a dyn Names) -> FindingView<'a> {
        FindingView {
            finding: self,
            names,
        }
    }
}

struct Places<'a>(&'a [Place], &'a dyn Names);

impl Serialize for Places<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(
            self.0
                .iter()
                .map(|p| p.display(self.1, Lang::En).to_string()),
        )
    }
}

impl Serialize for FindingView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let f = self.finding;
        let mut s = serializer.serialize_struct("Finding", 8)?;
        s.serialize_field("rule", f.rule.id)?;
        s.serialize_field("severity", &f.severity)?;
        s.serialize_field("locations", &Places(&f.places, self.names))?;
        s.serialize_field("expected", &f.expected.as_ref().map(ToString::to_string))?;
        s.serialize_field("actual", &f.actual.as_ref().map(ToString::to_string))?;
        s.serialize_field("allowance", &f.allowance.as_ref().map(ToString::to_string))?;
        s.serialize_field("message_zh", &f.message(self.names, Lang::Zh))?;
        s.serialize_field("message_en", &f.message(self.names, Lang::En))?;
        s.end()
    }
}

/// Serializes as [`Finding::view`] with tables named by their content ([`Unnamed`]).
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.view(&Unnamed).serialize(serializer)
    }
}
