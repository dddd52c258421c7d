//! Serialized findings carry their messages and places in words, computed when serialized.

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::{Area, Figure, Finding, Lang, Localization, Localized, Names, Place, Suspect, Unnamed};

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
    /// "message_en"}`, every value a string; then what localization adds: `"rules"` (every rule
    /// the finding stands for), `"culprit"` (the place of the one figure to blame, or `null`),
    /// `"implied"` (the value it would need), `"typo"` (the slip that explains it) and
    /// `"localization"` (`null`, or `{"kind", "sets", "total", "evidence"}`: see
    /// docs/FORMAT.md).
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
        let mut s = serializer.serialize_struct("Finding", 13)?;
        s.serialize_field("rule", f.rule.id)?;
        s.serialize_field("severity", &f.severity)?;
        s.serialize_field("locations", &Places(&f.places, self.names))?;
        s.serialize_field("expected", &f.expected.as_ref().map(ToString::to_string))?;
        s.serialize_field("actual", &f.actual.as_ref().map(ToString::to_string))?;
        s.serialize_field("allowance", &f.allowance.as_ref().map(ToString::to_string))?;
        s.serialize_field("message_zh", &f.message(self.names, Lang::Zh))?;
        s.serialize_field("message_en", &f.message(self.names, Lang::En))?;
        let rules: Vec<&str> = f.rules().map(|r| r.id).collect();
        s.serialize_field("rules", &rules)?;
        let culprit = f.localized.as_deref().and_then(|l| match &l.localization {
            Localization::Culprit(suspects) => match suspects.as_slice() {
                [one] => Some(one),
                _ => None,
            },
            _ => None,
        });
        s.serialize_field(
            "culprit",
            &culprit.map(|c| c.place.display(self.names, Lang::En).to_string()),
        )?;
        s.serialize_field("implied", &culprit.map(|c| c.implied_figure().to_string()))?;
        s.serialize_field("typo", &culprit.and_then(|c| c.typo))?;
        s.serialize_field(
            "localization",
            &f.localized.as_deref().map(|l| LocalizedView(l, self.names)),
        )?;
        s.end()
    }
}

struct LocalizedView<'a>(&'a Localized, &'a dyn Names);

impl Serialize for LocalizedView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let l = self.0;
        let sets: Vec<Vec<SuspectView<'_>>> = match &l.localization {
            Localization::Culprit(suspects) => {
                vec![suspects.iter().map(|s| SuspectView(s, self.1)).collect()]
            }
            Localization::Ambiguous { sets, .. } => sets
                .iter()
                .map(|set| set.iter().map(|s| SuspectView(s, self.1)).collect())
                .collect(),
            Localization::Unexplained => Vec::new(),
        };
        let total = match &l.localization {
            Localization::Ambiguous { total, .. } => *total,
            other => usize::from(matches!(other, Localization::Culprit(_))),
        };
        let evidence: Vec<FindingView<'_>> = l.evidence.iter().map(|f| f.view(self.1)).collect();
        let mut s = serializer.serialize_struct("Localization", 4)?;
        s.serialize_field("kind", l.localization.kind())?;
        s.serialize_field("sets", &sets)?;
        s.serialize_field("total", &total)?;
        s.serialize_field("evidence", &evidence)?;
        s.end()
    }
}

struct SuspectView<'a>(&'a Suspect, &'a dyn Names);

impl Serialize for SuspectView<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let suspect = self.0;
        let shown = |amount: Option<crate::money::Amount>| {
            amount.map(|a| {
                Figure::money(a, suspect.printed.unit(), suspect.printed.precision()).to_string()
            })
        };
        let mut s = serializer.serialize_struct("Suspect", 6)?;
        s.serialize_field(
            "location",
            &suspect.place.display(self.1, Lang::En).to_string(),
        )?;
        s.serialize_field("printed", &Figure::from(suspect.printed).to_string())?;
        s.serialize_field("implied", &suspect.implied_figure().to_string())?;
        s.serialize_field("implied_low", &shown(suspect.implied_low))?;
        s.serialize_field("implied_high", &shown(suspect.implied_high))?;
        s.serialize_field("typo", &suspect.typo)?;
        s.end()
    }
}

/// Serializes as [`Finding::view`] with tables named by their content ([`Unnamed`]).
impl Serialize for Finding {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.view(&Unnamed).serialize(serializer)
    }
}
