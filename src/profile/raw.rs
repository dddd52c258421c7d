//! The JSON form of a [`Profile`] (the form of `data/profiles/*.json`), read through
//! [`ProfileBuilder::build`](super::ProfileBuilder::build).
//!
//! Reading it needs no `serde` feature: the built-in profiles are read this way in every build.
//! Writing it, and `Profile`'s own serde impls, come with the feature.

use serde::Deserialize;

use super::{NarrativeTemplate, Profile, ProfileBuilder, ProfileError, TableSlot, TableText};
use crate::classification::Level;
use crate::evaluation::{Grade, GradeScheme};

/// Reads a closed-set name (a table, a level, a grade) through its `TryFrom<String>`.
pub(super) fn named<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TryFrom<String>,
    T::Error: core::fmt::Display,
{
    let name = String::deserialize(d)?;
    T::try_from(name).map_err(serde::de::Error::custom)
}

/// One band of a grade scheme, `{"grade": "优", "from": "90"}`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Band {
    #[serde(deserialize_with = "named")]
    grade: Grade,
    from: String,
}

/// Reads a grade scheme through [`GradeScheme::new`].
fn grades<'de, D: serde::Deserializer<'de>>(d: D) -> Result<GradeScheme, D::Error> {
    use serde::de::Error;
    let bands = Vec::<Band>::deserialize(d)?;
    let bands = bands
        .into_iter()
        .map(|b| {
            b.from
                .parse()
                .map(|from| (b.grade, from))
                .map_err(|e| D::Error::custom(format!("grade {}: {e}", b.grade)))
        })
        .collect::<Result<Vec<_>, _>>()?;
    GradeScheme::new(bands).map_err(D::Error::custom)
}

/// The 类 line counts a profile accepts, in JSON (`expenditure_classes`, the form before lines
/// were named): one number (the form before variants) or a list.
#[derive(Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(untagged)]
enum ClassCounts {
    One(u16),
    Many(Vec<u16>),
}

/// The 类 lines by name, in JSON: `{"lines": [...], "optional": [...]}`.
#[derive(Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
struct RawClassLines {
    lines: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    optional: Vec<String>,
}

fn money_caption() -> String {
    "金额单位".to_owned()
}

fn code_heading() -> String {
    "科目代码".to_owned()
}

fn empty_table() -> String {
    "说明：本表无数据".to_owned()
}

/// The serde shape of a [`Profile`]. The fields a profile of an earlier version lacks take the
/// defaults of [`Profile::builder`].
#[derive(Deserialize)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[serde(deny_unknown_fields)]
pub(super) struct RawProfile {
    id: String,
    name: String,
    source: String,
    tables: Vec<TableSlot>,
    /// The form before lines were named; written as `class_lines`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    expenditure_classes: Option<ClassCounts>,
    /// `None` with no `expenditure_classes` either: every line, as [`Profile::builder`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    class_lines: Option<RawClassLines>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    body_parts: Option<Vec<u8>>,
    line_numbers: bool,
    #[serde(deserialize_with = "named")]
    detail_level: Level,
    #[serde(default)]
    detail_section: Option<String>,
    #[serde(default)]
    narrative_decimals: Option<u32>,
    #[serde(deserialize_with = "grades")]
    grades: GradeScheme,
    #[serde(default = "money_caption")]
    money_caption: String,
    #[serde(default)]
    unit_banner: bool,
    #[serde(default = "code_heading")]
    code_heading: String,
    #[serde(default)]
    notes: Vec<TableText>,
    #[serde(default = "empty_table")]
    empty_table: String,
    #[serde(default)]
    empty_tables: Vec<TableText>,
    /// `None` (a profile of an earlier version): the 说明 of `shanxi-2023`.
    #[serde(default)]
    pub(super) narrative: Option<NarrativeTemplate>,
}

impl TryFrom<RawProfile> for Profile {
    type Error = ProfileError;
    fn try_from(raw: RawProfile) -> Result<Self, Self::Error> {
        let narrative = raw
            .narrative
            .unwrap_or_else(|| Profile::shanxi_2023().narrative.clone());
        let id_copy = raw.id.clone();
        let mut profile = Profile::blank(raw.id, raw.name);
        profile.money_caption = raw.money_caption;
        profile.unit_banner = raw.unit_banner;
        profile.code_heading = raw.code_heading;
        profile.notes = raw.notes;
        profile.empty_table = raw.empty_table;
        profile.empty_tables = raw.empty_tables;
        let mut builder = ProfileBuilder::new(profile, narrative)
            .source(raw.source)
            .line_numbers(raw.line_numbers)
            .detail(raw.detail_level, raw.detail_section)
            .narrative_decimals(raw.narrative_decimals)
            .grades(raw.grades);
        builder = match (raw.class_lines, raw.expenditure_classes) {
            (Some(_), Some(_)) => {
                return Err(ProfileError::ClassLinesAndCounts { id: id_copy });
            }
            (Some(lines), None) => builder.class_lines(lines.lines, lines.optional),
            (None, Some(ClassCounts::One(count))) => builder.expenditure_classes(count),
            (None, Some(ClassCounts::Many(counts))) => builder.accept_expenditure_classes(counts),
            (None, None) => builder,
        };
        if let Some(parts) = raw.body_parts {
            builder = builder.body_parts(&parts);
        }
        for slot in raw.tables {
            builder = builder.table(slot);
        }
        builder.build()
    }
}

#[cfg(feature = "serde")]
impl From<Profile> for RawProfile {
    fn from(p: Profile) -> Self {
        RawProfile {
            id: p.id,
            name: p.name,
            source: p.source,
            tables: p.tables,
            expenditure_classes: None,
            class_lines: {
                let (lines, optional) = p.class_lines.names();
                Some(RawClassLines { lines, optional })
            },
            body_parts: p.body_parts,
            line_numbers: p.line_numbers,
            detail_level: p.detail_level,
            detail_section: p.detail_section,
            narrative_decimals: p.narrative_decimals,
            grades: p.grades,
            money_caption: p.money_caption,
            unit_banner: p.unit_banner,
            code_heading: p.code_heading,
            notes: p.notes,
            empty_table: p.empty_table,
            empty_tables: p.empty_tables,
            narrative: Some(p.narrative),
        }
    }
}

/// Reads a profile from its JSON form, as the built-in files are read.
pub(super) fn read(json: &str) -> Result<RawProfile, serde_json::Error> {
    serde_json::from_str(json)
}
