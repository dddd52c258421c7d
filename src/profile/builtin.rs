//! The built-in profiles: the JSON files of `data/profiles/`, embedded in the crate and read
//! once, through the same validation as a user's profile ([`Profile`]'s JSON form).
//!
//! A file that does not read is a failing test (`every_builtin_file_reads`), as a catalog row
//! that does not parse is; at run time such a profile would be left out of
//! [`Profile::builtins`], and its accessor would give its tables with their standard names and
//! nothing else, rather than panic.

use std::sync::LazyLock;

use super::{Profile, TableSlot, raw};
use crate::kind::TableKind;

/// The files, by id: the one place a built-in profile is added.
const FILES: [(&str, &str); 2] = [
    (
        "shanxi-2023",
        include_str!("../../data/profiles/shanxi-2023.json"),
    ),
    (
        "shanghai-2024",
        include_str!("../../data/profiles/shanghai-2024.json"),
    ),
];

/// A built-in file read, when it reads and names its own 说明 (a built-in profile never takes
/// another's by default) under the id it is filed under.
fn read(id: &str, json: &str) -> Result<Profile, String> {
    let raw = raw::read(json).map_err(|e| e.to_string())?;
    if raw.narrative.is_none() {
        return Err("no narrative".to_owned());
    }
    let profile = Profile::try_from(raw).map_err(|e| e.to_string())?;
    if profile.id != id {
        return Err(format!("filed as {id:?}, reads as {:?}", profile.id));
    }
    Ok(profile)
}

static ALL: LazyLock<Vec<Profile>> = LazyLock::new(|| {
    FILES
        .iter()
        .filter_map(|(id, json)| read(id, json).ok())
        .collect()
});

/// Stand-ins for a built-in file that does not read (see the module docs).
static BARE: LazyLock<[Profile; 2]> =
    LazyLock::new(|| [bare("shanxi-2023"), bare("shanghai-2024")]);

fn bare(id: &str) -> Profile {
    let mut profile = Profile::blank(id.to_owned(), id.to_owned());
    profile.tables = TableKind::ALL
        .into_iter()
        .map(|kind| TableSlot {
            kind,
            label: None,
            title: kind.name_zh().to_owned(),
            required: true,
        })
        .collect();
    profile
}

pub(super) fn all() -> &'static [Profile] {
    ALL.as_slice()
}

pub(super) fn shanxi_2023() -> &'static Profile {
    let [shanxi, _] = &*BARE;
    all()
        .iter()
        .find(|p| p.id == "shanxi-2023")
        .unwrap_or(shanxi)
}

pub(super) fn shanghai_2024() -> &'static Profile {
    let [_, shanghai] = &*BARE;
    all()
        .iter()
        .find(|p| p.id == "shanghai-2024")
        .unwrap_or(shanghai)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_file_reads() {
        for (id, json) in FILES {
            if let Err(e) = read(id, json) {
                panic!("data/profiles/{id}.json: {e}");
            }
        }
        assert_eq!(all().len(), FILES.len());
    }

    /// Each file is the serde form of its profile, field for field: what a user copies to start
    /// a template reads as the built-in one does.
    #[cfg(feature = "serde")]
    #[test]
    fn every_builtin_file_is_its_profiles_serde_form() {
        for (id, json) in FILES {
            let file: serde_json::Value =
                serde_json::from_str(json).unwrap_or_else(|e| panic!("{id}: {e}"));
            let profile = Profile::builtin(id).unwrap_or_else(|| panic!("{id}"));
            let written = serde_json::to_value(profile).unwrap_or_else(|e| panic!("{id}: {e}"));
            assert_eq!(written, file, "{id}");
        }
    }
}
